// The candidate decides: a specialist asks to share, the candidate is told (SMS in the dev
// outbox) and says yes, and only then does the employer see the name; a second request the
// candidate declines shows no name; an employer's no with a reason reaches the candidate as a
// kind message (never the employer's own words); the candidate downloads everything stored.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { type NewPage, expect, expectAccessible, test } from "./fixtures";
import { DEMO_PASSWORD, demoUsers, organisationOf, queryOneE2e, signedInRequest } from "./support";

async function signIn(newPage: NewPage, who: "employer" | "employer2" | "specialist"): Promise<Page> {
  if (who === "employer2") {
    // Not among the one-click demo users: signed in with the demo password, through the real form.
    const client = await signedInRequest(test.info().project.use.baseURL ?? "", who);
    const storageState = await client.storageState();
    await client.dispose();
    const page = await newPage({ storageState });
    await page.goto("/arbeidsgiver");
    return page;
  }
  const page = await newPage();
  await page.goto("/logg-inn");
  const role = who === "specialist" ? "jobbspesialist" : "arbeidsgiver";
  await page.getByRole("button", { name: `Logg inn som ${demoUsers[who].name} (${role})` }).click();
  // The sign-in page has a heading too: wait for the signed-in header, or the next goto cancels the sign-in.
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
  return page;
}

/** An open task need of the organisation, made for this test (the job the candidate is proposed to). */
async function taskOf(organisationId: string, title: string): Promise<string> {
  const row = await queryOneE2e<{ id: string }>(
    `insert into task_needs (organisation_id, title, category, hours_per_week, slots, municipality_number, social_setting)
     values ($1, $2, 'kjokken-kantine', 7, '{mon:morning}', '5501', 'small-team') returning id`,
    [organisationId, title],
  );
  return row.id;
}

