// The norms dashboard's benchmark (`npm run bench -- --dashboard-only`, and part of every bench
// run): 100 000 candidates with 5 years of history (starts, first employer contacts, hires, job
// changes and ends, grants) in 50 NAV offices of 20 specialists each. Measures what the leader's
// page asks the database for (every figure of the office, with the filters) and a specialist's
// own page (their figures and their people), each p50/p95 over many requests with varied filters.
// Data in its own database (arbeidsbro_bench_norms), reused while it has the asked-for size.
import { type Kysely, sql } from "kysely";
import { createDb } from "../../db/kysely";
import { migrateToLatest } from "../../db/migrate";
import { officeNormFigures, ownPeople } from "../../db/repositories/norms";
import type { Database } from "../../db/schema";
import { generateHistory, insertHistory } from "../../db/seed/norms-history";
import { addDays } from "../../app/norms/figures";
import { percentile } from "./bench-stats";
import { createDatabaseIfMissing, withDatabase } from "./services";

const OFFICES = 50;
const SPECIALISTS = 20;
const DB_NAME = "arbeidsbro_bench_norms";

async function generate(db: Kysely<Database>, candidates: number, asOf: string, log: (line: string) => void) {
  const perOffice = Math.round(candidates / OFFICES);
  for (let o = 0; o < OFFICES; o++) {
    const office = await db
      .insertInto("nav_offices")
      .values({ name: `NAV Bench ${o + 1}`, municipality_number: "5501" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const org = await db
      .insertInto("organisations")
      .values({ org_number: String(800000000 + o), name: `Bench ${o + 1} AS`, municipality_number: "5501" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const specialists = await db
      .insertInto("users")
      .values(
        Array.from({ length: SPECIALISTS }, (_, s) => ({
          email: `spesialist-${o}-${s}@bench.arbeidsbro.no`,
          name: `Spesialist ${o}-${s}`,
          role: "specialist" as const,
          nav_office_id: office.id,
        })),
      )
      .returning("id")
      .execute();
    const history = generateHistory({
      specialistIds: specialists.map((s) => s.id),
      people: perOffice,
      from: addDays(asOf, -5 * 365),
      asOf,
      seed: 1000 + o,
      idPrefix: String(o + 10).padStart(2, "0"),
    });
    await insertHistory(db, { officeId: office.id, organisationIds: [org.id], codePrefix: `B${o}` }, history);
    if ((o + 1) % 10 === 0) log(`  ${((o + 1) * perOffice).toLocaleString("en")} candidates with history…`);
  }
  await sql`analyze`.execute(db);
}

export interface DashboardBench {
  candidates: number;
  offices: number;
  specialistsPerOffice: number;
  requests: number;
  leader: { p50: number; p95: number };
  specialist: { p50: number; p95: number };
  generatedSeconds: number | null;
}

export async function benchDashboard(
  adminUrl: string,
  options: { candidates: number; requests: number; regenerate: boolean; log: (line: string) => void },
): Promise<DashboardBench> {
  const { log } = options;
  const asOf = "2026-11-30";
  await createDatabaseIfMissing(adminUrl, DB_NAME);
  const url = withDatabase(adminUrl, DB_NAME);
  let db = createDb(url, { max: 4 });
  let generatedSeconds: number | null = null;
  try {
    await migrateToLatest(db);
    const { n } = await db
      .selectFrom("candidates")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    if (options.regenerate || n !== Math.round(options.candidates / OFFICES) * OFFICES) {
      log(`Dashboard: generating ${options.candidates.toLocaleString("en")} candidates with 5 years of history…`);
      await db.destroy();
      const admin = createDb(adminUrl, { max: 1 });
      await sql`drop database if exists ${sql.id(DB_NAME)} with (force)`.execute(admin);
      await sql`create database ${sql.id(DB_NAME)}`.execute(admin);
      await admin.destroy();
      db = createDb(url, { max: 4 });
      await migrateToLatest(db);
      const t = Date.now();
      await generate(db, options.candidates, asOf, log);
      generatedSeconds = (Date.now() - t) / 1000;
    }
    const offices = await db.selectFrom("nav_offices").select("id").orderBy("name").execute();
    const specialists = await db
      .selectFrom("users")
      .select(["id", "nav_office_id"])
      .where("role", "=", "specialist")
      .execute();
    const filterSets = [
      { from: "2024-01-01", to: "2026-12-31" },
      { from: "2026-01-01", to: "2026-12-31" },
      { from: "2022-01-01", to: "2026-12-31", subsidy: "with" as const },
      { from: "2025-01-01", to: "2026-12-31", subsidy: "without" as const },
    ];
    const time = async (run: () => Promise<unknown>) => {
      const t = performance.now();
      await run();
      return performance.now() - t;
    };
    // Warm up the connection pool and the plan cache.
    for (const office of offices.slice(0, 5)) {
      await officeNormFigures(db, { officeId: office.id, asOf, from: "2024-01-01", to: "2026-12-31" });
    }
    const leader: number[] = [];
    const specialist: number[] = [];
    for (let i = 0; i < options.requests; i++) {
      const officeId = offices[(i * 7) % offices.length]?.id as string;
      const f = filterSets[i % filterSets.length] as (typeof filterSets)[number];
      const mine = specialists.filter((s) => s.nav_office_id === officeId)[i % SPECIALISTS]?.id as string;
      const pickOne = i % 5 === 4 ? mine : null;
      leader.push(await time(() => officeNormFigures(db, { officeId, asOf, specialistId: pickOne, ...f })));
      specialist.push(
        await time(() =>
          Promise.all([
            officeNormFigures(db, { officeId, asOf, specialistId: mine, ...f }),
            ownPeople(db, { officeId, asOf, ...f, specialistId: mine }),
          ]),
        ),
      );
    }
    const summary = (samples: number[]) => {
      const s = [...samples].sort((a, b) => a - b);
      return { p50: Math.round(percentile(s, 50)), p95: Math.round(percentile(s, 95)) };
    };
    return {
      candidates: Number(
        (
          await db
            .selectFrom("candidates")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      offices: offices.length,
      specialistsPerOffice: SPECIALISTS,
      requests: options.requests,
      leader: summary(leader),
      specialist: summary(specialist),
      generatedSeconds,
    };
  } finally {
    await db.destroy();
  }
}
