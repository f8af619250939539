import { type Page, expect } from "@playwright/test";

/**
 * Picks a municipality in a MunicipalitySelect with JavaScript on: waits for the searchable
 * combobox (a text input; before it loads the field is a plain select), types part of the name
 * and picks the option. `number` is the value the form then posts.
 */
export async function chooseMunicipality(page: Page, label: string, name: string, number: string): Promise<void> {
  const input = page.locator("input").and(page.getByLabel(label, { exact: true }));
  await input.fill(name.slice(0, 4));
  // The open list is named after the field, so a screen reader says which list it is.
  await expect(page.getByRole("listbox", { name: label, exact: true })).toBeVisible();
  // The combobox's own list (a native multiple select on the same page has options too).
  await page
    .getByRole("option", { name: `${name} (${number})` })
    .and(page.locator("li"))
    .click();
  await expect(chosenMunicipality(page, `${name} (${number})`)).toBeVisible();
}

/** The combobox shows its choice beside the (then empty) text field. */
export function chosenMunicipality(page: Page, text: string) {
  return page.locator(".aksel-combobox__selected-options", { hasText: text });
}