test("the candidate says yes or no to sharing, hears of a no kindly, and downloads their data", async ({
  page: candidate,
  newPage,
  baseURL,
}) => {
  // Four signed-in users and a download: slow on a shared 2-core machine.
  test.setTimeout(480_000);
  const marker = randomBytes(3).toString("hex");
  const name = `Sara Samtykke${marker}`;
  const phone = `4${String(Number.parseInt(marker, 16) % 10_000_000).padStart(7, "0")}`;
  const email = `sara.${marker}@e2e.arbeidsbro.no`;

  // A consenting candidate of NAV Tromsø, registered through the real form, with an account of her own.
  const api = await signedInRequest(baseURL ?? "", "specialist");
  const registered = await api.post("/spesialist/kandidater/ny", {
    multipart: {
      name,
      birthDate: "1994-06-02",
      phone,
      interests: "kjokken-kantine",
      strengths: "palitelig",
      hoursMin: "5",
      hoursMax: "15",
      weekdays: "mon",
      timesOfDay: "morning",
      municipalityNumber: "5501",
      summary: "Liker faste rutiner.",
      consentSearch: "on",
      consentEmployerView: "on",
      consentMethod: "meeting",
    },
    maxRedirects: 0,
  });
  expect(registered.status()).toBe(302);
  const { id: candidateId } = await queryOneE2e<{ id: string }>(
    "select candidate_id as id from candidate_identities where name = $1",
    [name],
  );
  await queryOneE2e(
    `with u as (insert into users (email, name, role, password_hash)
       select $1, $2, 'candidate', password_hash from users where email = $3 returning id)
     update candidates set user_id = (select id from u) where id = $4 returning id`,
    [email, name, demoUsers.candidate.email, candidateId],
  );
  const orgA = await organisationOf(demoUsers.employer.email);
  const orgB = await organisationOf(demoUsers.employer2.email);
  const taskA = await taskOf(orgA, `Frokostservering ${marker}`);
  const taskB = await taskOf(orgB, `Romservice ${marker}`);

  // The candidate signs in and chooses SMS.
  await candidate.goto("/logg-inn");
  await candidate.getByLabel("E-post").fill(email);
  await candidate.getByLabel("Passord").fill(DEMO_PASSWORD);
  await candidate.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(candidate.getByRole("heading", { name: "Min side", level: 1 })).toBeVisible();
  await expect(candidate.getByText("Du har ingen forespørsler.")).toBeVisible();
  await candidate.getByLabel("SMS").check();
  await candidate.getByRole("button", { name: "Lagre valget" }).click();
  await expect(candidate.getByText("Valget er lagret.")).toBeVisible();

  // The specialist proposes her to Polarkjøkken and asks her to share who she is.
  const proposed = await api.post(`/spesialist/forslag/ny?kandidat=${candidateId}&jobb=task-${taskA}`, {
    form: { note: "Punktlig og blid." },
    maxRedirects: 0,
  });
  expect(proposed.status()).toBe(302);
  const proposalA = (proposed.headers().location ?? "").split("/").pop()?.split("?")[0] ?? "";
  const specialist = await signIn(newPage, "specialist");
  await specialist.goto(`/spesialist/forslag/${proposalA}`);
  await expect(specialist.getByText("Kandidaten bestemmer selv.", { exact: false })).toBeVisible();
  await specialist.getByRole("button", { name: "Be kandidaten om samtykke" }).click();
  await expect(specialist.getByText("Forespørselen er sendt. Kandidaten har fått beskjed.")).toBeVisible();
  await expect(specialist.getByText("Venter på svar")).toBeVisible();
  await expectAccessible(specialist);

  // She is told by SMS, with no name, employer or job in it.
  await candidate.goto("/utvikler/e-post");
  const sms = candidate.getByRole("article", { name: `SMS til ${phone}` });
  await expect(sms).toHaveCount(1);
  await expect(sms).toContainText("Du har en ny forespørsel i Arbeidsbro");
  await expect(sms).not.toContainText("Polarkjøkken");
  await expect(sms).not.toContainText("Sara");

  // The employer waits for her answer and does not see the name.
  const employer = await signIn(newPage, "employer");
  await employer.goto(`/arbeidsgiver/${orgA}/forslag/${proposalA}`);
  await expect(employer.getByText("Venter på svar fra kandidaten.")).toBeVisible();
  await expect(employer.getByText(name)).toHaveCount(0);
  await expectAccessible(employer);

  // She says yes on her page; now the employer sees her name.
  await candidate.goto("/kandidat");
  const request = candidate.getByRole("form", { name: /Polarkjøkken AS vil vite hvem du er/ });
  await expect(request.getByText("Navnet ditt")).toBeVisible();
  await request.getByRole("button", { name: "Ja, del" }).click();
  await expect(candidate.getByText("Takk. Arbeidsgiveren kan nå se navnet ditt", { exact: false })).toBeVisible();
  await employer.reload();
  await expect(employer.getByRole("heading", { level: 1 })).toContainText(name);

  // A second employer asks too; she says no, and that employer sees no name.
  const proposedB = await api.post(`/spesialist/forslag/ny?kandidat=${candidateId}&jobb=task-${taskB}`, {
    form: { note: "Rolig og grundig." },
    maxRedirects: 0,
  });
  expect(proposedB.status()).toBe(302);
  const proposalB = (proposedB.headers().location ?? "").split("/").pop()?.split("?")[0] ?? "";
  const asked = await api.post(`/spesialist/forslag/${proposalB}`, {
    form: { intent: "share-request", deadlineDays: "7" },
    maxRedirects: 0,
  });
  expect(asked.status()).toBe(200);
  await candidate.goto("/kandidat");
  await candidate
    .getByRole("form", { name: /Harstad Hotell AS vil vite hvem du er/ })
    .getByRole("button", { name: "Nei, ikke del" })
    .click();
  await expect(candidate.getByText("Takk. Arbeidsgiveren får ikke vite hvem du er.")).toBeVisible();
  const employerB = await signIn(newPage, "employer2");
  await employerB.goto(`/arbeidsgiver/${orgB}/forslag/${proposalB}`);
  await expect(employerB.getByText("Kandidaten har valgt å ikke dele navnet.", { exact: false })).toBeVisible();
  await expect(employerB.getByText(name)).toHaveCount(0);

  // That employer says no with a reason and a comment of their own, and keeps her in "maybe later".
  await employerB.getByLabel("Ikke nå").check();
  await employerB.getByLabel("Begrunnelse").selectOption("good-fit");
  await employerB.getByRole("button", { name: "Send svaret" }).click();
  await expect(employerB.getByText("Velg hvorfor dere sier nei.")).toBeVisible();
  await employerB.getByLabel("Begrunnelse").selectOption("hours-dont-fit");
  await employerB.getByLabel("Kommentar (valgfritt)").fill(`Intern merknad ${marker}`);
  await employerB.getByRole("button", { name: "Send svaret" }).click();
  await expect(employerB.getByText("Svaret er sendt.", { exact: false })).toBeVisible();
  await employerB.getByRole("button", { name: "Ta vare på kandidaten i «kanskje senere»" }).click();
  await expect(employerB.getByText("Kandidaten er lagt i «kanskje senere».")).toBeVisible();
  await expectAccessible(employerB);
  const code = (await queryOneE2e<{ code: string }>("select code from candidates where id = $1", [candidateId])).code;
  await employerB.goto(`/arbeidsgiver/${orgB}/forslag`);
  await expect(
    employerB.getByRole("region", { name: "Kanskje senere" }).getByRole("link", { name: code }),
  ).toBeVisible();
  await expect(employerB.getByText(name)).toHaveCount(0);
  await expectAccessible(employerB);

  // She reads the kind message for that reason, never the employer's comment.
  await candidate.goto("/kandidat");
  await expect(candidate.getByText("Timene eller dagene passet ikke denne gangen.", { exact: false })).toBeVisible();
  await expect(candidate.getByText(`Intern merknad ${marker}`)).toHaveCount(0);

  // The specialist sees the reason and can propose her elsewhere in one step.
  await specialist.goto(`/spesialist/forslag/${proposalB}`);
  await expect(specialist.getByText("Timene eller dagene passer ikke").first()).toBeVisible();
  await specialist.getByRole("link", { name: "Foreslå kandidaten til en annen jobb" }).click();
  await expect(specialist).toHaveURL(new RegExp(`/spesialist/kandidater/${candidateId}/jobber`));

  // She downloads everything stored about her: the readable page and the same data as JSON.
  await candidate.getByRole("link", { name: "Se og last ned dine data" }).click();
  await expect(candidate.getByRole("heading", { name: "Alt vi har lagret om deg", level: 1 })).toBeVisible();
  // Her name is in the data listed on the page (the header's "Innlogget som" names her too).
  await expect(candidate.getByRole("main").getByText(name, { exact: true })).toBeVisible();
  const download = candidate.waitForEvent("download");
  await candidate.getByRole("link", { name: "Last ned som fil (JSON)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^arbeidsbro-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const data = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  expect(data.identity.name).toBe(name);
  expect(data.proposals).toHaveLength(2);
  expect(data.consents.map((c: { scope: string }) => c.scope)).toEqual(
    expect.arrayContaining(["search", "employer_view", "identity_share"]),
  );
  expect(data.requests.map((r: { state: string }) => r.state).sort()).toEqual(["accepted", "declined"]);
  expect(JSON.stringify(data)).not.toContain(`Intern merknad ${marker}`);

  await api.dispose();
});
