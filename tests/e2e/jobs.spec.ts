import { randomBytes } from "node:crypto";
import { postTaskNeed, signInAsEmployer } from "./employer-flows";
import { expect, test } from "./fixtures";
import { atField, demoUsers, inDays, organisationOf, queryE2eDb, signedInRequest } from "./support";

test("an employer posts two task needs, carves one job from both, sees the summary, publishes it, and a specialist finds it within seconds", async ({
  page,
  newPage,
}) => {
  const marker = randomBytes(3).toString("hex");
  const home = await signInAsEmployer(page);
  await postTaskNeed(page, {
    title: `Oppvask ${marker}`,
    hours: "6",
    slots: ["Mandag morgen", "Onsdag morgen"],
    strength: "Pålitelig",
  });
  await postTaskNeed(page, {
    title: `Salatbar ${marker}`,
    hours: "4,5",
    slots: ["Onsdag morgen", "Fredag morgen"],
    strength: "Nøyaktig",
  });
  await expect(page.getByRole("link", { name: `Oppvask ${marker}` })).toBeVisible();

  // Carve: pick both tasks; the next step starts from their sum (10.5 h) and their schedule.
  await page.getByRole("link", { name: "Snekre en jobb" }).click();
  // The word explained where it appears.
  await page.getByText("Hva betyr å snekre en jobb?").click();
  await expect(page.getByText(/Å snekre en jobb er å sette sammen oppgaver/)).toBeVisible();
  await page.getByRole("checkbox", { name: new RegExp(`Oppvask ${marker}`) }).check();
  await page.getByRole("checkbox", { name: new RegExp(`Salatbar ${marker}`) }).check();
  const summary = page.getByRole("region", { name: "Oppsummering av stillingen" });
  await expect(summary.getByTestId("summary-hours")).toHaveText("10,5 t");
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Tilpass stillingen/ })).toBeVisible();
  await expect(page.getByLabel("Timer per uke")).toHaveValue("10,5");
  await expect(page.getByLabel("Mandag morgen")).toBeChecked();
  await expect(page.getByLabel("Fredag morgen")).toBeChecked();
  await expect(summary.getByTestId("summary-days")).toHaveText("Mandag, Onsdag, Fredag");
  await page.getByLabel("Stillingens tittel").fill(`Kjøkkenassistent ${marker}`);
  // The summary follows the typing: 15 h is 40 % of a 37.5-hour week.
  await page.getByLabel("Timer per uke").fill("15");
  await expect(summary.getByTestId("summary-position")).toHaveText("40 %");
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Ansettelse og oppfølging/ })).toBeVisible();
  await page.getByLabel("Arbeidstrening som kan føre til ansettelse").check();
  await page.getByLabel("Fadder (mentor) på arbeidsplassen (valgfritt)").fill("Kari Nilsen");
  await page.getByLabel("Oppstart").fill(inDays(21));
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Oppsummering/ }).first()).toBeVisible();
  await expect(page.getByText("15 t/uke (40 %)")).toBeVisible();
  await expect(page.getByText("Mandag morgen, Onsdag morgen, Fredag morgen")).toBeVisible();
  await page.getByRole("button", { name: "Publiser jobben" }).click();
  await expect(
    page.getByText("Jobben er publisert. Jobbspesialister kan finne den i løpet av sekunder."),
  ).toBeVisible();

  // The home page lists the job, published; both tasks now say which job they are part of.
  await page.goto(home);
  const jobs = page.getByRole("table", { name: "Jobber" });
  await expect(jobs.getByRole("row", { name: new RegExp(`Kjøkkenassistent ${marker}.*Publisert`) })).toBeVisible();
  await expect(page.getByText(`Del av jobben Kjøkkenassistent ${marker}`)).toHaveCount(2);

  // A specialist (another browser context) finds the job in the job search within seconds.
  const specialist = await newPage();
  await specialist.goto("/logg-inn");
  await specialist.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  // Wait for the sign-in to land before going elsewhere (a goto would cancel it).
  await expect(specialist.getByRole("heading", { name: "Min side", level: 1 })).toBeVisible();
  await expect(async () => {
    await specialist.goto(`/spesialist/jobber?q=${marker}`);
    await expect(specialist.getByRole("heading", { name: `Kjøkkenassistent ${marker}` })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  // The tasks inside a published job are found through the job, not on their own.
  await expect(specialist.getByRole("heading", { name: `Oppvask ${marker}` })).toHaveCount(0);
  await expect(specialist.getByText("15 t/uke (40 %)")).toBeVisible();

  // Closing the job takes it out of search; its tasks come back as single tasks.
  await page.getByRole("link", { name: `Kjøkkenassistent ${marker}` }).click();
  await page.getByRole("button", { name: "Lukk jobben" }).click();
  await expect(page.getByText("Jobben er lukket og fjernet fra søket.")).toBeVisible();
  await expect(async () => {
    await specialist.goto(`/spesialist/jobber?q=${marker}`);
    await expect(specialist.getByRole("heading", { name: `Oppvask ${marker}` })).toBeVisible({ timeout: 500 });
    await expect(specialist.getByRole("heading", { name: `Kjøkkenassistent ${marker}` })).toHaveCount(0);
  }).toPass({ timeout: 10_000 });
});

test("the task flow refuses bad input at the field, in Norwegian, and keeps what was typed", async ({ page }) => {
  await signInAsEmployer(page);
  await page.getByRole("link", { name: "Nytt oppgavebehov" }).click();
  await page.getByLabel("Hva heter oppgaven?").fill("Te");
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(atField(page, "Skriv hva oppgaven heter (minst 3 tegn).")).toBeVisible();
  await expect(atField(page, "Velg type arbeid.")).toBeVisible();
  await expect(page.getByLabel("Hva heter oppgaven?")).toHaveValue("Te");
  await page.getByLabel("Hva heter oppgaven?").fill("Tørke bord");
  await page.getByLabel("Type arbeid").selectOption("kjokken-kantine");
  await page.getByRole("button", { name: "Neste" }).click();
  // Three slots cannot hold 37.5 hours: the message says why and what to do.
  for (const slot of ["Mandag dag", "Tirsdag dag", "Onsdag dag"]) await page.getByLabel(slot).check();
  await page.getByLabel("Timer per uke oppgaven tar").fill("37,5");
  await page.getByLabel("Tidligste oppstart (valgfritt)").fill("2020-01-01");
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(
    atField(
      page,
      "37,5 timer får ikke plass i 3 tidsrom: hvert tidsrom rommer høyst 7,5 timer, altså 22,5 timer i alt.",
      { exact: false },
    ),
  ).toBeVisible();
  await expect(atField(page, "Datoen kan ikke være tilbake i tid.")).toBeVisible();
  await expect(page.getByLabel("Timer per uke oppgaven tar")).toHaveValue("37,5");
  await expect(page.getByLabel("Onsdag dag")).toBeChecked();
  // Back never validates and loses nothing.
  await page.getByRole("button", { name: "Forrige" }).click();
  await expect(page.getByLabel("Hva heter oppgaven?")).toHaveValue("Tørke bord");
});

test("without JavaScript, a wrong step answers 400 with the Norwegian messages and the typed values", async ({
  baseURL,
}) => {
  const employer = await signedInRequest(baseURL ?? "", "employer");
  const org = await organisationOf(demoUsers.employer.email);
  const title = `Tørke bord ${randomBytes(3).toString("hex")}`;
  const response = await employer.post(`/arbeidsgiver/${org}/oppgaver/ny`, {
    form: {
      step: "1",
      intent: "next",
      title,
      category: "kjokken-kantine",
      hoursPerWeek: "41",
      slots: "mon:day",
      municipalityNumber: "9999",
    },
  });
  expect(response.status()).toBe(400);
  const html = await response.text();
  expect(html).toContain("Skriv antall timer per uke mellom 1 og 40, for eksempel 7,5.");
  expect(html).toContain("Velg kommunen der arbeidet gjøres.");
  expect(html).toContain('value="41"');
  expect(html).toContain(`value="${title}"`);
  // Submitting the whole form with a bad step writes nothing.
  const submit = await employer.post(`/arbeidsgiver/${org}/oppgaver/ny`, {
    form: {
      step: "4",
      intent: "submit",
      title,
      category: "kjokken-kantine",
      hoursPerWeek: "50",
      slots: "mon:day",
      municipalityNumber: "5501",
      socialSetting: "alone",
    },
  });
  expect(submit.status()).toBe(400);
  expect(await queryE2eDb("select id from task_needs where title = $1", [title])).toEqual([]);
  await employer.dispose();
});
