import type { ReactNode } from "react";
import * as texts from "~/texts";

/**
 * A table that scrolls sideways inside its own region on a narrow screen, so the page itself
 * never does (WCAG 1.4.10). The region can take focus, so it scrolls with the keyboard too.
 */
export function TableScroll({ label, children }: { label?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="table-scroll" aria-label={label ?? texts.wayfinding.tableRegion} tabIndex={0}>
      {children}
    </section>
  );
}
