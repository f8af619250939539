import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type TestInfo,
  test as base,
  expect,
} from "@playwright/test";
import { createHash } from "node:crypto";
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

/** What a no-JavaScript visitor gets: the page's markup with its scripts taken out. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");

/**
 * The kinds of page this worker has scanned. The same page reached again by another test, with
 * other rows but the same elements (the same forms, fields, alerts and components, at the same
 * width, with or without JavaScript), is not scanned again: axe's rules look at the elements,
 * their names and their styles, and the access matrix alone reaches each page as eight roles.
 * A page with an element it did not have before (an error summary, another status's form, a
 * success alert) is another shape, and is scanned.
 */
const shapesScanned = new Set<string>();
const anId = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=\/)\d+(?=\/|$)/gi;

async function shapeOf(page: Page, scripts: boolean): Promise<string> {
  const elements = await page.evaluate(() => {
    const seen = new Set<string>();
    for (const element of document.querySelectorAll("body *")) {
      const type = element.getAttribute("type");
      const role = element.getAttribute("role");
      const classes = element.getAttribute("class");
      seen.add(`${element.localName}${type ? `/${type}` : ""}${role ? `#${role}` : ""}${classes ? `.${classes}` : ""}`);
    }
    return [...seen].sort().join(" ");
  });
  const path = new URL(page.url()).pathname.replace(anId, ":id");
  const digest = createHash("sha1").update(elements).digest("hex");
  return `${path} ${scripts ? "js" : "no-js"} ${page.viewportSize()?.width ?? 0} ${digest}`;
}

interface Watch {
  /** Waits for the scans of the pages reached, scans the page as it is now, and fails on what was found. */
  finish(): Promise<void>;
  /** Console and page errors, except a 4xx load (the server's deliberate answer to a mistake). */
  problems(): string[];
}

/**
 * Scans every page `page` reaches (by address and title, so a form answered with errors at the
 * same address is scanned too; the query string is left out: a search with other words is the
 * same page, and axe on the specialist's long filter form holds the page's thread for many
 * seconds on a loaded machine): after page.goto, and after any other navigation of the main frame
 * (a click on a link, a posted form, a redirect, Remix's client-side routing). Collects console
 * and page errors with the page's address and the stack, so a rare one in CI is readable from
 * the log alone.
 *
 * A page with JavaScript turned off cannot run axe (axe.run waits on timers that never fire
 * there). Its markup is kept on each arrival instead, and scanned at the test's end in a page
 * with JavaScript that is served exactly that markup, scripts removed, at the same address
 * (so the styles load as they did).
 */
function watch(page: Page, browser: Browser, testInfo: TestInfo, options: BrowserContextOptions = {}): Watch {
  const scripts = options.javaScriptEnabled !== false;
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}\n${error.stack ?? ""}`));

  const scanned = new Set<string>();
  const found: string[] = [];
  const arrivals: Promise<void>[] = [];
  const snapshots = new Map<string, { url: string; html: string }>();

  const keyOf = async () => `${new URL(page.url()).pathname}#${await page.title()}`;
  const look = async (key: string) => {
    if (!scripts) {
      const url = page.url();
      const html = await page.content();
      // A navigation in between would pair this address with the next page's markup.
      if (page.url() === url) snapshots.set(key, { url, html });
      else scanned.delete(key);
      return;
    }
    const violations = await violationsOf(page);
    if (violations.length > 0) found.push(`axe found violations on ${key}:\n  ${violations.join("\n  ")}`);
  };
  const scan = async (strict: boolean) => {
    for (let attempt = 1; ; attempt++) {
      let key: string | undefined;
      try {
        key = await keyOf();
        if (scanned.has(key)) return;
        scanned.add(key);
        // A JSON or plain-text answer (a health check, a CSV) is not a page a person reads.
        if ((await page.evaluate(() => document.contentType)) !== "text/html") return;
        const shape = await shapeOf(page, scripts);
        if (shapesScanned.has(shape)) return;
        shapesScanned.add(shape);
        try {
          await look(key);
        } catch (error) {
          shapesScanned.delete(shape);
          throw error;
        }
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

  const scanSnapshots = async () => {
    if (snapshots.size === 0) return;
    // The page's own options (a phone's viewport, the locale), with JavaScript for axe.
    const context = await browser.newContext({ ...testInfo.project.use, ...options, javaScriptEnabled: true });
    try {
      const viewer = await context.newPage();
      // One route for the whole scan: the document request for the snapshot's address (without
      // its #fragment, which a request never carries) gets the kept markup; styles and fonts
      // come from the portal. A scan whose document was not served from the snapshot fails,
      // rather than checking whatever the server would answer a context without cookies.
      let current: { url: string; html: string; served: boolean } | undefined;
      const withoutFragment = (address: string) => address.split("#")[0];
      await viewer.route(
        (u) => current !== undefined && withoutFragment(u.href) === withoutFragment(current.url),
        (route) => {
          if (!current || !route.request().isNavigationRequest()) return route.continue();
          current.served = true;
          return route.fulfill({
            status: 200,
            contentType: "text/html; charset=utf-8",
            body: withoutScripts(current.html),
          });
        },
      );
      for (const [key, { url, html }] of snapshots) {
        current = { url, html, served: false };
        await viewer.goto(url);
        if (!current.served) {
          found.push(`axe could not scan ${key} (without JavaScript): its markup was not served`);
          continue;
        }
        const violations = await violationsOf(viewer);
        if (violations.length > 0)
          found.push(`axe found violations on ${key} (without JavaScript):\n  ${violations.join("\n  ")}`);
      }
    } finally {
      await context.close();
    }
  };

  return {
    async finish() {
      // The arrivals first: a scan at the end must not race one still running on the same page.
      await Promise.all(arrivals);
      if (!page.isClosed()) {
        await page.waitForLoadState("load");
        await scan(true);
      }
      await Promise.all(arrivals);
      await scanSnapshots();
      expect(found, "axe, on the pages reached by clicks and redirects").toEqual([]);
    },
    problems: () =>
      problems.filter((p) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(p)),
  };
}

/**
 * `page` scans every page it lands on with axe and fails the test on console errors and page
 * errors (see `watch`). `newPage(options)` opens another page in a context of its own (another
 * user, JavaScript off, a phone's viewport) that is watched the same way: use it rather than
 * `browser.newPage()`, so no page a spec reaches goes unscanned.
 */
/** Opens a watched page in a context of its own: `test`'s `newPage` fixture. */
export type NewPage = (options?: BrowserContextOptions) => Promise<Page>;

export const test = base.extend<{ page: Page; newPage: NewPage }>({
  page: async ({ browser }, use, testInfo) => {
    const context = await browser.newContext(testInfo.project.use);
    const page = await context.newPage();
    const watched = watch(page, browser, testInfo);
    await use(page);
    try {
      if (testInfo.status === "passed") await watched.finish();
    } finally {
      await context.close();
    }
    expect(watched.problems(), "the browser reported errors").toEqual([]);
  },
  newPage: async ({ browser }, use, testInfo) => {
    const opened: Array<{ context: BrowserContext; watched: Watch }> = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ ...testInfo.project.use, ...options });
      const page = await context.newPage();
      opened.push({ context, watched: watch(page, browser, testInfo, options) });
      return page;
    });
    try {
      if (testInfo.status === "passed") for (const { watched } of opened) await watched.finish();
      for (const { watched } of opened) expect(watched.problems(), "the browser reported errors").toEqual([]);
    } finally {
      for (const { context } of opened) await context.close();
    }
  },
});

export { expect };
