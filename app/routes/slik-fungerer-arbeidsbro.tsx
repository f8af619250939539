import { BodyLong, Box, Heading, Link } from "@navikt/ds-react";
import type { MetaFunction } from "@remix-run/node";
import * as texts from "~/texts";

const t = texts.howItWorksPage;

export const meta: MetaFunction = () => [{ title: t.title }];

/** A short explanation for employers: what happens, step by step, in their own words. */
export default function HowItWorks() {
  return (
    <article className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong size="large">{t.intro}</BodyLong>
      <ol className="stack-tight plain-list">
        {t.steps.map((s) => (
          <li key={s.heading}>
            <Box padding="space-16" borderRadius="8" background="neutral-soft">
              <Heading level="2" size="small" spacing>
                {s.heading}
              </Heading>
              <BodyLong>{s.body}</BodyLong>
            </Box>
          </li>
        ))}
      </ol>
      <Link href="/hjelp">{t.more}</Link>
    </article>
  );
}
