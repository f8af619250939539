// Synthetic data for `npm run bench`: N candidates with consents and N/10 employers with task
// needs and carved jobs, written in bulk (thousands of rows per statement) from the same seeded
// generators as the demo data. The index is then built by a full reindex, which is itself measured.
import { randomUUID } from "node:crypto";
import { type Insertable, type Kysely, sql } from "kysely";
import { hashPassword } from "../../app/auth/password.server";
import { interestIds } from "../../app/domain/vocabulary";
import { addMonths, newCandidateCode } from "../../db/repositories/candidates";
import type { Database } from "../../db/schema";
import { generateCandidate, pick, seededRandom } from "../../db/seed/candidates";
import { demoOrgNumber } from "../../db/seed/demo";
import { generateTask } from "../../db/seed/jobs";

export const BENCH_PASSWORD = "bench-passord-2026";
export const BENCH_SPECIALIST = "bench.spesialist@bench.arbeidsbro.no";
const offices = [
  { name: "NAV Tromsø", municipality_number: "5501" },
  { name: "NAV Harstad", municipality_number: "5503" },
  { name: "NAV Østensjø", municipality_number: "0301" },
];

function bar(label: string, done: number, total: number): void {
  const filled = Math.round((done / Math.max(1, total)) * 30);
  process.stderr.write(`\r[bench] ${label} [${"#".repeat(filled)}${".".repeat(30 - filled)}] ${done}/${total}`);
  if (done >= total) process.stderr.write("\n");
}

