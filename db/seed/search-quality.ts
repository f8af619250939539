// Loads the search-quality fixture (tests/fixtures/search-quality) into an empty database: one
// office, one specialist, and one searchable candidate per profile with the profile's own code.
// Used by the search-quality test and `npm run bench` (scripts/lib/bench-quality.ts).
import type { Kysely } from "kysely";
import { addMonths, profileRow } from "../repositories/candidates";
import type { Database } from "../schema";

export interface SeedProfile {
  code: string;
  interests: string[];
  strengths: string[];
  tags: string[];
  summary: string;
  hoursMin: number;
  hoursMax: number;
  weekdays: string[];
  timesOfDay: string[];
  languages: string[];
  drivingLicence: boolean;
  municipalityNumber: string;
}

/** Returns the candidate id of each code. */
export async function seedQualityProfiles(
  db: Kysely<Database>,
  profiles: readonly SeedProfile[],
  now = new Date(),
): Promise<Map<string, string>> {
  return db.transaction().execute(async (trx) => {
    const office = await trx
      .insertInto("nav_offices")
      .values({ name: "NAV Kvalitet", municipality_number: "5501" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const specialist = await trx
      .insertInto("users")
      .values({ email: `kvalitet@${office.id}.no`, name: "Kvalitet", role: "specialist", nav_office_id: office.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rows = await trx
      .insertInto("candidates")
      // Ids in fixture order, so ties rank the same on every run in both engines.
      .values(
        profiles.map((p, i) => ({
          id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`,
          code: p.code,
          office_id: office.id,
          specialist_id: specialist.id,
        })),
      )
      .returning(["id", "code"])
      .execute();
    const ids = new Map(rows.map((r) => [r.code, r.id]));
    const idOf = (code: string) => ids.get(code) as string;
    // The fixture is profile text only; the identity the schema needs is a neutral placeholder.
    await trx
      .insertInto("candidate_identities")
      .values(
        profiles.map((p) => ({ candidate_id: idOf(p.code), name: "Testkandidat Fiktiv", birth_date: "1990-06-15" })),
      )
      .execute();
    await trx
      .insertInto("candidate_profiles")
      .values(
        profiles.map((p) =>
          profileRow(idOf(p.code), {
            ...p,
            reachableMunicipalities: [],
            availableFrom: null,
            norwegianLevel: "god",
            facilitation: {},
            euseStage: 3,
          }),
        ),
      )
      .execute();
    await trx
      .insertInto("consents")
      .values(
        profiles.map((p) => ({
          candidate_id: idOf(p.code),
          scope: "search" as const,
          method: "meeting" as const,
          recorded_by: specialist.id,
          recorded_at: now,
          expires_at: addMonths(now, 12),
        })),
      )
      .execute();
    return ids;
  });
}
