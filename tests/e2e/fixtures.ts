import AxeBuilder from "@axe-core/playwright";
import { type Page, test as base, expect } from "@playwright/test";

/** Fails on any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `axe found violations on ${page.url()}`).toEqual([]);
}

/**
 * `page` here scans every page it lands on with axe (after each navigation's load, and the
 * page as it is when the test ends) and fails the test on console errors and page errors.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ browser }, use, testInfo) => {
    // axe needs a page from browser.newContext() (stack.md).
    const context = await browser.newContext(testInfo.project.use);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

    const scanned = new Set<string>();
    const scan = async () => {
      const key = `${page.url()}#${await page.title()}`;
      if (scanned.has(key)) return;
      scanned.add(key);
      await expectAccessible(page);
    };
    const originalGoto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await originalGoto(url, options);
      await scan();
      return response;
    };

    await use(page);
    if (testInfo.status === "passed") await scan();
    await context.close();
    // A 4xx is the server's deliberate answer to a user's mistake (400 for a bad form, 401 for a
    // wrong password, 404 for an unknown page); the browser logs each as a failed load.
    const unexpected = problems.filter(
      (p) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(p),
    );
    expect(unexpected, "the browser reported errors").toEqual([]);
  },
});

export { expect };