export async function generateBenchData(
  db: Kysely<Database>,
  options: { candidates: number; employers: number; seed?: number },
): Promise<void> {
  const rand = seededRandom(options.seed ?? 100_000);
  const today = new Date();
  const officeRows = await db.insertInto("nav_offices").values(offices).returning(["id", "name"]).execute();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const specialists = [];
  for (const [i, office] of officeRows.entries()) {
    const user = await db
      .insertInto("users")
      .values({
        email: i === 0 ? BENCH_SPECIALIST : `bench.spesialist${i}@bench.arbeidsbro.no`,
        name: `Benk Spesialist ${i}`,
        role: "specialist",
        nav_office_id: office.id,
        password_hash: passwordHash,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    specialists.push(user.id);
  }

  const codes = new Set<string>();
  const batch = 1000;
  for (let start = 0; start < options.candidates; start += batch) {
    const size = Math.min(batch, options.candidates - start);
    const candidates: Insertable<Database["candidates"]>[] = [];
    const identities: Insertable<Database["candidate_identities"]>[] = [];
    const profiles: Insertable<Database["candidate_profiles"]>[] = [];
    const consents: Insertable<Database["consents"]>[] = [];
    for (let i = 0; i < size; i++) {
      const officeIndex = (start + i) % officeRows.length;
      const office = officeRows[officeIndex] as { id: string; name: string };
      const g = generateCandidate(rand, office.name, today);
      const id = randomUUID();
      let code = newCandidateCode(6);
      while (codes.has(code)) code = newCandidateCode(6);
      codes.add(code);
      candidates.push({ id: id, code, office_id: office.id, specialist_id: specialists[officeIndex] ?? null });
      identities.push({ candidate_id: id, name: g.name, birth_date: g.birthDate });
      const p = g.profile;
      profiles.push({
        candidate_id: id,
        interests: p.interests,
        strengths: p.strengths,
        tags: p.tags,
        hours_min: p.hoursMin,
        hours_max: p.hoursMax,
        weekdays: p.weekdays,
        times_of_day: p.timesOfDay,
        municipality_number: p.municipalityNumber,
        reachable_municipalities: p.reachableMunicipalities.filter((n) => n !== p.municipalityNumber),
        available_from: p.availableFrom,
        languages: p.languages,
        norwegian_level: p.norwegianLevel,
        driving_licence: p.drivingLicence,
        facilitation: JSON.stringify(p.facilitation),
        summary: p.summary,
        euse_stage: p.euseStage,
      });
      const expired = g.consentState === "expired";
      const recordedAt = expired ? new Date(today.getTime() - 400 * 86_400_000) : today;
      for (const c of g.consents) {
        consents.push({
          candidate_id: id,
          scope: c.scope,
          method: c.method,
          recorded_by: specialists[officeIndex] ?? null,
          recorded_at: recordedAt,
          expires_at: addMonths(recordedAt, 12),
          withdrawn_at: g.consentState === "withdrawn" ? today : null,
          expiry_indexed_at: expired ? today : null,
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("candidates").values(candidates).execute();
      await trx.insertInto("candidate_identities").values(identities).execute();
      await trx.insertInto("candidate_profiles").values(profiles).execute();
      await trx.insertInto("consents").values(consents).execute();
    });
    bar("candidates", start + size, options.candidates);
  }

  const municipalities = ["5501", "5503", "0301"];
  for (let start = 0; start < options.employers; start += batch) {
    const size = Math.min(batch, options.employers - start);
    const orgs: Insertable<Database["organisations"]>[] = [];
    const tasks: Insertable<Database["task_needs"]>[] = [];
    const jobs: Insertable<Database["carved_jobs"]>[] = [];
    const links: Insertable<Database["carved_job_tasks"]>[] = [];
    for (let i = 0; i < size; i++) {
      const n = start + i;
      const orgId = randomUUID();
      const municipality = municipalities[n % municipalities.length] as string;
      orgs.push({
        id: orgId,
        org_number: demoOrgNumber(100 + n),
        name: `Benkbedrift ${n + 1} AS`,
        address: null,
        municipality_number: municipality,
        nav_office_id: null,
      });
      const category = pick(rand, interestIds);
      const t = generateTask(rand, category, municipality, today);
      const taskId = randomUUID();
      tasks.push({
        id: taskId,
        organisation_id: orgId,
        title: t.title,
        description: t.description,
        category: t.category,
        hours_per_week: t.hoursPerWeek,
        slots: t.slots,
        municipality_number: t.municipalityNumber,
        strengths: t.strengths,
        tags: t.tags,
        physical_demands: t.physicalDemands,
        social_setting: t.socialSetting,
        adaptations: t.adaptations,
        mentor_possible: t.mentorPossible,
        earliest_start: t.earliestStart,
      });
      if (rand() < 0.5) {
        const jobId = randomUUID();
        jobs.push({
          id: jobId,
          organisation_id: orgId,
          title: t.title,
          hours_per_week: t.hoursPerWeek,
          slots: t.slots,
          employment_form: "work-trial" as const,
          start_date: new Date(today.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
          municipality_number: municipality,
          status: "open" as const,
          published_at: today,
        });
        links.push({ carved_job_id: jobId, task_need_id: taskId });
      }
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("organisations").values(orgs).execute();
      await trx.insertInto("task_needs").values(tasks).execute();
      if (jobs.length) await trx.insertInto("carved_jobs").values(jobs).execute();
      if (links.length) await trx.insertInto("carved_job_tasks").values(links).execute();
    });
    bar("employers", start + size, options.employers);
  }

  await createFtsBaseline(db);
  await sql`create table bench_meta (candidates integer not null, employers integer not null, created_at timestamptz not null default now())`.execute(
    db,
  );
  await sql`insert into bench_meta (candidates, employers) values (${options.candidates}, ${options.employers})`.execute(
    db,
  );
  await sql`analyze`.execute(db);
}

/** The PostgreSQL full-text baseline gets its own GIN index, so the comparison is fair. Made anew. */
export async function createFtsBaseline(db: Kysely<Database>): Promise<void> {
  await sql`drop table if exists bench_fts`.execute(db);
  await sql`create table bench_fts as select candidate_id, to_tsvector('norwegian', summary || ' ' || array_to_string(tags, ' ') || ' ' || array_to_string(interests, ' ')) as tsv from candidate_profiles`.execute(
    db,
  );
  await sql`create index bench_fts_tsv on bench_fts using gin (tsv)`.execute(db);
  await sql`create index bench_fts_candidate on bench_fts (candidate_id)`.execute(db);
}

export async function benchDataSize(db: Kysely<Database>): Promise<{ candidates: number; employers: number } | null> {
  try {
    const { rows } = await sql<{
      candidates: number;
      employers: number;
    }>`select candidates, employers from bench_meta`.execute(db);
    return rows[0] ?? null;
  } catch {
    return null;
  }
}
