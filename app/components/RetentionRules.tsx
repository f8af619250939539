import { BodyLong, Heading } from "@navikt/ds-react";
import { retentionRules } from "~/domain/retention";
import * as texts from "~/texts";

const t = texts.retention;

/**
 * Every retention rule with its number, from the one module the scheduled job obeys, for the
 * privacy page (/personvern). Self-contained: place it anywhere, no loader data needed.
 */
export function RetentionRules({ headingLevel = "2" }: { headingLevel?: "2" | "3" }) {
  return (
    <section aria-labelledby="retention-heading" className="stack">
      <Heading level={headingLevel} size="medium" id="retention-heading">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <ol className="stack">
        {retentionRules.map((rule) => (
          <li key={rule.id} value={rule.number}>
            <strong>{t.rule(rule.number)}:</strong> {t.rules[rule.id]}
          </li>
        ))}
      </ol>
    </section>
  );
}
