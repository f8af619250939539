// A guided form driven by keyboard alone, with and without JavaScript: after each "Neste" focus
// lands on the new step's heading, or on the error summary whose links lead to the fields, and the
// page title names the step (and says "Feil:" when there are errors).
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { organisationOf } from "./support";

/** Where keyboard focus is: the element's tag and accessible text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim(),
      inErrorSummary: Boolean(el?.closest(".aksel-error-summary")),
      name: el?.getAttribute("name") ?? "",
    };
  });

/**
 * `scan`: run axe on the error state now. axe cannot run in a page with JavaScript turned off (it
 * waits forever); there the fixture scans each page's markup at the test's end instead.
 */
async function driveByKeyboard(page: Page, { scan }: { scan: boolean }) {
  const orgA = await organisationOf("kari.arbeidsgiver@demo.arbeidsbro.no");
  await page.goto(`/arbeidsgiver/${orgA}/oppgaver/ny`);
  await expect(page).toHaveTitle(/^Steg 1 av 5, Oppgaven – Nytt oppgavebehov/);

  // Too short a title, and Enter in the field: the server answers with the step's errors.
  await page.getByLabel("Hva heter oppgaven?").focus();
  await page.keyboard.type("Te");
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^Feil: Steg 1 av 5, Oppgaven – /);
  await expect
    .poll(async () => (await focused(page)).inErrorSummary, { message: "focus on the error summary" })
    .toBe(true);
  if (scan) await expectAccessible(page);

  // Tab to the summary's first link and follow it: focus lands in the title field, text kept.
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatchObject({ tag: "a", text: "Skriv hva oppgaven heter (minst 3 tegn)." });
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Hva heter oppgaven?")).toBeFocused();
  await expect(page.getByLabel("Hva heter oppgaven?")).toHaveValue("Te");

  // Fix it (End first: without JavaScript the caret starts before the kept text), Tab past the
  // description to the kind of work, pick one with the arrow key, Tab to "Neste" and press it.
  await page.keyboard.press("End");
  await page.keyboard.type("rke bord");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Beskriv oppgaven (valgfritt)")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Type arbeid")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Neste" })).toBeFocused();
  await page.keyboard.press("Enter");

  // The next step: focus on its heading, the title names it.
  await expect(page).toHaveTitle(/^Steg 2 av 5, Når og hvor – Nytt oppgavebehov/);
  await expect(page.getByRole("heading", { level: 2, name: /Når og hvor/ })).toBeFocused();
  expect((await focused(page)).tag).toBe("h2");

  // Enter in a text field on step 2 means "Neste", not "Forrige" (the first button on the screen).
  await page.getByLabel("Timer per uke oppgaven tar").fill("4");
  await page.getByLabel("Timer per uke oppgaven tar").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^Feil: Steg 2 av 5, Når og hvor – /);
  await expect.poll(async () => (await focused(page)).inErrorSummary).toBe(true);
  await expect(page.getByRole("link", { name: "Kryss av for minst én dag og tid på døgnet." })).toBeVisible();

  // Back, by keyboard: "Forrige" never validates, and focus lands on step 1's heading.
  await page.getByRole("button", { name: "Forrige" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveTitle(/^Steg 1 av 5, Oppgaven – /);
  await expect(page.getByRole("heading", { level: 2, name: /Oppgaven/ })).toBeFocused();
  await expect(page.getByLabel("Hva heter oppgaven?")).toHaveValue("Terke bord");
}

test("with JavaScript, a keyboard user is taken to the step heading or the error summary after each step", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: /Logg inn som Kari Nilsen/ }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver/);
  await driveByKeyboard(page, { scan: true });
});

test("without JavaScript, the server's answer puts focus on the step heading or the error summary", async ({
  newPage,
}) => {
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: /Logg inn som Kari Nilsen/ }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver/);
  await driveByKeyboard(page, { scan: false });
});
