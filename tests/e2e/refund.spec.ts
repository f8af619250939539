// Refusjon end to end: the employer opens a claim for a finished lønnstilskudd period, fills in
// the wages (a wrong amount is answered at its field, with what was typed kept), sees NAV's
// calculation line by line, sends it; the specialist finds it in the queue and approves it for
// payment; the employer's overview shows the period paid. The claim is made by this spec.
import type { Page } from "@playwright/test";
import { formatDate } from "../../app/format";
import { signInAsEmployer } from "./employer-flows";
import { expect, expectAccessible, test } from "./fixtures";
import { makeReadyClaim } from "./refund-rows";
import { demoUsers, organisationOf } from "./support";

const AFTER_POST = { timeout: 30_000 };

async function signInAsSpecialist(page: Page) {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  await expect(page.getByRole("heading", { name: "Min side", level: 1 })).toBeVisible();
}

test("an employer claims a finished period, the specialist approves it for payment, and the overview shows it paid", async ({
  page,
  newPage,
}) => {
  test.setTimeout(300_000);
  const org = await organisationOf(demoUsers.employer.email);
  const made = await makeReadyClaim(org);
  const period = `${formatDate(made.start)}–${formatDate(made.end)}`;

  await signInAsEmployer(page);
  await page
    .getByRole("navigation", { name: "Arbeidsgiver" })
    .getByRole("link", { name: /Refusjon/ })
    .click();
  await expect(page.getByRole("heading", { name: "Refusjon og utbetalinger", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.locator(`a[href$="/refusjon/${made.claimId}"]`).click();
  await expect(page.getByRole("heading", { name: `Refusjonskrav for ${period}`, level: 1 })).toBeVisible();
  await expect(page.getByText("Overtid, bonus og feriepenger teller ikke med.", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // A wrong amount is answered at its field, and what was typed stays.
  await page.getByLabel("Fastlønn").fill("40 000");
  await page.getByLabel("Timelønn").fill("tolv");
  await page.getByRole("radio", { name: "Nei" }).check();
  await page.getByRole("button", { name: "Beregn refusjon" }).click();
  await expect(page.getByText("Skriv et beløp i hele kroner", { exact: false }).first()).toBeVisible(AFTER_POST);
  await expect(page.getByLabel("Fastlønn")).toHaveValue("40 000");
  await expectAccessible(page);

  // NAV's calculation, line by line, before sending: 40 000 at 10.2 %, 2 %, 14.1 % and 40 % → 20 520.
  await page.getByLabel("Timelønn").fill("");
  await page.getByRole("button", { name: "Beregn refusjon" }).click();
  const calculation = page.getByRole("region", { name: "NAVs beregning, linje for linje" });
  await expect(calculation).toBeVisible(AFTER_POST);
  await expect(calculation.getByRole("row", { name: /Sum kostnader/ })).toContainText("51 301,19 kr");
  await expect(calculation.getByRole("row", { name: /Til utbetaling/ })).toContainText("20 520 kr");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send kravet til NAV" }).click();
  await expect(page.getByText("Kravet er sendt til NAV.").first()).toBeVisible(AFTER_POST);

  // The specialist approves it for payment.
  const specialist = await newPage();
  await signInAsSpecialist(specialist);
  await specialist.getByRole("link", { name: "Refusjonskrav", exact: true }).click();
  await expect(specialist.getByRole("heading", { name: "Refusjonskrav", level: 1 })).toBeVisible();
  await expectAccessible(specialist);
  await specialist.locator(`a[href="/spesialist/refusjon/${made.claimId}"]`).click();
  await expect(specialist.getByRole("heading", { name: `Refusjonskrav for ${period}`, level: 1 })).toBeVisible();
  await expect(
    specialist
      .getByRole("region", { name: "NAVs beregning, linje for linje" })
      .getByRole("row", { name: /Til utbetaling/ }),
  ).toContainText("20 520 kr");
  await expectAccessible(specialist);
  // Sending back needs a reason.
  await specialist.getByRole("radio", { name: "Send tilbake til arbeidsgiver" }).check();
  await specialist.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(specialist.getByText("Skriv en begrunnelse (minst 3 tegn).").first()).toBeVisible(AFTER_POST);
  await specialist.getByRole("radio", { name: "Godkjenn for utbetaling" }).check();
  await specialist.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(specialist.getByText("Kravet er godkjent for utbetaling.").first()).toBeVisible(AFTER_POST);
  await expectAccessible(specialist);

  // The employer's overview: the period paid, and the agreement's totals.
  await page.goto(`/arbeidsgiver/${org}/refusjon`);
  const row = page.getByRole("row").filter({ has: page.locator(`a[href$="/refusjon/${made.claimId}"]`) });
  await expect(row).toContainText("Utbetalt");
  await expect(row).toContainText("20 520 kr");
  await expectAccessible(page);
});
