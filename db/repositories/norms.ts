// The norms dashboard's figures in SQL over the event tables (candidates, proposals, job_events,
// grant_applications): the same definitions as app/norms/figures.ts, one aggregate query per
// figure and no loop over candidates in JavaScript. tests/integration/norms.test.ts checks that the
// two agree on a generated history. Everything is scoped to one NAV office (the candidate's office).
import { type Kysely, type RawBuilder, sql } from "kysely";
import { type CohortRow, type NormFigures, type SubsidyFilter, grantKinds } from "../../app/norms/figures";
import type { Database } from "../schema";

export interface NormQuery {
  officeId: string;
  from: string;
  to: string;
  asOf: string;
  specialistId?: string | null;
  subsidy?: SubsidyFilter;
}

const startedOn = sql`c.started_on`;

/** Hires of the office's candidates as rows the figures read (a CTE body). */
function hiresCte(q: NormQuery): RawBuilder<unknown> {
  const subsidy =
    q.subsidy === "with"
      ? sql`and w.proposal_id is not null`
      : q.subsidy === "without"
        ? sql`and w.proposal_id is null`
        : sql``;
  return sql`
    select p.id, p.candidate_id as person_id, p.specialist_id, p.hire_start as start_on,
      coalesce(p.hire_form, 'permanent') as form,
      (w.proposal_id is not null) as subsidised,
      (p.mentor_name is not null or g.mentor) as mentor,
      coalesce(g.mentor, false) as grant_mentor, coalesce(g.inclusion, false) as grant_inclusion,
      (w.proposal_id is not null) as grant_wage,
      e.made_permanent_on, e.ended_on
    from candidates c
    -- Probed per candidate of the office (index proposals_candidate_hire); "offset 0" keeps the
    -- planner from turning this into a scan of every proposal (docs/decisions/016).
    join lateral (
      select * from proposals p
      where p.candidate_id = c.id and p.hire_start is not null and p.status in ('hired', 'ended')
        and p.hire_start <= ${q.asOf}::date
      offset 0
    ) p on true
    left join lateral (
      select bool_or(kind = 'mentor') as mentor, bool_or(kind = 'inclusion') as inclusion
      from grant_applications ga where ga.proposal_id = p.id and ga.status = 'approved'
    ) g on true
    left join lateral (
      select ga.proposal_id from grant_applications ga
      where ga.proposal_id = p.id and ga.kind = 'wage' and ga.status = 'approved' limit 1
    ) w on true
    left join lateral (
      select min(effective_date) filter (where kind = 'made_permanent') as made_permanent_on,
        min(effective_date) filter (where kind = 'ended') as ended_on
      from job_events je where je.proposal_id = p.id
    ) e on true
    where c.office_id = ${q.officeId} ${subsidy}`;
}

const specialistIs = (column: RawBuilder<unknown>, q: NormQuery) =>
  q.specialistId ? sql`and ${column} = ${q.specialistId}` : sql``;

/**
 * Still followed on the day: the follow-up not ended by the specialist on or before it, and the
 * profile not anonymised on or before it (figures.ts: endedOn, the earlier of the two).
 */
const notEnded = (q: NormQuery) => sql`(c.followup_ended_on is null or c.followup_ended_on > ${q.asOf}::date)
      and (c.anonymised_at is null or (c.anonymised_at at time zone 'Europe/Oslo')::date > ${q.asOf}::date)`;

async function caseload(db: Kysely<Database>, q: NormQuery) {
  const { rows } = await sql<{ specialist_id: string; people: number }>`
    select c.specialist_id, count(*)::int as people from candidates c
    where c.office_id = ${q.officeId} and c.specialist_id is not null ${specialistIs(sql`c.specialist_id`, q)}
      and ${startedOn} <= ${q.asOf}::date and ${notEnded(q)}
    group by c.specialist_id`.execute(db);
  return rows.map((r) => ({ specialistId: r.specialist_id, people: r.people }));
}

async function newIntoWork(db: Kysely<Database>, q: NormQuery) {
  const { rows } = await sql<{ year: number; specialist_id: string; people: number }>`
    with h as (${hiresCte(q)}),
    firsts as (
      select distinct on (extract(year from start_on), person_id) extract(year from start_on)::int as year, specialist_id
      from h where start_on between ${q.from}::date and ${q.to}::date
      order by extract(year from start_on), person_id, start_on, id
    )
    select year, specialist_id, count(*)::int as people from firsts
    where specialist_id is not null ${specialistIs(sql`specialist_id`, q)}
    group by year, specialist_id`.execute(db);
  return rows.map((r) => ({ year: r.year, specialistId: r.specialist_id, people: r.people }));
}

