import { Alert, BodyShort, Button, Heading, Radio, RadioGroup, Select, Tag, TextField } from "@navikt/ds-react";
import { MoveAlerts } from "~/components/ProposalActions";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { HireMentor } from "~/afterhire/rules";
import * as texts from "~/texts";

const t = texts.afterHire;

export interface HireView {
  jobTitle: string;
  active: boolean;
  start: string;
  form: string;
  hours: string;
  mentorStatus: HireMentor;
  mentorApplicationId: string | null;
  nextMeeting: string | null;
  overdue: number;
  plan: Array<{ id: string; date: string; withWhom: string; place: string; state: string; isCheckIn: boolean }>;
  checkIns: Array<{
    id: string;
    monthsAfter: number;
    date: string;
    state: string;
    employerView: string | null;
    employerViewBy: string | null;
    summary: string | null;
    doneBy: string | null;
    employerMayAddView: boolean;
  }>;
  grants: Array<{ id: string; kind: string; status: string }>;
  events: Array<{ id: string; label: string; detail: string; date: string; by: string }>;
}

const stateVariant = (state: string) =>
  state === "done"
    ? "success"
    : state === "overdue"
      ? "error"
      : state === "due" || state === "soon"
        ? "warning"
        : "neutral";

export function StateTag({ state }: { state: string }) {
  return (
    <Tag size="small" variant={stateVariant(state)}>
      {t.states[state] ?? state}
    </Tag>
  );
}

/** Whether the hire got a mentor, and how we know: named at hire or in the job, an approved grant. */
function mentorText(mentor: HireMentor): string {
  if (!mentor.has) return t.mentorNone;
  const who = mentor.name ? (mentor.namedIn === "job" ? t.mentorInJob(mentor.name) : t.mentorNamed(mentor.name)) : null;
  if (!mentor.grantApproved) return who ?? t.mentorNone;
  return who ? `${who}, ${t.mentorGrantApproved}` : t.mentorWithGrant;
}

/** The facts of a hire, as both sides see them. */
export function HireFacts({ hire }: { hire: HireView }) {
  return (
    <section aria-labelledby="facts-heading" className="stack">
      <Heading level="2" size="medium" id="facts-heading">
        {t.factsHeading}
      </Heading>
      {hire.overdue > 0 ? (
        <Alert variant="warning" size="small">
          {t.overdue(hire.overdue)}
        </Alert>
      ) : null}
      <dl className="facts">
        <dt>{t.job}</dt>
        <dd>{hire.jobTitle}</dd>
        <dt>{t.start}</dt>
        <dd>{hire.start}</dd>
        <dt>{t.form}</dt>
        <dd>{hire.form}</dd>
        <dt>{t.hours}</dt>
        <dd>{hire.hours ? t.hoursValue(hire.hours) : ""}</dd>
        <dt>{t.status}</dt>
        <dd>{hire.active ? t.active : t.ended}</dd>
        <dt>{t.mentor}</dt>
        <dd>{mentorText(hire.mentorStatus)}</dd>
        <dt>{t.colNext}</dt>
        <dd>{hire.nextMeeting ?? t.noNext}</dd>
      </dl>
    </section>
  );
}

