// Registration looks the organisation number up in Enhetsregisteret (issue #20, point 7), here a
// stub of its API (tests/support/enhetsregisteret-stub.ts): found → name, address and municipality
// filled in; not found or no answer → a plain message, and the employer types the name.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

async function lookUp(page: Page, orgNumber: string) {
  await page.goto("/registrer");
  await page.getByLabel("Fullt navn").fill("Nora Nybakk");
  await page.getByLabel("Organisasjonsnummer").fill(orgNumber);
  await page.getByRole("button", { name: "Hent fra Enhetsregisteret" }).click();
}

test("with JavaScript, a found number fills in the name, address and municipality, and keeps what was typed", async ({
  page,
}) => {
  await lookUp(page, "974 760 673");
  await expect(page.getByRole("status").filter({ hasText: "Fant REGISTERENHETEN I BRØNNØYSUND" })).toBeVisible();
  await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("REGISTERENHETEN I BRØNNØYSUND");
  await expect(page.getByLabel("Adresse", { exact: false })).toHaveValue("Havnegata 48, 8900 BRØNNØYSUND");
  await expect(page.getByLabel("Kommune", { exact: true })).toHaveValue("1813");
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Nora Nybakk");
});

test("a number the register does not know, or no answer in time, leaves the employer to type the name", async ({
  page,
}) => {
  await lookUp(page, "123456785");
  await expect(page.getByRole("status").filter({ hasText: "Fant ikke organisasjonsnummeret" })).toBeVisible();
  await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("");
  await expect(page.getByLabel("Organisasjonsnummer")).toHaveValue("123456785");

  // The stub holds this number's request; the portal stops waiting and says so.
  await lookUp(page, "889640782");
  await expect(page.getByRole("status").filter({ hasText: "Enhetsregisteret svarte ikke" })).toBeVisible();
  await page.getByLabel("Organisasjonens navn").fill("Nybakk Bakeri AS");
  await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("Nybakk Bakeri AS");
});

test("an invalid number is refused at the field before any lookup", async ({ page }) => {
  await lookUp(page, "123");
  await expect(page.getByText("Organisasjonsnummeret er ikke gyldig.")).toBeVisible();
});

test("without JavaScript, the button is a plain submit that answers with the form filled in", async ({ newPage }) => {
  const page = await newPage({ javaScriptEnabled: false });
  await lookUp(page, "974760673");
  await expect(page.getByText("Fant REGISTERENHETEN I BRØNNØYSUND")).toBeVisible();
  await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("REGISTERENHETEN I BRØNNØYSUND");
  await expect(page.getByLabel("Kommune", { exact: true })).toHaveValue("1813");
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Nora Nybakk");

  // A server-checked invalid number answers 400 with the message at the field.
  await lookUp(page, "12345678");
  await expect(page.getByText("Organisasjonsnummeret er ikke gyldig.")).toBeVisible();
});
