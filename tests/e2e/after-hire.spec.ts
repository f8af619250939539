import { randomBytes } from "node:crypto";
import { postTaskNeed, signInAsEmployer } from "./employer-flows";
import { expect, expectAccessible, test } from "./fixtures";
import { demoUsers, inDays, queryE2eDb, queryOneE2e, signedInRequest } from "./support";
import { makeCandidate } from "./test-data";

test("after the hire: the employer sees the new employee by name, a message each way, a check-in, the mentor suggestion opens a pre-filled mentortilskudd form, made permanent, then the job ends with a reason", async ({
  page: employer,
  newPage,
  baseURL,
}) => {
  test.setTimeout(480_000);
  const marker = randomBytes(3).toString("hex");
  const candidateName = `Vilde Etterpå${marker}`;

  // Set-up through the real forms: a task need, a consenting candidate, proposal, answer, consent, hire.
  const orgPath = await signInAsEmployer(employer);
  const orgId = orgPath.split("/").pop() ?? "";
  await postTaskNeed(employer, {
    title: `Frokostservering ${marker}`,
    hours: "12",
    slots: ["Mandag morgen", "Onsdag morgen"],
    strength: "Pålitelig",
  });
  const task = await queryOneE2e<{ id: string }>("select id from task_needs where title = $1", [
    `Frokostservering ${marker}`,
  ]);
  const api = await signedInRequest(baseURL ?? "", "specialist");
  const candidate = await makeCandidate(baseURL ?? "", {
    name: candidateName,
    phone: "41234568",
    tags: `frokost${marker}`,
  });
  const proposed = await api.post(`/spesialist/forslag/ny?kandidat=${candidate.id}&jobb=task-${task.id}`, {
    form: { note: "Punktlig og blid." },
    maxRedirects: 0,
  });
  expect(proposed.status()).toBe(302);
  const proposal = await queryOneE2e<{ id: string }>("select id from proposals where candidate_id = $1", [
    candidate.id,
  ]);
  const employerApi = await signedInRequest(baseURL ?? "", "employer");
  const answered = await employerApi.post(`/arbeidsgiver/${orgId}/forslag/${proposal.id}`, {
    form: { intent: "answer", answer: "interested", reason: "good-fit" },
  });
  expect(answered.status()).toBe(200);
  const proposalUrl = `/spesialist/forslag/${proposal.id}`;
  const steps: Array<Record<string, string>> = [
    // The candidate is asked to share who they are; they answered yes in a meeting.
    { intent: "share-request", deadlineDays: "7" },
    { intent: "on-behalf", answer: "yes", reason: "Svarte ja i møte." },
    { intent: "move", to: "meeting" },
    // Started five weeks ago: the one-month check-in is overdue. A mentor was named at hire.
    { intent: "hire", hireForm: "temporary", hireHours: "12", hireStart: inDays(-35), mentorName: "Tor Hansen" },
  ];
  for (const form of steps) {
    const moved = await api.post(proposalUrl, { form });
    expect(moved.status(), JSON.stringify(form)).toBe(200);
  }

  // One active placement: the candidate cannot now be proposed to another employer, and is told why.
  const otherJob = await queryOneE2e<{ id: string }>(
    "select id from carved_jobs where status = 'open' and organisation_id <> $1 order by created_at, id limit 1",
    [orgId],
  );
  const refused = await api.post(`/spesialist/forslag/ny?kandidat=${candidate.id}&jobb=job-${otherJob.id}`, {
    form: { note: "Punktlig og blid." },
  });
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain("er i jobb hos Polarkjøkken AS");

  // The employer's "Våre ansatte med oppfølging" shows the new employee by name (identity consent given).
  await employer.goto(orgPath);
  // Two names for two places: the header's "Samtaler" (conversations with the specialist) and the
  // employer navigation's "Varsler" (the portal's notifications on the organisation's page).
  await expect(employer.getByRole("banner").getByRole("link", { name: /^Samtaler/ })).toHaveAttribute(
    "href",
    /^\/arbeidsgiver\/[0-9a-f-]+\/samtaler$/,
  );
  await expect(
    employer.getByRole("navigation", { name: "Arbeidsgiver" }).getByRole("link", { name: /^Varsler/ }),
  ).toHaveAttribute("href", `${orgPath}#varsler`);
  await expect(employer.getByRole("link", { name: /^Meldinger/ })).toHaveCount(0);
  await employer.getByRole("link", { name: "Våre ansatte med oppfølging" }).click();
  await expect(employer.getByRole("heading", { name: "Våre ansatte med oppfølging", level: 1 })).toBeVisible();
  const row = employer.getByRole("row").filter({ hasText: candidateName });
  await expect(row).toContainText(`Frokostservering ${marker}`);
  await expect(row).toContainText("Midlertidig");
  await expect(row).toContainText("oppfølgingssamtale er forsinket");
  await row.getByRole("link", { name: new RegExp(candidateName) }).click();
  await expect(employer.getByRole("heading", { level: 1 })).toContainText(candidateName);
  await expect(employer.getByText("Tor Hansen (navngitt ved ansettelsen)")).toBeVisible();
  await expect(employer.getByText(demoUsers.specialist.email)).toBeVisible();
  await expect(employer.getByText(/1 måned etter oppstart/)).toBeVisible();
  const hireUrl = employer.url();

  // The employer adds their view before the one-month check-in (empty first: told at the field).
  const firstCheckIn = employer.getByRole("listitem").filter({ hasText: /1 måned etter oppstart/ });
  await firstCheckIn.getByRole("button", { name: "Lagre synet" }).click();
  await expect(employer.getByText("Skriv noen ord om hvordan det går (minst 3 tegn).")).toBeVisible();
  await employer
    .getByRole("listitem")
    .filter({ hasText: /1 måned etter oppstart/ })
    .getByRole("textbox")
    .fill("Kommer presist og er godt likt.");
  await employer
    .getByRole("listitem")
    .filter({ hasText: /1 måned etter oppstart/ })
    .getByRole("button", { name: "Lagre synet" })
    .click();
  await expect(employer.getByText("Synet deres er lagret.", { exact: false })).toBeVisible();

  // A message from the employer; the privacy guard refuses a fødselsnummer (consent or not), text kept.
  await employer.getByRole("link", { name: "Samtale med jobbspesialisten" }).click();
  await employer.getByRole("textbox", { name: "Ny melding" }).fill("Fnr 01019012480, for lønna.");
  await employer.getByRole("button", { name: "Send" }).click();
  await expect(employer.getByText(/fødselsnummer/).first()).toBeVisible();
  await expect(employer.getByRole("textbox", { name: "Ny melding" })).toHaveValue("Fnr 01019012480, for lønna.");
  // After identity consent a phone number may be written.
  await employer.getByRole("textbox", { name: "Ny melding" }).fill("Ring meg på 77 66 55 44 om tirsdag.");
  await employer.getByRole("button", { name: "Send" }).click();
  await expect(employer.getByText("Meldingen er sendt.")).toBeVisible();
  await expect(employer.getByText("Ring meg på 77 66 55 44 om tirsdag.")).toBeVisible();

  // The specialist sees the unread message in the navigation, reads it and answers.
  const specialist = await newPage();
  await specialist.goto("/logg-inn");
  await specialist.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  await expect(specialist.getByRole("heading", { name: "Min side", level: 1 })).toBeVisible();
  // The header's link to the conversations is "Samtaler" (the employer's "Varsler" are notifications).
  await expect(specialist.getByRole("link", { name: /Samtaler \(\d+ ulest/ })).toBeVisible();
  await specialist.getByRole("link", { name: /Samtaler \(\d+ ulest/ }).click();
  await expectAccessible(specialist);
  await specialist.getByRole("link", { name: new RegExp(candidate.code) }).click();
  await expectAccessible(specialist);
  await expect(specialist.getByText("Ring meg på 77 66 55 44 om tirsdag.")).toBeVisible();
  await specialist.getByRole("textbox", { name: "Ny melding" }).fill("Tirsdag kl. 10 passer fint.");
  await specialist.getByRole("button", { name: "Send" }).click();
  await expect(specialist.getByText("Meldingen er sendt.")).toBeVisible();
  const mail = await queryE2eDb("select id from mail_outbox where to_address = $1 and subject like 'Ny melding om%'", [
    demoUsers.employer.email,
  ]);
  expect(mail.length).toBeGreaterThan(0);

  // The specialist records the one-month check-in, seeing the employer's view, and marks tapering.
  await specialist.goto(`/spesialist/ansettelser/${proposal.id}`);
  await expectAccessible(specialist);
  await expect(specialist.getByText("Kommer presist og er godt likt.")).toBeVisible();
  const checkIn = specialist.getByRole("listitem").filter({ hasText: /1 måned etter oppstart/ });
  await checkIn.getByRole("textbox").fill("Trives; fortsetter med samme timer.");
  await checkIn.getByRole("button", { name: "Registrer samtalen" }).click();
  await expect(specialist.getByText("Samtalen er registrert.")).toBeVisible();
  await specialist.getByRole("button", { name: "Marker at oppfølgingen trappes ned" }).click();
  await expect(specialist.getByText("Registrert. Arbeidsgiveren får forslag om mentortilskudd.")).toBeVisible();
  await expectAccessible(specialist);

  // The employer reads the answer, sees the check-in done, and the mentor suggestion.
  await employer.goto(hireUrl);
  await expect(employer.getByText("Trives; fortsetter med samme timer.")).toBeVisible();
  await employer.getByRole("link", { name: "Samtale med jobbspesialisten" }).click();
  await expect(employer.getByText("Tirsdag kl. 10 passer fint.")).toBeVisible();
  await employer.goto(hireUrl);
  await expect(employer.getByText(/trapper ned oppfølgingen/)).toBeVisible();
  await employer.getByRole("button", { name: "Søk om mentortilskudd" }).click();
  await expect(employer.getByRole("heading", { level: 1 })).toContainText("Mentortilskudd");
  await expect(employer.getByLabel("Kontaktperson hos arbeidsgiver")).toHaveValue(demoUsers.employer.name);
  const application = await queryOneE2e<{ answers: Record<string, string> }>(
    "select answers from grant_applications where proposal_id = $1 and kind = 'mentor'",
    [proposal.id],
  );
  expect(application.answers).toMatchObject({ mentorName: "Tor Hansen", startDate: inDays(0), extended: "no" });

  // Temporary → permanent, recorded by the employer with a date.
  await employer.goto(hireUrl);
  await employer.getByLabel("Den ansatte er fast ansatt").check();
  await employer.getByLabel("Fra dato").fill(inDays(-1));
  await employer.getByRole("button", { name: "Registrer endringen" }).click();
  await expect(employer.getByText("Endringen er registrert.")).toBeVisible();
  await expect(employer.getByText(/Fast ansatt/).first()).toBeVisible();

  // Later the job ends, with a reason from the list: the candidate is back in job finding (stage 3).
  await specialist.goto(`/spesialist/ansettelser/${proposal.id}`);
  await specialist.getByLabel("Arbeidsforholdet er avsluttet").check();
  await specialist.getByLabel("Fra dato").fill(inDays(0));
  await specialist.getByRole("button", { name: "Registrer endringen" }).click();
  await expect(specialist.getByText("Velg hvorfor arbeidsforholdet ble avsluttet.")).toBeVisible();
  await specialist.getByLabel("Hvorfor ble arbeidsforholdet avsluttet?").selectOption("new_job");
  await specialist.getByRole("button", { name: "Registrer endringen" }).click();
  await expect(specialist.getByText(/Kandidaten er tilbake i jobbsøk/)).toBeVisible();
  await expectAccessible(specialist);
  const stage = await queryOneE2e<{ euse_stage: number }>(
    "select euse_stage from candidate_profiles where candidate_id = $1",
    [candidate.id],
  );
  expect(stage.euse_stage).toBe(3);
  const events = await queryE2eDb<{ kind: string; end_reason: string | null }>(
    "select kind, end_reason from job_events where proposal_id = $1 order by id",
    [proposal.id],
  );
  expect(events).toEqual([
    { kind: "made_permanent", end_reason: null },
    { kind: "ended", end_reason: "new_job" },
  ]);
  await employer.goto(hireUrl);
  await expect(employer.getByText("Arbeidsforholdet avsluttet").first()).toBeVisible();
  await expect(employer.getByText(/Ny jobb/).first()).toBeVisible();
  await api.dispose();
  await employerApi.dispose();
});

test("the candidate previews the anonymised profile employers see, without the EUSE stage", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.candidate.name} (kandidat)` }).click();
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  await page.goto("/kandidat/forhandsvisning");
  await expect(page.getByRole("heading", { name: "Slik ser arbeidsgivere deg", level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByText(demoUsers.candidate.name)).toHaveCount(0);
  await expect(page.getByRole("main").getByText("Fase", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Oppfølgingen din" })).toBeVisible();
});
