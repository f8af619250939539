// The municipality choice (issue #20, point 6): by name, not by number; a plain select without
// JavaScript, a searchable combobox with it; both post the municipality's number.
import { expect, test } from "./fixtures";
import { chooseMunicipality, chosenMunicipality } from "./municipality-choice";
import { demoUsers } from "./support";

const label = "Kommune (bor i eller kan reise til)";

async function signInAsSpecialist(page: import("@playwright/test").Page) {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  await expect(page).toHaveURL(/\/spesialist$/);
}

test("with JavaScript, a specialist finds a municipality by typing part of its name", async ({ page }) => {
  await signInAsSpecialist(page);
  await page.goto("/spesialist/sok");
  await page.setViewportSize({ width: 375, height: 800 });
  await chooseMunicipality(page, label, "Harstad", "5503");
  // The combobox fits a phone: nothing sticks out to the right.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/[?&]municipality=5503(&|$)/);
  // The answer keeps the choice in the combobox.
  await expect(chosenMunicipality(page, "Harstad (5503)")).toBeVisible();
});

test("without JavaScript, the choice is a plain select sorted by name, and it searches", async ({ newPage }) => {
  const page = await newPage({ javaScriptEnabled: false });
  await signInAsSpecialist(page);
  await page.goto("/spesialist/sok");
  const select = page.locator("select").and(page.getByLabel(label, { exact: true }));
  const names = await select.locator("option").allTextContents();
  expect(names[0]).toBe("Alle kommuner");
  // By name, the Norwegian way: Æ, Ø and Å after Z; not by number (Oslo, 0301, would be first).
  expect(names[1]).toMatch(/^Agdenes|^Alstahaug|^Alta|^Alvdal|^Alver|^Andøy|^Aremark|^Arendal|^Asker|^Askvoll|^Askøy/);
  expect(names.indexOf("Oslo (0301)")).toBeGreaterThan(names.indexOf("Bergen (4601)"));
  expect(names.indexOf("Ås (3218)")).toBeGreaterThan(names.indexOf("Øygarden (4626)"));
  expect(names.at(-1)).toMatch(/^Å/);
  await select.selectOption("5503");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/[?&]municipality=5503(&|$)/);
  await expect(select).toHaveValue("5503");
});
