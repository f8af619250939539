import type { Locator, Page } from "@playwright/test";
import { signInAsEmployer } from "./employer-flows";
import { expect, test } from "./fixtures";
import { atField, demoUsers, inDays, queryE2eDb } from "./support";
import { type MadeHire, makeHire } from "./test-data";

/** Starts an application for the test's own hire (made by makeHire: no demo row is changed). */
async function startApplication(
  page: Page,
  kind: "Søk mentortilskudd" | "Søk inkluderingstilskudd",
  hire: MadeHire,
): Promise<string> {
  await signInAsEmployer(page);
  await page.getByRole("navigation", { name: "Arbeidsgiver" }).getByRole("link", { name: "Tilskudd" }).click();
  await expect(page.getByRole("heading", { name: "Tilskudd", level: 1 })).toBeVisible();
  await page
    .getByRole("listitem")
    .filter({ hasText: hire.title })
    .getByRole("button", { name: new RegExp(kind) })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    kind === "Søk mentortilskudd" ? "Mentortilskudd" : "Inkluderingstilskudd",
  );
  return new URL(page.url()).pathname;
}

const next = (page: Page) => page.getByRole("button", { name: "Neste" }).click();
const stepHeading = (page: Page, name: string) =>
  expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toBeVisible();

test("an employer applies for mentortilskudd over all steps with a reload in the middle, sees 7 821 kr a month, and the specialist approves", async ({
  page,
  newPage,
  baseURL,
}) => {
  const url = await startApplication(page, "Søk mentortilskudd", await makeHire(baseURL ?? ""));

  // Contact: the employer's name and e-mail are filled in already.
  await stepHeading(page, "Kontaktperson");
  await expect(page.getByLabel("Kontaktperson hos arbeidsgiver")).toHaveValue(demoUsers.employer.name);
  await page.getByLabel("Telefon").fill("91234567");
  await next(page);

  await stepHeading(page, "Om mentoren");
  await page.getByLabel("Mentorens navn").fill("Tor Hansen");
  await page.getByLabel("Mentorens telefon").fill("92345678");
  await page.getByLabel("Hva skal mentoren gjøre?").fill("Opplæring i kjøkkenrutinene og en fast prat hver fredag.");
  await next(page);
  // Not answered: family tie and the confidentiality declaration are required.
  await expect(atField(page, "Svar på om mentoren er i familie med deltakeren.")).toBeVisible();
  await expect(atField(page, "Mentoren må ha skrevet under på taushetserklæringen.")).toBeVisible();
  await page
    .getByRole("radiogroup", { name: /Er mentoren i familie/ })
    .getByLabel("Nei")
    .check();
  await page.getByRole("checkbox", { name: "Mentoren har skrevet under på taushetserklæring" }).check();
  await next(page);
  await stepHeading(page, "Varighet");

  // Leave and come back: the draft is on the server, at the step where we were.
  await page.goto("/");
  await page.goto(url);
  await stepHeading(page, "Varighet");

  await page.getByLabel("Startdato").fill(inDays(7));
  await page.getByLabel("Sluttdato").fill(inDays(7 + 250));
  await page
    .getByRole("radiogroup", { name: /nedsatt arbeidsevne og særlige behov/ })
    .getByLabel("Nei")
    .check();
  await next(page);
  await expect(atField(page, "Perioden kan være høyst 6 måneder. Velg en tidligere sluttdato.")).toBeVisible();
  await page.getByLabel("Sluttdato").fill(inDays(7 + 150));
  await next(page);

  await stepHeading(page, "Oppfølging og tilrettelegging");
  await page
    .getByLabel("Hvordan skal deltakeren følges opp?")
    .fill("Ukentlig samtale med mentor, månedlig møte med jobbspesialist.");
  await next(page);

  // The calculation, shown line by line as the employer types (NAV's worked example).
  await stepHeading(page, "Beregning");
  await page.getByLabel("Mentorens timer per måned").fill("20");
  await page
    .getByRole("radiogroup", { name: /Mentorens lønn oppgis per/ })
    .getByLabel("Måned")
    .check();
  await page.getByLabel("Mentorens lønn (kroner)").fill("48750");
  await page.getByLabel("Mentorens stillingsprosent").fill("100");
  await page
    .getByRole("radiogroup", { name: /Feriepengesats/ })
    .getByLabel("12 %")
    .check();
  await page.getByLabel("Obligatorisk tjenestepensjon (OTP), prosent").fill("2");
  await page.getByLabel("Arbeidsgiveravgift (sone)").selectOption("1");
  await expect(page.getByTestId("monthly-grant")).toHaveText("7 821 kr");
  await expect(page.getByRole("row", { name: /Arbeidsgiveravgift \(14,1 %\)\s*966,47 kr/ })).toBeVisible();
  await next(page);

  await stepHeading(page, "Kontonummer");
  await page.getByLabel("Kontonummer for utbetaling").fill("1234 56 78904");
  await next(page);
  await expect(atField(page, "Kontonummeret er ikke gyldig. Sjekk de 11 sifrene.")).toBeVisible();
  await page.getByLabel("Kontonummer for utbetaling").fill("1234 56 78903");
  await next(page);

  await stepHeading(page, "Bekreft og send");
  await expect(page.getByTestId("monthly-grant")).toHaveText("7 821 kr");
  await expect(page.getByText("Tor Hansen")).toBeVisible();
  // The summary reads like the employer would write it: money, percentages, the zone and the account.
  const calculation = page.getByRole("region", { name: "Beregning", exact: true });
  await expect(calculation.getByText("48 750 kr", { exact: true })).toBeVisible();
  await expect(calculation.getByText("12 %", { exact: true })).toBeVisible();
  await expect(calculation.getByText("Sone 1", { exact: true })).toBeVisible();
  const account = page.getByRole("region", { name: "Kontonummer", exact: true });
  await expect(account.getByText("1234 56 78903", { exact: true })).toBeVisible();
  // Each step's answers have their own "Endre", beside them; it goes back to that step and on again.
  for (const section of ["Kontaktperson", "Om mentoren", "Varighet", "Oppfølging og tilrettelegging", "Beregning"]) {
    await expect(
      page.getByRole("region", { name: section, exact: true }).getByRole("button", { name: `Endre ${section}` }),
    ).toBeVisible();
  }
  await account.getByRole("button", { name: "Endre Kontonummer" }).click();
  await stepHeading(page, "Kontonummer");
  await expect(page.getByLabel("Kontonummer for utbetaling")).toHaveValue("1234 56 78903");
  await next(page);
  await stepHeading(page, "Bekreft og send");
  // On a phone the calculation box sits clear of the answers and the buttons: nothing overlaps.
  await page.setViewportSize({ width: 375, height: 800 });
  const boxOf = async (l: Locator) => {
    const b = await l.boundingBox();
    if (!b) throw new Error("not on the page");
    return b;
  };
  const calcBox = await boxOf(page.getByRole("region", { name: "Beregnet tilskudd" }));
  const others = [
    ...(await page.locator("section.summary-section").all()),
    page.getByRole("button", { name: "Send søknaden" }),
  ];
  for (const other of others) {
    const b = await boxOf(other);
    const apart =
      b.y + b.height <= calcBox.y ||
      calcBox.y + calcBox.height <= b.y ||
      b.x + b.width <= calcBox.x ||
      calcBox.x + calcBox.width <= b.x;
    expect(apart, `${await other.getAttribute("aria-label")} overlaps the calculation`).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await expect(page.getByText("Søknaden er sendt.", { exact: false })).toBeVisible();

  // The specialist of the candidate's office approves.
  const specialist = await newPage();
  await specialist.goto("/logg-inn");
  await specialist.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  // Wait for the sign-in to land before going elsewhere (a goto would cancel it).
  await expect(specialist.getByRole("heading", { name: "Min side", level: 1 })).toBeVisible();
  await specialist.getByRole("link", { name: "Tilskuddssøknader" }).click();
  await expect(specialist.getByRole("heading", { name: "Tilskuddssøknader til behandling" })).toBeVisible();
  await specialist.goto(url.replace(/^\/arbeidsgiver\/[^/]+\/tilskudd/, "/spesialist/tilskudd"));
  await expect(specialist.getByTestId("monthly-grant")).toHaveText("7 821 kr");
  await specialist.getByRole("button", { name: "Registrer vedtaket" }).click();
  await expect(specialist.getByText("Hva er vedtaket?").first()).toBeVisible();
  await specialist.getByLabel("Innvilg").check();
  await specialist
    .getByLabel("Begrunnelse (vises for arbeidsgiveren)")
    .fill("Mentorordningen er godt beskrevet og gir tett oppfølging.");
  await specialist.getByRole("button", { name: "Registrer vedtaket" }).click();
  await expect(specialist.getByText("Vedtaket er registrert, og arbeidsgiveren har fått beskjed.")).toBeVisible();

  // The employer sees the decision, and a printable decision page with the approved amounts.
  await page.goto(url);
  await expect(page.getByText("Innvilget").first()).toBeVisible();
  await page.getByRole("link", { name: "Se vedtaket" }).click();
  await expect(page.getByRole("heading", { name: "Vedtak om mentortilskudd" })).toBeVisible();
  // The monthly amount, and again in the period plan below it.
  await expect(page.getByText("7 821 kr", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Mentorordningen er godt beskrevet og gir tett oppfølging.")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".page-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
});

test("an inkluderingstilskudd over the year's maximum is refused at the expense step, then sent within it", async ({
  page,
  baseURL,
}) => {
  await startApplication(page, "Søk inkluderingstilskudd", await makeHire(baseURL ?? ""));
  await stepHeading(page, "Periode");
  await page.getByLabel("Startdato").fill(inDays(3));
  await page.getByLabel("Sluttdato").fill(inDays(3 + 120));
  await next(page);
  await stepHeading(page, "Behovet");
  await page
    .getByLabel("Hvorfor trengs tilretteleggingen?")
    .fill("Trenger hev-senk-pult og skjermleser for å jobbe på kontoret.");
  await next(page);

  await stepHeading(page, "Utgifter");
  const row = (n: number) => page.getByRole("group", { name: new RegExp(`^Utgift ${n}`) });
  await row(1).getByLabel("Type").selectOption("equipment");
  await row(1).getByLabel("Beløp (kroner)").fill("100000");
  await row(1).getByLabel("Hva skal kjøpes?").fill("Hev-senk-pult og stol");
  await row(2).getByLabel("Type").selectOption("software");
  await row(2).getByLabel("Beløp (kroner)").fill("60401");
  await row(2).getByLabel("Hva skal kjøpes?").fill("Skjermleser med lisens");
  await expect(page.getByTestId("expense-total")).toHaveText("160 401 kr");
  await expect(page.getByText("1 kr over grensen")).toBeVisible();
  await next(page);
  await expect(
    atField(page, "Summen er 160 401 kr. Det er over grensen på 160 400 kr for året. Reduser beløpene."),
  ).toBeVisible();
  await expect(row(2).getByLabel("Beløp (kroner)")).toHaveValue("60401");

  // The same type twice is refused too.
  await row(3).getByLabel("Type").selectOption("software");
  await row(3).getByLabel("Beløp (kroner)").fill("100");
  await row(3).getByLabel("Hva skal kjøpes?").fill("Ekstra lisens");
  await row(2).getByLabel("Beløp (kroner)").fill("60400");
  await next(page);
  await expect(atField(page, /Denne typen er allerede ført/)).toBeVisible();
  await row(3).getByLabel("Type").selectOption("");
  await row(3).getByLabel("Beløp (kroner)").fill("");
  await row(3).getByLabel("Hva skal kjøpes?").fill("");
  await expect(page.getByTestId("expense-total")).toHaveText("160 400 kr");
  await next(page);

  await stepHeading(page, "Bekreftelse");
  await next(page);
  await expect(atField(page, "Bekreft at ingenting er kjøpt ennå. NAV må godkjenne før dere kjøper.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Vi bekrefter at ingenting er kjøpt ennå" }).check();
  await next(page);
  await stepHeading(page, "Bekreft og send");
  await expect(page.getByTestId("expense-total")).toHaveText("160 400 kr");
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await expect(page.getByText("Søknaden er sendt.", { exact: false })).toBeVisible();
});

test("an application worth 0 kr warns on the summary and is sent only once the employer confirms, without JavaScript too", async ({
  newPage,
  baseURL,
}) => {
  const hire = await makeHire(baseURL ?? "");
  const page = await newPage({ javaScriptEnabled: false });
  const url = await startApplication(page, "Søk mentortilskudd", hire);
  // Every step answered, but the mentor has no hours a month: the grant is 0 kr.
  const answers = {
    contactName: demoUsers.employer.name,
    contactPhone: "91234567",
    contactEmail: demoUsers.employer.email,
    mentorName: "Tor Hansen",
    mentorPhone: "92345678",
    mentorTasks: "Opplæring i kjøkkenrutinene og en fast prat hver fredag.",
    familyTie: "no",
    confidentiality: "on",
    startDate: inDays(7),
    endDate: inDays(100),
    extended: "no",
    followUp: "Ukentlig samtale med mentor.",
    hoursPerMonth: "0",
    payType: "monthly",
    payAmount: "48750",
    positionPercent: "100",
    holidayPayPercent: "12",
    otpPercent: "2",
    taxZone: "1",
    accountNumber: "12345678903",
  };
  await queryE2eDb("update grant_applications set answers = $1, step = 6 where id = $2", [
    JSON.stringify(answers),
    url.split("/").pop(),
  ]);
  await page.goto(url);
  await stepHeading(page, "Bekreft og send");
  await expect(page.getByText("Med disse svarene blir tilskuddet 0 kr.", { exact: false })).toBeVisible();

  // Sent without the confirmation: refused, with the reason at the box, and nothing sent.
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await stepHeading(page, "Bekreft og send");
  await expect(
    atField(page, "Søknaden gjelder 0 kr. Kryss av for at du vil sende den likevel, eller endre svarene."),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Feil:/);
  const [draft] = await queryE2eDb<{ status: string }>("select status from grant_applications where id = $1", [
    url.split("/").pop(),
  ]);
  expect(draft?.status).toBe("draft");

  await page.getByRole("checkbox", { name: "Jeg vil sende søknaden selv om tilskuddet blir 0 kr" }).check();
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await expect(page.getByText("Søknaden er sendt.", { exact: false })).toBeVisible();
});
