// The norms dashboard: a specialist's own results and the office leader's, with and without
// JavaScript; a CSV download holds the same numbers as the table on the page; the page reflows
// at 375 px. Reads the demo history only (changes nothing).
import type { Page } from "@playwright/test";
import { type NewPage, expect, test } from "./fixtures";
import { demoUsers } from "./support";

async function signIn(page: Page, who: "specialist" | "leader", role: string) {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers[who].name} (${role})` }).click();
  await expect(page.getByRole("button", { name: "Logg ut" })).toBeVisible();
}

/** The cells of a table on the page, by its data-table id, rows of text. */
async function tableCells(page: Page, id: string): Promise<string[][]> {
  return page
    .locator(`table[data-table="${id}"] tr`)
    .evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll("th, td")).map((c) => c.textContent?.trim() ?? "")),
    );
}

async function noJsPage(newPage: NewPage, who: "specialist" | "leader", role: string, path: string) {
  const page = await newPage({ javaScriptEnabled: false });
  await signIn(page, who, role);
  await page.goto(path);
  return page;
}

test("the leader sees the office's figures per specialist, with charts and norm lines, and no candidate", async ({
  page,
}) => {
  await signIn(page, "leader", "leder");
  await page.goto("/leder");
  await expect(page.getByRole("heading", { level: 1, name: "Resultater for NAV Tromsø" })).toBeVisible();
  // The office's totals are set against the per-specialist norms through the average.
  await expect(
    page.getByText(/Saksmengde: \d+ i alt, [\d,]+ per jobbspesialist i snitt \(norm 12–20 per/),
  ).toBeVisible();
  const cohortChart = page.getByRole("img", { name: /Andel i arbeid innen ett år, per startkvartal/ });
  await expect(cohortChart).toBeVisible();
  await expect(cohortChart.locator("text", { hasText: "Norm 65 %" })).toHaveCount(1);
  await expect(page.getByRole("img", { name: /Saksmengde per jobbspesialist/ })).toBeVisible();
  const perSpecialist = await tableCells(page, "spesialister");
  expect(perSpecialist.map((r) => r[0])).toEqual(expect.arrayContaining(["Per Hansen", "Mari Olsen", "Hele kontoret"]));
  // No candidate code or name anywhere on the leader's page.
  await expect(page.getByText(/\bHT-\d{6}\b/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Hvordan tallene regnes ut" })).toBeVisible();
  // Filter to one specialist: only that row remains.
  await page.getByLabel("Jobbspesialist", { exact: true }).selectOption({ label: "Per Hansen" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/spesialist=/);
  expect((await tableCells(page, "spesialister")).slice(1).map((r) => r[0])).toEqual(["Per Hansen"]);
  await expect(page.getByText(/Saksmengde: \d+ \(norm 12–20\) – over normen/)).toBeVisible();
});

test("a CSV download has the same numbers as the table on the page", async ({ page }) => {
  await signIn(page, "leader", "leder");
  await page.goto("/leder?fra=2024&tilskudd=alle");
  const table = await tableCells(page, "fast");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned «Fra midlertidig til fast» som CSV" }).click();
  const file = await download;
  const text = (await (await file.createReadStream()).toArray()).join("");
  const csv = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/)
    .map((line) => line.split(";"));
  expect(csv).toEqual(table);
  expect(csv[0]).toEqual(["Ansatt midlertidig", "Gjort fast", "Andel"]);
  expect(Number(csv[1]?.[0])).toBeGreaterThan(0);
});

test("the specialist sees their own figures and the people behind them", async ({ page }) => {
  await signIn(page, "specialist", "jobbspesialist");
  await page.goto("/spesialist/resultater");
  await expect(page.getByRole("heading", { level: 1, name: "Mine resultater" })).toBeVisible();
  await expect(page.getByText(/Saksmengde: \d+ \(norm 12–20\)/)).toBeVisible();
  const own = await tableCells(page, "mine-na");
  expect(own.length).toBeGreaterThan(1);
  expect(own.slice(1).every((r) => /^HT-\d{6}$/.test(r[0] ?? "") || /^[A-Z]/.test(r[0] ?? ""))).toBe(true);
  // Only their own row in the per-specialist table.
  expect((await tableCells(page, "spesialister")).slice(1).map((r) => r[0])).toEqual(["Per Hansen"]);
  // A leader's page is not theirs.
  expect((await page.request.get("/leder", { maxRedirects: 0 })).status()).toBe(403);
});

test("both dashboards work without JavaScript: figures, charts and the filter form", async ({ newPage }) => {
  for (const [who, role, path, heading] of [
    ["leader", "leder", "/leder", "Resultater for NAV Tromsø"],
    ["specialist", "jobbspesialist", "/spesialist/resultater", "Mine resultater"],
  ] as const) {
    const page = await noJsPage(newPage, who, role, path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("img", { name: /Andel i arbeid innen ett år/ })).toBeVisible();
    // The filter form is a plain GET form: a wrong year answers with the message at the field.
    await page.getByLabel("Fra år").fill("tjue");
    await page.getByRole("button", { name: "Vis" }).click();
    await expect(page.getByText("Skriv et år mellom 2000 og 2100.").first()).toBeVisible();
  }
});

test("the dashboard reflows at 375 px: no sideways scrolling of the page", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "leader", "leder");
  await page.goto("/leder");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