/** The follow-up plan: dated contacts, with whom and where, and how each stands. */
export function FollowUpPlan({ plan, level = "2" }: { plan: HireView["plan"]; level?: "2" | "3" }) {
  if (plan.length === 0) return null;
  return (
    <section aria-labelledby="plan-heading" className="stack">
      <Heading level={level} size="medium" id="plan-heading">
        {t.planHeading}
      </Heading>
      <BodyShort>{t.planIntro}</BodyShort>
      <ul className="stack-tight">
        {plan.map((p) => (
          <li key={p.id} className="row-actions">
            <BodyShort>{`${p.date}: ${p.withWhom} ${p.place}${p.isCheckIn ? ` – ${t.planIsCheckIn}` : ""}`}</BodyShort>
            <StateTag state={p.state} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The check-ins; `actions` draws the form each side has for one (the employer's view, the record). */
export function CheckIns({
  checkIns,
  actions,
  level = "2",
}: {
  checkIns: HireView["checkIns"];
  actions?: (c: HireView["checkIns"][number]) => ReactNode;
  level?: "2" | "3";
}) {
  if (checkIns.length === 0) return null;
  return (
    <section aria-labelledby="checkins-heading" className="stack">
      <Heading level={level} size="medium" id="checkins-heading">
        {t.checkInsHeading}
      </Heading>
      <BodyShort>{t.checkInsIntro}</BodyShort>
      <ul className="stack">
        {checkIns.map((c) => (
          <li key={c.id} className="stack-tight">
            <div className="row-actions">
              <BodyShort weight="semibold">{t.checkIn(c.monthsAfter, c.date)}</BodyShort>
              <StateTag state={c.state} />
            </div>
            {c.employerView ? (
              <BodyShort>
                <strong>{`${t.employerView}${c.employerViewBy ? ` (${c.employerViewBy})` : ""}:`}</strong>{" "}
                {c.employerView}
              </BodyShort>
            ) : null}
            {c.summary ? (
              <BodyShort>
                <strong>{`${t.summary}${c.doneBy ? ` (${c.doneBy})` : ""}:`}</strong> {c.summary}
              </BodyShort>
            ) : null}
            {actions?.(c)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HireGrants({ grants, link }: { grants: HireView["grants"]; link: (id: string) => string | null }) {
  return (
    <section aria-labelledby="grants-heading" className="stack">
      <Heading level="2" size="medium" id="grants-heading">
        {t.grantsHeading}
      </Heading>
      {grants.length === 0 ? (
        <BodyShort>{t.grantsNone}</BodyShort>
      ) : (
        <ul className="stack-tight">
          {grants.map((g) => {
            const href = link(g.id);
            const text = t.grantRow(g.kind, g.status);
            return <li key={g.id}>{href ? <a href={href}>{text}</a> : text}</li>;
          })}
        </ul>
      )}
    </section>
  );
}

export function JobEvents({ events }: { events: HireView["events"] }) {
  return (
    <section aria-labelledby="events-heading" className="stack">
      <Heading level="2" size="medium" id="events-heading">
        {t.changesHeading}
      </Heading>
      {events.length === 0 ? (
        <BodyShort>{t.changesNone}</BodyShort>
      ) : (
        <ul className="stack-tight">
          {events.map((e) => (
            <li key={e.id}>
              <BodyShort>
                <strong>{e.label}</strong>
                {e.detail ? ` – ${e.detail}` : ""} ({t.eventBy(e.date, e.by)})
              </BodyShort>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One form for a job change: the kind, the date, and the field that kind needs. */
export function JobChangeForm({
  errors,
  values,
  permanent,
}: {
  errors: Record<string, string | undefined>;
  values: Record<string, string>;
  permanent: boolean;
}) {
  return (
    <Form method="post" className="stack narrow" aria-labelledby="change-heading">
      <Heading level="2" size="medium" id="change-heading">
        {t.changeHeading}
      </Heading>
      <input type="hidden" name="intent" value="change" />
      <RadioGroup legend={t.changeKind} name="kind" error={errors.kind} defaultValue={values.kind}>
        <Radio value="hours_changed">{t.changeHours}</Radio>
        {permanent ? null : <Radio value="made_permanent">{t.changePermanent}</Radio>}
        <Radio value="ended">{t.changeEnded}</Radio>
      </RadioGroup>
      <TextField
        label={t.changeDate}
        name="date"
        description={texts.form.dateFormat}
        htmlSize={12}
        error={errors.date}
        defaultValue={values.date}
      />
      <TextField
        label={t.changeNewHours}
        name="hours"
        description={t.changeNewHoursHelp}
        inputMode="decimal"
        htmlSize={6}
        error={errors.hours}
        defaultValue={values.hours}
      />
      <Select
        label={t.endReason}
        description={t.endReasonHelp}
        name="endReason"
        error={errors.endReason}
        defaultValue={values.endReason ?? ""}
      >
        <option value="">{texts.form.choose}</option>
        {Object.entries(t.endReasons).map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </Select>
      <div>
        <Button type="submit" variant="secondary">
          {t.changeSave}
        </Button>
      </div>
    </Form>
  );
}

/** A hire in a list: in work or ended, its overdue check-ins and unread messages. */
export function HireStatus({ active, overdue, unread }: { active: boolean; overdue: number; unread: number }) {
  return (
    <div className="row-actions">
      <span>{active ? t.active : t.ended}</span>
      {overdue > 0 ? (
        <Tag size="small" variant="error">
          {t.overdue(overdue)}
        </Tag>
      ) : null}
      {unread > 0 ? (
        <Tag size="small" variant="warning">
          {t.unread(unread)}
        </Tag>
      ) : null}
    </div>
  );
}

/** The top of a hire page, for both sides: the heading, what the last action did or why it was refused. */
export function HireHeader({
  who,
  jobTitle,
  notice,
  refused,
  children,
}: {
  who: string;
  jobTitle: string;
  notice: string | null;
  refused?: string | null;
  children?: ReactNode;
}) {
  return (
    <>
      <Heading level="1" size="xlarge">
        {t.heading(who, jobTitle)}
      </Heading>
      {children}
      <MoveAlerts notice={notice} refused={refused} />
    </>
  );
}

/** Both sides' job change form, shown while the person is in the job, with the last answer's errors. */
export function HireJobChange({
  hire,
  result,
}: {
  hire: { active: boolean; hireForm: string | null };
  result?: { intent: string; errors: Record<string, string | undefined>; values: Record<string, string> };
}) {
  if (!hire.active) return null;
  const mine = result?.intent === "change";
  return (
    <JobChangeForm
      errors={mine ? result.errors : {}}
      values={mine ? result.values : {}}
      permanent={hire.hireForm === "permanent"}
    />
  );
}