async function cohorts(db: Kysely<Database>, q: NormQuery) {
  // One row per (start quarter, specialist, year run out or not); folded below into the quarter
  // rows and the per-specialist rows (a few dozen groups, never one row per candidate).
  const { rows } = await sql<{
    quarter: string;
    specialist_id: string | null;
    run_out: boolean;
    started: number;
    into_work: number;
    subsidised: number;
  }>`
    with people as (
      select c.id, c.specialist_id, ${startedOn} as started_on from candidates c
      where c.office_id = ${q.officeId} ${specialistIs(sql`c.specialist_id`, q)}
        and ${startedOn} between ${q.from}::date and least(${q.to}::date, ${q.asOf}::date)
    ),
    -- Computed once: inlined, it was re-run for each person when a specialist filter made them few.
    h as materialized (${hiresCte(q)}),
    firsts as (
      select distinct on (people.id) people.id, h.subsidised from people
      join h on h.person_id = people.id and h.start_on - people.started_on between 0 and 365
      order by people.id, h.start_on, h.id
    )
    select to_char(people.started_on, 'YYYY') || '-K' || extract(quarter from people.started_on) as quarter,
      people.specialist_id, (${q.asOf}::date - people.started_on > 365) as run_out,
      count(*)::int as started, count(firsts.id)::int as into_work,
      count(*) filter (where firsts.subsidised)::int as subsidised
    from people left join firsts on firsts.id = people.id
    group by 1, 2, 3`.execute(db);

  const byQuarter = new Map<string, CohortRow>();
  const bySpecialist = new Map<string, { specialistId: string; finished: CohortRow; running: CohortRow }>();
  for (const r of rows) {
    const row = byQuarter.get(r.quarter) ?? { key: r.quarter, started: 0, intoWork: 0, subsidised: 0, finished: true };
    add(row, r);
    if (!r.run_out) row.finished = false;
    byQuarter.set(r.quarter, row);
    if (r.specialist_id === null) continue;
    const entry = bySpecialist.get(r.specialist_id) ?? {
      specialistId: r.specialist_id,
      finished: { key: "finished", started: 0, intoWork: 0, subsidised: 0, finished: true },
      running: { key: "running", started: 0, intoWork: 0, subsidised: 0, finished: false },
    };
    add(r.run_out ? entry.finished : entry.running, r);
    bySpecialist.set(r.specialist_id, entry);
  }
  return {
    cohorts: [...byQuarter.values()].sort((a, b) => a.key.localeCompare(b.key)),
    bySpecialist: [...bySpecialist.values()].sort((a, b) => a.specialistId.localeCompare(b.specialistId)),
  };
}

function add(row: CohortRow, r: { started: number; into_work: number; subsidised: number }) {
  row.started += r.started;
  row.intoWork += r.into_work;
  row.subsidised += r.subsidised;
}

async function contact(db: Kysely<Database>, q: NormQuery) {
  const { rows } = await sql<{
    started: number;
    contacted: number;
    median_days: number | null;
    within30: number;
    measured: number;
  }>`
    with people as (
      select c.id, ${startedOn} as started_on from candidates c
      where c.office_id = ${q.officeId} ${specialistIs(sql`c.specialist_id`, q)}
        and ${startedOn} between ${q.from}::date and least(${q.to}::date, ${q.asOf}::date)
    ),
    days as (
      select people.started_on, case when fc.first_on is not null then greatest(0, fc.first_on - people.started_on) end as d
      from people left join lateral (
        select (min(p.created_at) at time zone 'Europe/Oslo')::date as first_on from proposals p where p.candidate_id = people.id
      ) fc on fc.first_on <= ${q.asOf}::date
    )
    select count(*)::int as started, count(d)::int as contacted,
      percentile_cont(0.5) within group (order by d) as median_days,
      count(*) filter (where d <= 30)::int as within30,
      count(*) filter (where d <= 30 or ${q.asOf}::date - started_on > 30)::int as measured
    from days`.execute(db);
  const r = rows[0];
  return {
    started: r?.started ?? 0,
    contacted: r?.contacted ?? 0,
    medianDays: r?.median_days ?? null,
    within30: r?.within30 ?? 0,
    measured: r?.measured ?? 0,
  };
}

