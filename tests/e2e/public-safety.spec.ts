// Issue #19 (findings 1, 5, 6) against the real server: bounded bodies, developer tools only for
// this machine, and registration that does not tell which e-mails have an account.
import { expect, test } from "./fixtures";

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
