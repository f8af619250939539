// The specialist ends a person's follow-up on the candidate page and takes it up again, without
// JavaScript on a 375 px phone: a wrong date is answered at the field with the choice kept, the
// ended follow-up shows its date and reason. Works on a candidate the spec registers itself.
import { expect, test } from "./fixtures";
import { demoUsers, inDays } from "./support";
import { makeCandidate } from "./test-data";

test("a specialist ends a follow-up and takes it up again, without JavaScript", async ({ newPage, baseURL }) => {
  const candidate = await makeCandidate(baseURL ?? "");
  const page = await newPage({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  await page.goto(`/spesialist/kandidater/${candidate.id}`);
  const section = page.getByRole("region", { name: "Oppfølging" });
  await section.getByRole("radio", { name: "Flyttet" }).check();
  await section.getByLabel("Dato oppfølgingen ble avsluttet").fill("31.12.2099");
  await section.getByRole("button", { name: "Avslutt oppfølging" }).click();
  await expect(section.getByText("Datoen kan ikke være etter i dag.")).toBeVisible();
  await expect(section.getByRole("radio", { name: "Flyttet" })).toBeChecked();
  await expect(section.getByLabel("Dato oppfølgingen ble avsluttet")).toHaveValue("31.12.2099");
  // No horizontal scrolling on the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await section.getByLabel("Dato oppfølgingen ble avsluttet").fill(inDays(0));
  await section.getByRole("button", { name: "Avslutt oppfølging" }).click();
  await expect(page.getByText("Oppfølgingen er avsluttet.")).toBeVisible();
  await expect(section.getByText(/Oppfølgingen ble avsluttet .*: Flyttet\./)).toBeVisible();

  await section.getByRole("button", { name: "Gjenoppta oppfølging" }).click();
  await expect(page.getByText("Oppfølgingen er gjenopptatt.")).toBeVisible();
  await expect(section.getByRole("button", { name: "Avslutt oppfølging" })).toBeVisible();
});