async function afterHire(db: Kysely<Database>, q: NormQuery) {
  const still = (
    months: number,
  ) => sql`count(*) filter (where (start_on + interval '${sql.raw(String(months))} months')::date <= ${q.asOf}::date
      and (ended_on is null or ended_on >= (start_on + interval '${sql.raw(String(months))} months')::date))::int`;
  const due = (months: number) =>
    sql`count(*) filter (where (start_on + interval '${sql.raw(String(months))} months')::date <= ${q.asOf}::date)::int`;
  const { rows } = await sql<Record<string, number>>`
    with h as (${hiresCte(q)})
    select count(*)::int as hires, count(*) filter (where mentor)::int as with_mentor,
      count(*) filter (where form = 'temporary')::int as temporary,
      count(*) filter (where form = 'temporary' and made_permanent_on <= ${q.asOf}::date)::int as made_permanent,
      ${due(3)} as due3, ${still(3)} as still3, ${due(6)} as due6, ${still(6)} as still6,
      ${due(12)} as due12, ${still(12)} as still12,
      count(*) filter (where grant_mentor)::int as grant_mentor,
      count(*) filter (where grant_inclusion)::int as grant_inclusion,
      count(*) filter (where grant_wage)::int as grant_wage
    from h where start_on between ${q.from}::date and ${q.to}::date ${specialistIs(sql`specialist_id`, q)}`.execute(db);
  const r = rows[0] ?? {};
  const n = (key: string) => r[key] ?? 0;
  return {
    retention: [3, 6, 12].map((months) => ({ months, hires: n(`due${months}`), stillInJob: n(`still${months}`) })),
    temporaryToPermanent: { temporary: n("temporary"), madePermanent: n("made_permanent") },
    mentor: { hires: n("hires"), withMentor: n("with_mentor") },
    grants: grantKinds.map((kind) => ({ kind, hires: n(`grant_${kind}`) })),
  };
}

/** Every figure of the dashboard for one office (optionally one specialist), as normFigures computes it. */
export async function officeNormFigures(db: Kysely<Database>, q: NormQuery): Promise<NormFigures> {
  const [load, into, cohort, contactFigures, after] = await Promise.all([
    caseload(db, q),
    newIntoWork(db, q),
    cohorts(db, q),
    contact(db, q),
    afterHire(db, q),
  ]);
  return {
    caseload: load.sort((a, b) => a.specialistId.localeCompare(b.specialistId)),
    newIntoWork: into.sort((a, b) => a.year - b.year || a.specialistId.localeCompare(b.specialistId)),
    ...cohort,
    contact: contactFigures,
    ...after,
  };
}

/** The office's specialists (names only: they are colleagues, not candidates). */
export async function officeSpecialists(db: Kysely<Database>, officeId: string) {
  return db
    .selectFrom("users")
    .select(["id", "name"])
    .where("role", "=", "specialist")
    .where("nav_office_id", "=", officeId)
    .orderBy("name")
    .orderBy("id")
    .execute();
}

export interface OwnPerson {
  id: string;
  code: string;
  startedOn: string;
  inCaseload: boolean;
  /** Their own candidate (else a person of a colleague whose hire they brokered). */
  own: boolean;
  /** The first hire within 365 days of the start (by the day), or null. */
  intoWorkOn: string | null;
  /** Years in which this specialist brokered the person's first hire of the year. */
  newIntoWorkYears: number[];
  yearRunOut: boolean;
}

/**
 * The specialist's own people behind the figures: everyone in their caseload, who started in the
 * period, or whose first hire of a year in the period they brokered. Only the specialist's own.
 */
export async function ownPeople(db: Kysely<Database>, q: NormQuery & { specialistId: string }): Promise<OwnPerson[]> {
  const { rows } = await sql<{
    id: string;
    code: string;
    started_on: string;
    in_caseload: boolean;
    own: boolean;
    into_work_on: string | null;
    years: number[] | null;
    run_out: boolean;
  }>`
    with h as (${hiresCte({ ...q, specialistId: null })}),
    firsts as (
      select distinct on (extract(year from start_on), person_id) extract(year from start_on)::int as year, person_id, specialist_id
      from h where start_on between ${q.from}::date and ${q.to}::date
      order by extract(year from start_on), person_id, start_on, id
    ),
    years as (
      select person_id, array_agg(year order by year) as years from firsts
      where specialist_id = ${q.specialistId} group by person_id
    ),
    -- Their own candidates, and the people whose first hire of a year they brokered.
    mine as (
      select c.id, c.code, ${startedOn} as started_on, coalesce(c.specialist_id = ${q.specialistId}, false) as own,
        coalesce(c.specialist_id = ${q.specialistId} and ${startedOn} <= ${q.asOf}::date and ${notEnded(q)}, false)
          as in_caseload
      from candidates c where c.office_id = ${q.officeId}
        and (c.specialist_id = ${q.specialistId} or c.id in (select person_id from years))
    ),
    into_work as (
      select mine.id, min(h.start_on) as start_on from mine
      join h on h.person_id = mine.id and h.start_on - mine.started_on between 0 and 365
      group by mine.id
    )
    select mine.id, mine.code, mine.started_on, mine.in_caseload, mine.own, years.years,
      (${q.asOf}::date - mine.started_on > 365) as run_out, into_work.start_on as into_work_on
    from mine left join years on years.person_id = mine.id left join into_work on into_work.id = mine.id
    where mine.in_caseload or years.years is not null
      or mine.own and mine.started_on between ${q.from}::date and least(${q.to}::date, ${q.asOf}::date)
    order by mine.started_on desc, mine.code`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    startedOn: r.started_on,
    inCaseload: r.in_caseload,
    own: r.own,
    intoWorkOn: r.into_work_on,
    newIntoWorkYears: r.years ?? [],
    yearRunOut: r.run_out,
  }));
}
