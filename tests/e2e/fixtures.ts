import { type Page, test as base, expect } from "@playwright/test";
import axe from "axe-core";

const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The WCAG 2.1 A/AA violations on the page as it is now, one line each. axe-core is put into the
 * document once and stays there across Remix's client-side navigations, so a wizard's next step
 * costs one axe run, not a fresh copy of axe (and a helper page) each time as @axe-core/playwright
 * does. The portal has no frames, so the one document is the whole page.
 */
async function violationsOf(page: Page): Promise<string[]> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!present) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    // One run at a time in a document: a scan on arrival and a test's own scan may overlap.
    const w = window as unknown as { axe: typeof axe; axeQueue?: Promise<unknown> };
    const run = (w.axeQueue ?? Promise.resolve()).then(() =>
      w.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    );
    w.axeQueue = run.catch(() => undefined);
    const results = await run;
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, wcag21aa);
  return [
    ...violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(", ")}`),
    ...(await brokenIdReferences(page)),
  ];
}

/**
 * Labels, descriptions and popovers that point at an id no element has. axe passes an
 * aria-describedby when any one of its ids exists and leaves a label's `for` to the name rules,
 * so this checks every id (found while trying Preact in the browser, decision 022, where the
 * server's and the browser's ids parted after the first field error).
 */
async function brokenIdReferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const attributes = ["for", "aria-labelledby", "aria-describedby", "aria-errormessage", "popovertarget"];
    for (const attribute of attributes) {
      for (const element of document.querySelectorAll(`[${attribute}]`)) {
        for (const id of (element.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) {
            broken.push(
              `broken id reference: <${element.localName} ${attribute}="${element.getAttribute(attribute)}"> has no #${id}`,
            );
          }
        }
      }
    }
    return broken;
  });
}

/** Fails on any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await violationsOf(page), `axe found violations on ${page.url()}`).toEqual([]);
}

/** The page went away while axe looked at it: the next page is scanned on its own arrival. */
const navigatedAway = (error: unknown) =>
  /Execution context was destroyed|Target page, context or browser has been closed|navigat/i.test(String(error));

/**
 * `page` here scans every page it lands on with axe (after each navigation's load, and the
 * page as it is when the test ends) and fails the test on console errors and page errors.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ browser }, use, testInfo) => {
    const context = await browser.newContext(testInfo.project.use);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console.error on ${page.url()}: ${message.text()}`);
    });
    // Where it happened and the stack: a rare error in CI must be readable from the log alone.
    page.on("pageerror", (error) =>
      problems.push(`page error on ${page.url()}: ${error.message}\n${error.stack ?? ""}`),
    );

    // Every page the test reaches is scanned once (by address and title, so a form answered with
    // errors at the same address is scanned too; the query string is left out: a search with other
    // words is the same page, and axe on the specialist's long filter form holds the page's thread
    // for many seconds on a loaded machine): after page.goto, and after any other navigation of
    // the main frame (a click on a link, a posted form, a redirect, Remix's client-side routing).
    const scanned = new Set<string>();
    const found: string[] = [];
    const arrivals: Promise<void>[] = [];
    const scan = async (strict: boolean) => {
      for (let attempt = 1; ; attempt++) {
        let key: string | undefined;
        try {
          key = `${new URL(page.url()).pathname}#${await page.title()}`;
          if (scanned.has(key)) return;
          scanned.add(key);
          const violations = await violationsOf(page);
          if (violations.length > 0) found.push(`axe found violations on ${key}:\n  ${violations.join("\n  ")}`);
          return;
        } catch (error) {
          // The page went on to the next one while axe looked (a redirect, a click at a test's
          // end such as "Logg ut"): that page is scanned where it lands, by its own arrival, or
          // here after its load when the scan must happen now. Any other failure counts.
          if (key) scanned.delete(key);
          if (!navigatedAway(error)) throw error;
          if (!strict) return;
          if (attempt === 3) throw error;
          await page.waitForLoadState("load");
        }
      }
    };
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      arrivals.push(
        page
          .waitForLoadState("load")
          .then(() => scan(false))
          .catch((error) => {
            if (!navigatedAway(error)) found.push(`axe could not scan ${page.url()}: ${error}`);
          }),
      );
    });
    const originalGoto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await originalGoto(url, options);
      await scan(true);
      expect(found, "axe").toEqual([]);
      return response;
    };

    await use(page);
    if (testInfo.status === "passed") {
      // The arrivals first: a scan at the end must not race one still running on the same page.
      await Promise.all(arrivals);
      await page.waitForLoadState("load");
      await scan(true);
      await Promise.all(arrivals);
      expect(found, "axe, on the pages reached by clicks and redirects").toEqual([]);
    }
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
