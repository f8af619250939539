import { BodyShort, Box, Heading } from "@navikt/ds-react";
import { daysInWords } from "~/components/JobFacts";
import { scheduleSummary } from "~/jobs/rules";
import * as texts from "~/texts";

const t = texts.jobSummary;

/** Hours, days and position size of a job being carved; live while the employer types. */
export function JobSummary({ hours, slots }: { hours: number | undefined; slots: readonly string[] }) {
  const s = scheduleSummary(hours ?? 0, slots);
  const days = daysInWords(slots);
  return (
    <Box
      padding="space-16"
      borderRadius="12"
      background="accent-soft"
      as="section"
      aria-labelledby="job-summary-heading"
      className="job-summary"
    >
      <Heading level="2" size="small" id="job-summary-heading" spacing>
        {t.heading}
      </Heading>
      <dl className="facts" aria-live="polite">
        <dt>{t.hours}</dt>
        <dd data-testid="summary-hours">{hours === undefined ? "–" : t.hoursValue(hours)}</dd>
        <dt>{t.days}</dt>
        <dd data-testid="summary-days">{days || t.noDays}</dd>
        <dt>{t.position}</dt>
        <dd data-testid="summary-position">{hours === undefined ? "–" : t.percent(s.positionPercent)}</dd>
      </dl>
      {s.slots.length > 0 ? (
        <BodyShort size="small" className={s.fits ? undefined : "summary-warning"}>
          {t.capacity(s.slots.length, s.capacity)}
        </BodyShort>
      ) : null}
    </Box>
  );
}
