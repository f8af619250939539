// Steps an employer takes in the browser, shared by the job and the matching specs.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { demoUsers } from "./support";

export async function signInAsEmployer(page: Page): Promise<string> {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await page
    .getByRole("link", { name: /Polarkjøkken AS/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Polarkjøkken AS", level: 1 })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The guided task flow, one step at a time, as an employer would fill it in. */
export async function postTaskNeed(
  page: Page,
  task: { title: string; hours: string; slots: string[]; strength: string },
) {
  await page.getByRole("link", { name: "Nytt oppgavebehov" }).click();
  await expect(page.getByRole("heading", { name: "Nytt oppgavebehov", level: 1 })).toBeVisible();
  await page.getByLabel("Hva heter oppgaven?").fill(task.title);
  await page.getByLabel("Type arbeid").selectOption("kjokken-kantine");
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Når og hvor/ })).toBeVisible();
  for (const slot of task.slots) await page.getByLabel(slot).check();
  await page.getByLabel("Timer per uke oppgaven tar").fill(task.hours);
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Hva som trengs/ })).toBeVisible();
  await page.getByLabel(task.strength).check();
  await page.getByLabel("I et lite team").check();
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Tilrettelegging/ })).toBeVisible();
  await page.getByLabel("En kollega kan være fadder (mentor) for den som får oppgaven").check();
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Oppsummering/ })).toBeVisible();
  await expect(page.getByText(task.title)).toBeVisible();
  await page.getByRole("button", { name: "Publiser oppgaven" }).click();
  await expect(page.getByText("Oppgavebehovet er publisert.")).toBeVisible();
}
