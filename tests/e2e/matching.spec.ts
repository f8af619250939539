import { randomBytes } from "node:crypto";
import { postTaskNeed, signInAsEmployer } from "./employer-flows";
import { expect, test } from "./fixtures";
import { demoUsers, inDays, queryE2eDb } from "./support";
import { makeCandidate } from "./test-data";

test("a specialist proposes a candidate for an employer's carved job; the employer answers; identity follows consent; the match goes to hire and stage 5", async ({
  page: employer,
  newPage,
  baseURL,
}) => {
  const marker = randomBytes(3).toString("hex");
  const candidateName = `Mina Matchtest${marker}`;

  // The employer carves a job: one task, Monday and Wednesday mornings, 12 hours.
  await signInAsEmployer(employer);
  await postTaskNeed(employer, {
    title: `Kaffebar ${marker}`,
    hours: "12",
    slots: ["Mandag morgen", "Onsdag morgen"],
    strength: "Pålitelig",
  });
  await employer.getByRole("link", { name: "Snekre en jobb" }).click();
  await employer.getByRole("checkbox", { name: new RegExp(`Kaffebar ${marker}`) }).check();
  await employer.getByRole("button", { name: "Neste" }).click();
  await employer.getByLabel("Stillingens tittel").fill(`Baristahjelp ${marker}`);
  await employer.getByRole("button", { name: "Neste" }).click();
  await employer.getByLabel("Midlertidig ansettelse").check();
  await employer.getByLabel("Oppstart").fill(inDays(14));
  await employer.getByRole("button", { name: "Neste" }).click();
  await employer.getByRole("button", { name: "Publiser jobben" }).click();
  await expect(employer.getByText("Jobben er publisert.", { exact: false })).toBeVisible();
  const [job] = await queryE2eDb<{ id: string }>("select id from carved_jobs where title = $1", [
    `Baristahjelp ${marker}`,
  ]);

  // A consenting candidate who fits it (registered through the real form, as the specialist).
  const candidate = await makeCandidate(baseURL ?? "", {
    name: candidateName,
    birthDate: "1996-03-14",
    phone: "41234567",
    tags: `kaffe${marker}`,
  });
  // Only Mondays: the job's Wednesday will show as what does not fit.

  // The specialist finds the candidate for the job, ranked with a reason, and proposes.
  const specialist = await newPage();
  await specialist.goto("/logg-inn");
  await specialist.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  // Wait for the sign-in to land before going elsewhere (a goto would cancel it).
  await expect(specialist.getByRole("heading", { name: "Min side", level: 1 })).toBeVisible();
  await expect(async () => {
    // Many demo candidates fit this job; the free text narrows the ranked list to ours.
    await specialist.goto(`/spesialist/jobber/job-${job?.id}?q=kaffe${marker}`);
    await expect(specialist.getByRole("heading", { name: `Kandidat ${candidate?.code}` })).toBeVisible({
      timeout: 500,
    });
  }).toPass({ timeout: 15_000 });
  const card = specialist
    .getByRole("listitem")
    .filter({ has: specialist.getByRole("heading", { name: `Kandidat ${candidate?.code}` }) });
  // Monday fits, Wednesday does not: the explanation says so.
  // One sentence says why, once: no second list of the same reasons.
  await expect(card.getByText(/onsdag/)).toHaveCount(1);
  // In one sentence why, and what "Treff" means, a click away.
  await expect(card.getByTestId("fit-sentence")).toHaveText(/^Passer (godt|delvis|dårlig).*onsdag.*\.$/);
  await card.getByRole("button", { name: "Hva betyr treff?" }).click();
  await expect(specialist.getByText(/Treff er et tall fra 0 til 100/)).toBeVisible();
  await specialist.keyboard.press("Escape");
  await card.getByRole("link", { name: `Foreslå ${candidate?.code}` }).click();
  await specialist
    .getByLabel("Hvorfor passer kandidaten? (til arbeidsgiveren)")
    .fill(`Ring ${candidateName.split(" ")[0]} for en prat.`);
  await specialist.getByRole("button", { name: "Send forslaget" }).click();
  // The privacy guard refuses the name in the note.
  await expect(specialist.getByText(/kandidatens navn/)).toBeVisible();
  await specialist
    .getByLabel("Hvorfor passer kandidaten? (til arbeidsgiveren)")
    .fill("Punktlig og blid, har erfaring fra kafé.");
  await specialist.getByRole("button", { name: "Send forslaget" }).click();
  await expect(specialist.getByText("Forslaget er sendt. Arbeidsgiveren har fått beskjed.")).toBeVisible();
  const proposalUrl = specialist.url();

  // The employer sees the anonymised proposal (pseudonym, age band, no name) and says interested.
  await employer.goto("/arbeidsgiver");
  await employer
    .getByRole("link", { name: /Polarkjøkken AS/ })
    .first()
    .click();
  await expect(employer.getByRole("link", { name: /nye? kandidatforslag venter på svar/ })).toBeVisible();
  await employer.getByRole("link", { name: /nye? kandidatforslag venter på svar/ }).click();
  await employer.getByRole("link", { name: `Se forslaget om ${candidate?.code}` }).click();
  await expect(employer.getByRole("heading", { level: 1 })).toContainText(candidate?.code ?? "");
  await expect(employer.getByText(candidateName)).toHaveCount(0);
  await expect(employer.getByText("41234567")).toHaveCount(0);
  await expect(employer.getByText("Punktlig og blid, har erfaring fra kafé.")).toBeVisible();
  await employer.getByRole("button", { name: "Send svaret" }).click();
  await expect(employer.getByText("Velg en begrunnelse.")).toBeVisible();
  await employer.getByLabel("Interessert – vi vil gjerne møte kandidaten").check();
  await employer.getByLabel("Begrunnelse").selectOption("good-fit");
  await employer.getByRole("button", { name: "Send svaret" }).click();
  await expect(employer.getByText("Svaret er sendt. Jobbspesialisten har fått beskjed.")).toBeVisible();

  // The specialist is notified and asks the candidate to share who they are; the candidate has no
  // digital access, so the specialist records the yes for them, with a reason, marked as such.
  await specialist.goto("/spesialist");
  await expect(
    specialist
      .getByRole("link", { name: `${candidate?.code}: arbeidsgiveren svarte «Arbeidsgiver er interessert»` })
      .first(),
  ).toBeVisible();
  await specialist.goto(proposalUrl);
  await specialist.getByRole("button", { name: "Be kandidaten om samtykke" }).click();
  await expect(specialist.getByText("Forespørselen er sendt. Kandidaten har fått beskjed.")).toBeVisible();
  // Until an answer, the employer waits and sees no name.
  await employer.reload();
  await expect(employer.getByText("Venter på svar fra kandidaten.")).toBeVisible();
  await expect(employer.getByText(candidateName)).toHaveCount(0);
  await specialist.getByLabel("Ja, navnet kan deles").check();
  await specialist.getByRole("button", { name: "Registrer svaret" }).click();
  await expect(specialist.getByText("Skriv hvorfor du registrerer svaret for kandidaten.")).toBeVisible();
  await specialist.getByLabel("Hvorfor svarer du for kandidaten?").fill("Har ikke BankID, svarte ja i møte.");
  await specialist.getByRole("button", { name: "Registrer svaret" }).click();
  await expect(specialist.getByText("Svaret er registrert på vegne av kandidaten.")).toBeVisible();
  await expect(
    specialist.getByText("Registrert av jobbspesialisten på vegne av kandidaten: Har ikke BankID, svarte ja i møte."),
  ).toBeVisible();
  const onBehalf = await queryE2eDb<{ details: { onBehalf?: boolean } }>(
    "select details from audit_log where action = 'consent.changed' and subject_id = $1",
    [candidate?.id],
  );
  expect(onBehalf.some((row) => row.details.onBehalf === true)).toBe(true);

  // Now the employer sees the name, and the reveal is in the audit trail.
  await employer.reload();
  await expect(employer.getByRole("heading", { level: 1 })).toContainText(candidateName);
  const reveals = await queryE2eDb(
    "select id from audit_log where action = 'candidate.identity_revealed' and subject_id = $1",
    [candidate?.id],
  );
  expect(reveals.length).toBeGreaterThan(0);

  // Meeting → work trial → hired (temporary, 12 h), each step timestamped in the history.
  await specialist.getByRole("button", { name: "Registrer møte" }).click();
  await expect(specialist.getByText("Endringen er registrert.")).toBeVisible();
  await specialist.getByRole("button", { name: "Start arbeidstrening" }).click();
  await expect(specialist.getByText("Status: Arbeidstrening")).toBeVisible();
  await specialist.getByRole("button", { name: "Registrer ansettelse" }).click();
  await expect(specialist.getByText("Velg ansettelsesform.")).toBeVisible();
  await specialist.getByLabel("Midlertidig").check();
  await specialist.getByLabel("Timer per uke").fill("12");
  await specialist.getByLabel("Første arbeidsdag").fill(inDays(7));
  await specialist.getByRole("button", { name: "Registrer ansettelse" }).click();
  await expect(specialist.getByText("Status: Ansatt")).toBeVisible();
  const history = specialist.getByRole("region", { name: "Historikk" });
  for (const step of ["Foreslått", "Arbeidsgiver er interessert", "Møte", "Arbeidstrening", "Ansatt"]) {
    await expect(history.getByRole("cell", { name: step, exact: true })).toBeVisible();
  }

  // An illegal move is refused with a message, not a crash: a hired match cannot go back to a meeting.
  const again = await specialist.request.post(proposalUrl, { form: { intent: "move", to: "meeting" } });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain("Det steget kan ikke tas nå.");

  // The candidate is at stage 5 with a follow-up plan, and the temporary hire is flagged.
  await specialist.getByRole("link", { name: "Se kandidaten" }).click();
  await expect(specialist.getByText("5 Oppfølging", { exact: true }).first()).toBeVisible();
  await expect(specialist.getByText("Neste oppfølging:")).toBeVisible();
  await expect(specialist.getByText(/Midlertidig ansatt siden/)).toBeVisible();
  await expect(specialist.getByRole("button", { name: /Marker som utført/ })).toHaveCount(6);
});
