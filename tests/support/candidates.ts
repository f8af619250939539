import type { Kysely } from "kysely";
import { type ConsentInput, type ProfileInput, createCandidate } from "../../db/repositories/candidates";
import type { Database } from "../../db/schema";

export async function createOfficeAndSpecialist(db: Kysely<Database>, office = "NAV Testby") {
  const o = await db
    .insertInto("nav_offices")
    .values({ name: office, municipality_number: "5501" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const u = await db
    .insertInto("users")
    .values({ email: `spesialist@${o.id}.no`, name: "Spesialist", role: "specialist", nav_office_id: o.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { officeId: o.id, specialistId: u.id };
}

export const sampleProfile: ProfileInput = {
  interests: ["kjokken-kantine"],
  strengths: ["noyaktig", "palitelig"],
  tags: ["oppvask"],
  hoursMin: 10,
  hoursMax: 20,
  weekdays: ["mon", "tue", "wed"],
  timesOfDay: ["morning"],
  municipalityNumber: "5501",
  reachableMunicipalities: [],
  availableFrom: null,
  languages: ["norsk"],
  norwegianLevel: "god",
  drivingLicence: false,
  facilitation: { everyday: ["mentor"] },
  summary: "Rolig og nøyaktig, liker kjøkkenarbeid om morgenen.",
  euseStage: 2,
};

export const sampleIdentity = {
  name: "Synne Testesen",
  nationalId: "01019012480",
  birthDate: "1990-01-01",
  phone: "98765432",
  email: "synne.testesen@example.no",
  address: "Testveien 1, 9008 Tromsø",
};

export function candidateWith(
  db: Kysely<Database>,
  ids: { officeId: string; specialistId: string },
  options: { consents?: ConsentInput[]; profile?: Partial<ProfileInput>; name?: string } = {},
) {
  return createCandidate(db, {
    officeId: ids.officeId,
    specialistId: ids.specialistId,
    identity: { ...sampleIdentity, name: options.name ?? sampleIdentity.name },
    profile: { ...sampleProfile, ...options.profile },
    consents: options.consents ?? [{ scope: "search", method: "meeting" }],
    recordedBy: ids.specialistId,
  });
}

/**
 * Waits until `check` holds. Fails loudly: on the timeout (with what it waited for), at once when
 * `check` throws (a wrong index name or an unreachable service is a broken test, not "not yet"),
 * and on a timeout that is not a positive number. Returns nothing: how long it took is the
 * bench's business (docs/decisions/008), not a test's.
 */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new Error(`waitUntil(${what}): timeout ${timeoutMs} ms`);
  const started = Date.now();
  for (;;) {
    let result: boolean;
    try {
      result = await check();
    } catch (error) {
      throw new Error(`waitUntil(${what}): the check failed`, { cause: error });
    }
    if (result === true) return;
    if (result !== false) throw new Error(`waitUntil(${what}): the check returned ${String(result)}, not a boolean`);
    if (Date.now() - started >= timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
