// Issue #19 (findings 1, 5, 6) against the real server: bounded bodies, developer tools only for
// this machine, and registration that does not tell which e-mails have an account.
import { expect, test } from "./fixtures";
import { demoUsers, queryE2eDb } from "./support";

const fromElsewhere = { "X-Forwarded-For": "203.0.113.9" };

test("a 2 MB post to /registrer, signed out, is refused with 413 and a Norwegian page; the portal goes on", async ({
  request,
}) => {
  const response = await request.post("/registrer", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin" },
    data: `name=${"a".repeat(2 * 1024 * 1024)}`,
  });
  expect(response.status()).toBe(413);
  const page = await response.text();
  expect(page).toContain("Det du sendte var for stort");
  expect(page.length).toBeLessThan(2000);
  expect((await request.get("/registrer")).status()).toBe(200);
});

test("the dev mail view and one-click sign-in answer only requests made on this machine", async ({ request }) => {
  // The specs run with DEV_TOOLS=1 and reach the server over loopback: on.
  expect((await request.get("/utvikler/e-post")).status()).toBe(200);
  expect(await (await request.get("/logg-inn")).text()).toContain("med ett klikk");

  // The same server, reached through a proxy (a forwarding header): off.
  expect((await request.get("/utvikler/e-post", { headers: fromElsewhere })).status()).toBe(404);
  expect(await (await request.get("/logg-inn", { headers: fromElsewhere })).text()).not.toContain("med ett klikk");
  const demo = await request.post("/logg-inn", {
    headers: { ...fromElsewhere, "Sec-Fetch-Site": "same-origin" },
    form: { intent: "demo", user: "admin" },
    maxRedirects: 0,
  });
  expect(demo.status()).toBe(404);
  expect(demo.headers()["set-cookie"]).toBeUndefined();
});

test("/registrer answers a known and an unknown e-mail the same; only the mail outbox tells them apart", async ({
  request,
}) => {
  const unknown = `ukjent.${Date.now()}@example.no`;
  const known = demoUsers.employer.email;
  const answers: string[] = [];
  for (const email of [known, unknown]) {
    const response = await request.post("/registrer", {
      headers: { "Sec-Fetch-Site": "same-origin" },
      form: { name: "Prøve Person", email, orgNumber: "974760673", orgName: "Prøve AS", municipalityNumber: "5501" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(302);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    answers.push(response.headers().location ?? "");
  }
  expect(answers).toEqual(["/registrer?sendt=1", "/registrer?sendt=1"]);

  const [toKnown] = await queryE2eDb<{ subject: string }>(
    "select subject from mail_outbox where to_address = $1 order by created_at desc limit 1",
    [known],
  );
  const [toUnknown] = await queryE2eDb<{ subject: string }>(
    "select subject from mail_outbox where to_address = $1 order by created_at desc limit 1",
    [unknown],
  );
  expect(toKnown?.subject).toBe("Du har allerede en konto i Arbeidsbro");
  expect(toUnknown?.subject).toBe("Fullfør registreringen i Arbeidsbro");
});

test("a field longer than allowed is refused at the field, and echoed no longer than the field allows", async ({
  request,
}) => {
  const response = await request.post("/registrer", {
    headers: { "Sec-Fetch-Site": "same-origin" },
    form: { name: "N".repeat(10_000), email: "lang@example.no", orgNumber: "974760673", extra: "E".repeat(50_000) },
  });
  expect(response.status()).toBe(400);
  const html = await response.text();
  expect(html).toContain("Teksten er for lang. Skriv høyst 200 tegn.");
  expect(html).toContain("N".repeat(200));
  expect(html).not.toContain("N".repeat(201));
  expect(html).not.toContain("E".repeat(101));
});
