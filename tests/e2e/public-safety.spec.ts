// Issue #19 (findings 1, 5, 6) against the real server: bounded bodies, developer tools only for
// this machine, and registration that does not tell which e-mails have an account.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demoUsers, organisationOf, queryE2eDb, queryOneE2e, signedInRequest } from "./support";
import { makeProposal } from "./test-data";

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

test("the pages with several small forms echo each field no longer than that field allows, and nothing else", async ({
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const employer = await signedInRequest(origin, "employer");
  const specialist = await signedInRequest(origin, "specialist");
  const orgA = await organisationOf(demoUsers.employer.email);
  // The demo hire: hired, so no answer below can move it; nothing valid is posted that could change it.
  const hire = (
    await queryOneE2e<{ id: string }>(
      "select id from proposals where organisation_id = $1 and status = 'hired' order by created_at limit 1",
      [orgA],
    )
  ).id;
  const application = (
    await queryOneE2e<{ id: string }>(
      "select id from grant_applications where organisation_id = $1 and status = 'submitted' order by created_at limit 1",
      [orgA],
    )
  ).id;
  const junk = "J".repeat(50_000);

  /**
   * Posts the form; the page must answer `status`, echo `letter` exactly `limit` times in a row and
   * never more, and leave out the junk field. The echo is looked for in the page's markup (the form
   * as shown), or, when `shown` is false because the answer leaves no form to fill, in its data.
   */
  const check = async (
    client: APIRequestContext,
    url: string,
    form: Record<string, string>,
    letter: string,
    limit: number,
    status = 400,
    shown = true,
  ) => {
    const response = await client.post(url, {
      headers: { Origin: origin, "Sec-Fetch-Site": "same-origin" },
      form: { ...form, junk },
      maxRedirects: 0,
    });
    const what = `${url} ${form.intent ?? ""}`;
    expect(response.status(), what).toBe(status);
    const html = await response.text();
    // Kept in the form as the user sees it, not only in the data the page's scripts receive.
    const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, "");
    expect(shown ? markup : html, `${what}: kept what was typed`).toContain(letter.repeat(limit));
    expect(html.includes(letter.repeat(limit + 1)), `${what}: echoed more than ${limit} characters`).toBe(false);
    expect(html.includes("J".repeat(101)), `${what}: echoed a field the form does not have`).toBe(false);
  };
  const long = (letter: string) => letter.repeat(10_000);

  // Messages in a hire's conversation (2000 characters), both sides.
  await check(employer, `/arbeidsgiver/${orgA}/samtaler/${hire}`, { body: long("M") }, "M", 2000);
  await check(specialist, `/spesialist/samtaler/${hire}`, { body: long("M") }, "M", 2000);
  // The employer's view before a check-in (2000), and a job change's date (10).
  const employerHire = `/arbeidsgiver/${orgA}/ansatte/${hire}`;
  // A real check-in: the text comes back in that check-in's field, in the page's HTML.
  const checkIn = (
    await queryOneE2e<{ id: string }>("select id from check_ins where proposal_id = $1 order by months_after limit 1", [
      hire,
    ])
  ).id;
  await check(employer, employerHire, { intent: "view", checkInId: checkIn, view: long("V") }, "V", 2000);
  await check(
    employer,
    employerHire,
    { intent: "change", kind: "hours_changed", date: long("D"), hours: "15" },
    "D",
    10,
  );
  // The specialist's record of a check-in (2000), and the same job change.
  const specialistHire = `/spesialist/ansettelser/${hire}`;
  await check(specialist, specialistHire, { intent: "checkin", checkInId: checkIn, summary: long("S") }, "S", 2000);
  await check(specialist, specialistHire, { intent: "change", kind: "ended", date: long("D") }, "D", 10);
  // The proposals, on one of this test's own (the demo hire is hired, where neither form is shown).
  // Waiting for the employer's answer: a comment (500); a "declined" without its reason is refused.
  const mine = await makeProposal(origin);
  const employerProposal = `/arbeidsgiver/${mine.organisationId}/forslag/${mine.proposalId}`;
  const specialistProposal = `/spesialist/forslag/${mine.proposalId}`;
  await check(
    employer,
    employerProposal,
    { intent: "answer", answer: "declined", reason: "", comment: long("C") },
    "C",
    500,
  );
  const interested = await employer.post(employerProposal, {
    headers: { Origin: origin, "Sec-Fetch-Site": "same-origin" },
    form: { intent: "answer", answer: "interested", reason: "good-fit" },
  });
  expect(interested.status(), "the employer's answer").toBe(200);
  // Then why the match ends (500, not the longest field's 2000), on both sides.
  await check(specialist, specialistProposal, { intent: "end", endReason: long("E") }, "E", 500);
  await check(employer, employerProposal, { intent: "end", endReason: long("E") }, "E", 500);
  // An answer on the candidate's behalf when no request is waiting is refused (409); the form is
  // gone (nothing to answer), and the page's data keeps the reason no longer than its 500.
  const pending = await queryE2eDb("select 1 from share_requests where proposal_id = $1 and status = 'pending'", [
    mine.proposalId,
  ]);
  expect(pending, "no share request waits on this proposal, so the answer below changes nothing").toEqual([]);
  await check(
    specialist,
    specialistProposal,
    { intent: "on-behalf", answer: "yes", reason: "R".repeat(499) },
    "R",
    499,
    409,
    false,
  );
  // NAV's decision on a grant application: the reason (2000) and a comment on an answer (1000).
  const decision = `/spesialist/tilskudd/${application}`;
  await check(specialist, decision, { decision: "approved", reason: long("R") }, "R", 2000);
  await check(specialist, decision, { decision: "approved", reason: "", comment0: long("K") }, "K", 1000);

  await employer.dispose();
  await specialist.dispose();
});
