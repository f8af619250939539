// A click that lands while the page is still starting its JavaScript (a quick thumb on a slow
// phone, or a test on a loaded machine) must do what it does without JavaScript and throw
// nothing. Remix decodes the page's data before its first render; until then its browser entry
// suspends, and React 18 answers a click on a half-hydrated page by hydrating at once, which
// fails with "Root did not complete" (React error #345). CI met it once in the matching spec.
//
// The init script below makes that moment certain instead of rare. hydrateRoot schedules React's
// first render with a MessageChannel message; a click queued as a microtask at that moment runs
// as soon as hydrateRoot has returned, before the render, as a real input event (which Chromium
// runs ahead of other tasks) does on a busy phone. app/entry.client.tsx holds the guard.
import { expect, test } from "./fixtures";

const clickWhileHydrating = () => {
  const post = MessagePort.prototype.postMessage;
  const w = window as unknown as { earlyClicks?: number };
  MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
    // Remix sets its route modules just before it loads the entry that calls hydrateRoot.
    const entryLoaded = "__remixRouteModules" in window;
    if (entryLoaded && w.earlyClicks === undefined) {
      w.earlyClicks = 1;
      queueMicrotask(() => document.body.click());
    }
    return (post as (...a: unknown[]) => void).apply(this, args);
  };
};

for (const address of ["/", "/logg-inn"]) {
  test(`a click on ${address} before the page has hydrated throws nothing, and the page then works`, async ({
    page,
  }) => {
    await page.addInitScript(clickWhileHydrating);
    await page.goto(address);
    // The click did happen during hydration (the script is not silently out of date) ...
    await expect.poll(() => page.evaluate(() => (window as unknown as { earlyClicks?: number }).earlyClicks)).toBe(1);
    // ... and the page hydrated after it: React holds the body (without the guard it never does).
    await expect
      .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__reactFiber$"))))
      .toBe(true);
    await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
    // The fixture fails the test on any page error, such as React's #345.
  });
}

// Once Remix has decoded its data, an early click goes to React, which hydrates at once and runs
// the click's handler: a link Remix handles (client-side navigation, no new document) works even
// when it is clicked before the page has hydrated on its own. The script clicks as soon as the
// data is in (a few microtasks later, as any real input event would land), before React's own
// render. Held back until hydration commits instead, the click would be the browser's own: a new
// document would load, and the test would see it.
const clickWhenDecoded = () => {
  const w = window as unknown as { earlyClicks?: number; __remixContext?: Record<string, unknown> };
  let context: Record<string, unknown> | undefined;
  Object.defineProperty(window, "__remixContext", {
    configurable: true,
    get: () => context,
    set(value: Record<string, unknown>) {
      context = value;
      let state: unknown;
      Object.defineProperty(value, "state", {
        configurable: true,
        get: () => state,
        set(next: unknown) {
          state = next;
          if (w.earlyClicks !== undefined) return;
          w.earlyClicks = 0;
          const click = () => {
            if (!("hydrated" in document.documentElement.dataset)) w.earlyClicks = 1;
            document.querySelector<HTMLAnchorElement>('footer a[href="/hjelp"]')?.click();
          };
          queueMicrotask(() => queueMicrotask(() => queueMicrotask(click)));
        },
      });
    },
  });
};

test("a link Remix handles, clicked once the data is in but before the page has hydrated, navigates in the page", async ({
  page,
}) => {
  await page.addInitScript(clickWhenDecoded);
  await page.goto("/");
  await expect(page).toHaveURL(/\/hjelp$/);
  await expect(page.getByRole("heading", { level: 1, name: /Hjelp/ })).toBeVisible();
  // Still the first document: React navigated (a new document would have run the script anew).
  const document = await page.evaluate(() => ({
    earlyClicks: (window as unknown as { earlyClicks?: number }).earlyClicks,
    loaded: performance.getEntriesByType("navigation").map((entry) => new URL(entry.name).pathname),
  }));
  expect(document).toEqual({ earlyClicks: 1, loaded: ["/"] });
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
});
