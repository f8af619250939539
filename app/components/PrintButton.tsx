import { Button } from "@navikt/ds-react";

/**
 * "Skriv ut": the page's inline script prints on a click (app/page-scripts.ts), so it works on a
 * page sent without React too. Without any script it is hidden (a button that does nothing would
 * confuse); the browser's own print still works, and the print styles hide the page chrome.
 */
export function PrintButton({ label, size }: { label: string; size?: "small" | "medium" }) {
  return (
    <Button type="button" variant="secondary" size={size} data-print="" className="scripted-only">
      {label}
    </Button>
  );
}
