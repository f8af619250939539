// Employer pages that work with links and plain forms are sent without the portal's JavaScript
// (docs/decisions/023): a phone fetches, parses and runs none of it, and the page still does all
// it does. The print button needs only the page's small inline script, and is hidden without it.
import { expect, test } from "./fixtures";
import { demoUsers, organisationOf, queryOneE2e } from "./support";
import { makeHire } from "./test-data";

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
  // The pages with a live preview fetch its small script, and nothing else.
  const job = await queryOneE2e<{ id: string }>(
    "select id from carved_jobs where organisation_id = $1 and status <> 'closed' order by created_at limit 1",
    [org.split("/").pop()],
  );
  for (const path of [`${org}/jobber/ny`, `${org}/jobber/${job.id}`]) {
    scripts.length = 0;
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(scripts, `${path} fetches only the live preview`).toEqual([
      expect.stringMatching(/^\/assets\/live-preview-[\w-]+\.js$/),
    ]);
  }

  // Printing on the refund overview, a page sent without React.
  await page.goto(`${org}/refusjon`);
  await page.getByRole("button", { name: "Skriv ut" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("without any script, the print button is not shown (the browser's own print still works)", async ({ newPage }) => {
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver$/);
  await page.goto(`/arbeidsgiver/${await organisationOf(demoUsers.employer.email)}/refusjon`);
  await expect(page.getByRole("heading", { name: "Refusjon og utbetalinger", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
});

test("on a page sent without React, the summary beside a new job follows what is checked and typed", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver$/);
  const org = await organisationOf(demoUsers.employer.email);
  const task = await queryOneE2e<{ title: string; hours: string }>(
    "select title, hours_per_week::text as hours from task_needs where organisation_id = $1 and status = 'open' order by created_at limit 1",
    [org],
  );
  await page.goto(`/arbeidsgiver/${org}/jobber/ny`);
  expect(
    await page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react"))),
    "React is not on the page",
  ).toBe(false);
  const summary = page.getByRole("region", { name: "Oppsummering av stillingen" });
  await expect(summary.getByTestId("summary-hours")).toHaveText("–");
  // The first task adds a line (the slots' capacity) below the live region: the region stays.
  const firstRegion = await summary.locator("[aria-live]").elementHandle();
  await page.getByRole("checkbox", { name: new RegExp(task.title) }).check();
  const hours = Number(task.hours).toLocaleString("nb-NO", { maximumFractionDigits: 1 });
  await expect(summary.getByTestId("summary-hours")).toHaveText(`${hours} t`);
  expect(await firstRegion?.evaluate((element) => element.isConnected), "the same live region").toBe(true);
  await page.getByRole("button", { name: "Neste" }).click();
  await expect(page.getByRole("heading", { name: /Tilpass stillingen/ })).toBeVisible();
  // 15 hours is 40 % of a 37.5-hour week; the text changes in place, in the summary's live region.
  const region = await summary.locator("[aria-live]").elementHandle();
  // A long description (2 000 characters, 18 KB in an address) is left out of the question.
  await page.getByLabel("Kort om stillingen (valgfritt)").fill("€".repeat(2000));
  await page.getByLabel("Timer per uke").fill("15");
  await expect(summary.getByTestId("summary-position")).toHaveText("40 %");
  expect(await region?.evaluate((element) => element.isConnected), "the live region is the same element").toBe(true);

  // The session ends (signed out elsewhere): the preview's post is redirected to sign-in, and the
  // preview stays as it was; no sign-in page lands in it.
  await page.context().clearCookies();
  const refused = page.waitForResponse((response) => response.url().endsWith("/jobber/oppsummering"));
  await page.getByLabel("Timer per uke").fill("30");
  expect((await refused).status()).toBe(302);
  // Followed, the redirect would fetch the sign-in page at once; give it two seconds to arrive.
  // (Chromium reports the redirect's request even when it is not followed; no answer comes then.)
  const followed = await page
    .waitForResponse((response) => new URL(response.url()).pathname === "/logg-inn", { timeout: 2000 })
    .catch(() => null);
  expect(followed, "the redirect is not followed").toBeNull();
  await expect(summary.getByTestId("summary-position")).toHaveText("40 %");
  await expect(summary.getByText("Logg inn")).toHaveCount(0);
});

test("on a page sent without React, a double click on Send sends the message once", async ({ page, baseURL }) => {
  const hire = await makeHire(baseURL ?? "");
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver$/);
  await page.goto(`/arbeidsgiver/${hire.organisationId}/samtaler/${hire.proposalId}`);
  const text = `Vi ses på mandag, ${hire.title}.`;
  await page.getByRole("textbox", { name: "Ny melding" }).fill(text);
  // A second click while the first answer is on its way: the first post has reached the server
  // (its answer is held back here for a second), and the page is still the one with the form.
  // Without the page's inline script the browser would post the form again, and the server would
  // store the message twice.
  let firstPosted: () => void = () => {};
  const posted = new Promise<void>((resolve) => {
    firstPosted = resolve;
  });
  const conversation = (url: URL) => url.pathname.endsWith(`/samtaler/${hire.proposalId}`);
  await page.route(conversation, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    firstPosted();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // The browser may have given this navigation up for a later one.
    await route.fulfill({ response }).catch(() => {});
  });
  const box = await page.getByRole("button", { name: "Send" }).boundingBox();
  if (!box) throw new Error("the Send button is not on the page");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await posted;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText("Meldingen er sendt.")).toBeVisible();
  await page.unroute(conversation);
  await page.goto(`/arbeidsgiver/${hire.organisationId}/samtaler/${hire.proposalId}`);
  await expect(page.getByText(text)).toHaveCount(1);
  const stored = await queryOneE2e<{ n: number }>(
    "select count(*)::int as n from messages where proposal_id = $1 and body = $2",
    [hire.proposalId, text],
  );
  expect(stored.n).toBe(1);
});
