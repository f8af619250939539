import { Heading } from "@navikt/ds-react";
import type { ReactNode } from "react";

/** The "Endre" button of a step on a summary, shown beside that step's answers. */
export type EditStep = (step: number, label: string) => ReactNode;

/** One step's answers on a summary (or in review), headed by the step's name and, on the summary, its "Endre". */
export function SummarySection({
  label,
  step,
  edit,
  children,
}: {
  label: string;
  step: number;
  edit?: EditStep;
  children: ReactNode;
}) {
  return (
    <section aria-label={label} className="stack-tight summary-section">
      <div className="summary-section__head">
        <Heading level="3" size="xsmall">
          {label}
        </Heading>
        {edit?.(step, label)}
      </div>
      {children}
    </section>
  );
}
