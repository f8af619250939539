import type { ReactNode } from "react";
import { iconSvgProps } from "~/components/icon";

const chevron =
  "M5.97 9.47a.75.75 0 0 1 1.06 0L12 14.44l4.97-4.97a.75.75 0 1 1 1.06 1.06l-5.5 5.5a.75.75 0 0 1-1.06 0l-5.5-5.5a.75.75 0 0 1 0-1.06";

/**
 * Aksel's ReadMore as it looks, on the browser's own <details>: it opens and closes without
 * JavaScript, so it works on a page sent without scripts (docs/decisions/023). Aksel's React
 * ReadMore keeps its text shut until React has loaded.
 */
export function ReadMore({ header, children }: { header: string; children: ReactNode }) {
  return (
    <details className="aksel-read-more aksel-read-more--medium read-more" data-variant="ghost">
      <summary className="aksel-read-more__button aksel-body-short aksel-body-short--medium">
        <svg {...iconSvgProps} aria-hidden="true" className="aksel-read-more__expand-icon">
          <path fill="currentColor" fillRule="evenodd" clipRule="evenodd" d={chevron} />
        </svg>
        <span>{header}</span>
      </summary>
      <div className="aksel-read-more__content aksel-body-long aksel-body-long--medium">{children}</div>
    </details>
  );
}
