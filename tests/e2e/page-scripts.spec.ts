// Employer pages that work with links and plain forms are sent without the portal's JavaScript
// (docs/decisions/023): a phone fetches, parses and runs none of it, and the page still does all
// it does. The print button needs only the page's small inline script, and is hidden without it.
import { expect, test } from "./fixtures";
import { demoUsers, organisationOf } from "./support";

test("employer pages are sent without JavaScript files; the print button prints with the inline script", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed += 1;
    };
  });
  // The sign-in page keeps its scripts: the count below would see them.
  await page.goto("/logg-inn");
  expect(scripts.length, "the sign-in page loads the portal's JavaScript").toBeGreaterThan(0);
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver$/);

  const org = `/arbeidsgiver/${await organisationOf(demoUsers.employer.email)}`;
  const pages = [
    "/arbeidsgiver",
    org,
    `${org}/forslag`,
    `${org}/ansatte`,
    `${org}/samtaler`,
    `${org}/tilskudd`,
    `${org}/refusjon`,
    `${org}/oppgaver/ny`,
  ];
  for (const path of pages) {
    scripts.length = 0;
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(scripts, `${path} fetches no JavaScript`).toEqual([]);
    expect(await page.locator("script[src], link[rel=modulepreload]").count(), `${path} names no script`).toBe(0);
  }

  // Printing on the refund overview, a page sent without React.
  await page.goto(`${org}/refusjon`);
  await page.getByRole("button", { name: "Skriv ut" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("without any script, the print button is not shown (the browser's own print still works)", async ({
  browser,
}) => {
  const context = await browser.newContext({ ...test.info().project.use, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver$/);
  await page.goto(`/arbeidsgiver/${await organisationOf(demoUsers.employer.email)}/refusjon`);
  await expect(page.getByRole("heading", { name: "Refusjon og utbetalinger", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
  await context.close();
});
