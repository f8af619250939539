import { expect, test } from "./fixtures";

test("the front page explains the portal in Norwegian, with a skip link and landmarks", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Arbeidsbro/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Bygg bro");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();

  // The first Tab lands on the skip link, and following it moves focus to the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the front page uses the self-hosted font and loads nothing from other hosts", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1") && !request.url().startsWith("data:"))
      foreign.push(request.url());
  });
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready);
  const fontLoaded = await page.evaluate(() => document.fonts.check('16px "Source Sans 3"'));
  expect(fontLoaded).toBe(true);
  expect(foreign).toEqual([]);
});

test("/healthz answers 200 with both services up", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", search: "ok" });
});

test("an unknown address shows the Norwegian not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/denne-siden-finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Gå til forsiden" })).toBeVisible();
});

test("pages are sent with security headers and a nonce-based script policy", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
