import { RemixBrowser } from "@remix-run/react";
import { type ReactNode, StrictMode, startTransition, useEffect } from "react";
import { hydrateRoot } from "react-dom/client";

// Remix's own browser entry, with one guard. Remix decodes the data streamed into the page before
// its first render, and suspends until then. React 18 answers a click, a key or a submit that
// reaches a page it has not yet hydrated by hydrating at once; when that happens before the data is
// decoded it fails with "Root did not complete" (React error #345) and the page never hydrates, so
// a quick tap on a slow phone left the page without its JavaScript. Until Remix has decoded its
// data (`__remixContext.state` is set then), such events stop at the window: they still do what
// they do without JavaScript (a link is followed, a form is posted, a box is ticked), which every
// page supports, and React never sees them. From then on React gets them and hydrates at once, so
// a button that needs JavaScript works even before the rest of the page has hydrated.
// tests/e2e/early-click.spec.ts makes both moments certain and checks each.

/** The events React 18 hydrates synchronously for (its `discreteReplayableEvents`). */
const discreteEvents = [
  "mousedown",
  "mouseup",
  "touchcancel",
  "touchend",
  "touchstart",
  "auxclick",
  "dblclick",
  "pointercancel",
  "pointerdown",
  "pointerup",
  "dragend",
  "dragstart",
  "drop",
  "compositionend",
  "compositionstart",
  "keydown",
  "keypress",
  "keyup",
  "input",
  "textInput",
  "copy",
  "cut",
  "paste",
  "click",
  "change",
  "contextmenu",
  "reset",
  "submit",
] as const;

const decoded = () => (window as { __remixContext?: { state?: unknown } }).__remixContext?.state !== undefined;
const holdBack = (event: Event) => {
  if (!decoded()) event.stopPropagation();
};
for (const type of discreteEvents) window.addEventListener(type, holdBack, true);

/** Lifts the guard once the page has hydrated, and says so on <html data-hydrated>. */
function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    for (const type of discreteEvents) window.removeEventListener(type, holdBack, true);
    document.documentElement.dataset.hydrated = "";
  }, []);
  return children;
}

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <Hydrated>
        <RemixBrowser />
      </Hydrated>
    </StrictMode>,
  );
});
