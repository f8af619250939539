// Synthetic candidates for the demo (and, at scale, the benchmarks): varied, realistic profiles
// from a seeded random generator, so every run makes the same people.
import type { Kysely } from "kysely";
import { type ConsentInput, type ProfileInput, createCandidate } from "../repositories/candidates";
import type { Database } from "../schema";

/** Mulberry32: a tiny seeded PRNG, so demo data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const firstNames = [
  "Ola",
  "Kari",
  "Ahmed",
  "Sara",
  "Jonas",
  "Ingrid",
  "Mohammed",
  "Nora",
  "Lars",
  "Fatima",
  "Emil",
  "Sofie",
  "Olav",
  "Amina",
  "Henrik",
  "Maja",
  "Tor",
  "Leila",
  "Even",
  "Hanne",
];
const lastNames = [
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Ali",
  "Berg",
  "Haugen",
  "Hagen",
  "Eriksen",
  "Bakke",
  "Solberg",
  "Strand",
  "Moen",
];
const interests = [
  "kjokken-kantine",
  "lager",
  "renhold",
  "butikk",
  "kontor",
  "omsorg",
  "utendors-park",
  "transport",
  "produksjon",
  "it",
  "kundeservice",
];
const strengths = [
  "noyaktig",
  "strukturert",
  "serviceinnstilt",
  "fysisk-sterk",
  "praktisk",
  "palitelig",
  "kreativ",
  "tallforstaelse",
  "datakyndig",
  "samarbeid",
  "selvstendig",
  "rolig",
];
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const times = ["morning", "day", "evening"];
const tagsByInterest: Record<string, string[]> = {
  "kjokken-kantine": ["oppvask", "matlaging", "servering", "storkjøkken"],
  lager: ["varemottak", "plukking", "truck", "logistikk"],
  renhold: ["vask", "rengjøring", "hotell"],
  butikk: ["kasse", "varepåfylling", "dagligvare"],
  kontor: ["arkiv", "skanning", "post"],
  omsorg: ["barnehage", "eldre", "aktivitør"],
  "utendors-park": ["grøntanlegg", "snømåking", "park"],
  transport: ["budbil", "sykkelbud"],
  produksjon: ["pakking", "montering"],
  it: ["brukerstøtte", "testing", "datainnlegging"],
  kundeservice: ["telefon", "chat", "resepsjon"],
};
const summaries = [
  "Liker faste rutiner og oversiktlige oppgaver. Trives best i et lite team.",
  "Jobbet noen år i butikk før sykdom. Vil tilbake i arbeid, gjerne med kundekontakt.",
  "Praktisk anlagt og glad i å jobbe med hendene. Ønsker å starte med få timer.",
  "Rolig og nøyaktig. Trenger forutsigbarhet og en fast kontaktperson på jobben.",
  "Har fagbrev fra restaurant- og matfag, ønsker kjøkkenarbeid om morgenen.",
  "Liker å være ute og i bevegelse. God fysisk form.",
  "Interessert i data og orden. Kan jobbe selvstendig når oppgavene er tydelige.",
  "Vil gjerne jobbe med mennesker. Trives med variasjon i løpet av dagen.",
];
// Where the demo offices are, and municipalities their candidates can travel to.
const places: Record<string, { municipality: string; reachable: string[] }> = {
  "NAV Tromsø": { municipality: "5501", reachable: ["5503"] },
  "NAV Harstad": { municipality: "5503", reachable: ["5501"] },
  "NAV Østensjø": { municipality: "0301", reachable: [] },
};

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
function some<T>(rand: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rand() * (max - min + 1));
  return [...list].sort(() => rand() - 0.5).slice(0, n);
}

export interface GeneratedCandidate {
  name: string;
  birthDate: string;
  profile: ProfileInput;
  consents: ConsentInput[];
  /** Some demo consents are withdrawn or expired, as in real life. */
  consentState: "active" | "withdrawn" | "expired";
}

export function generateCandidate(rand: () => number, office: string, today: Date): GeneratedCandidate {
  const place = places[office] ?? { municipality: "0301", reachable: [] };
  const mainInterests = some(rand, interests, 1, 3);
  const hoursMin = pick(rand, [4, 6, 8, 10, 12, 15, 20]);
  const hoursMax = Math.min(40, hoursMin + pick(rand, [0, 4, 6, 10, 15, 20]));
  const year = today.getUTCFullYear() - (19 + Math.floor(rand() * 45));
  const birthDate = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
  const available =
    rand() < 0.6 ? null : new Date(today.getTime() + Math.floor(rand() * 90) * 86_400_000).toISOString().slice(0, 10);
  const roll = rand();
  return {
    name: `${pick(rand, firstNames)} ${pick(rand, lastNames)}`,
    birthDate,
    profile: {
      interests: mainInterests,
      strengths: some(rand, strengths, 2, 4),
      tags: mainInterests.flatMap((i) => some(rand, tagsByInterest[i] ?? [], 0, 2)),
      hoursMin,
      hoursMax,
      weekdays: some(rand, weekdays.slice(0, rand() < 0.8 ? 5 : 7), 2, 5),
      timesOfDay: some(rand, times, 1, 2),
      municipalityNumber: place.municipality,
      reachableMunicipalities: rand() < 0.5 ? place.reachable : [],
      availableFrom: available,
      languages:
        rand() < 0.3 ? ["norsk", pick(rand, ["arabisk", "somali", "engelsk", "polsk", "tigrinja"])] : ["norsk"],
      norwegianLevel: pick(rand, ["morsmaal", "morsmaal", "god", "middels", "litt"]),
      drivingLicence: rand() < 0.4,
      facilitation: {
        workingTime: rand() < 0.5 ? [pick(rand, ["ikke-hele-dager", "fleksibel", "gradvis-okning"])] : [],
        everyday: rand() < 0.4 ? [pick(rand, ["mentor", "tett-oppfolging", "stille-miljo"])] : [],
        physical: rand() < 0.2 ? [pick(rand, ["unnga-tunge-loft", "ergonomi"])] : [],
        norwegian: [],
      },
      summary: pick(rand, summaries),
      euseStage: 1 + Math.floor(rand() * 4),
    },
    consents: [
      { scope: "search", method: pick(rand, ["meeting", "signed"] as const) },
      ...(rand() < 0.7 ? [{ scope: "employer_view" as const, method: "meeting" as const }] : []),
    ],
    consentState: roll < 0.08 ? "withdrawn" : roll < 0.14 ? "expired" : "active",
  };
}

export async function seedDemoCandidates(
  db: Kysely<Database>,
  options: { perOffice: number; seed?: number; linkUserId?: string | null },
): Promise<number> {
  const rand = seededRandom(options.seed ?? 2026);
  const today = new Date();
  const offices = await db.selectFrom("nav_offices").select(["id", "name"]).orderBy("name").execute();
  let count = 0;
  for (const office of offices) {
    const specialist = await db
      .selectFrom("users")
      .select("id")
      .where("nav_office_id", "=", office.id)
      .where("role", "=", "specialist")
      .executeTakeFirst();
    for (let i = 0; i < options.perOffice; i++) {
      const g = generateCandidate(rand, office.name, today);
      // The demo candidate user (Ola Berg) is the first candidate of NAV Tromsø.
      const link = office.name === "NAV Tromsø" && i === 0 ? options.linkUserId : null;
      const { id } = await createCandidate(db, {
        officeId: office.id,
        specialistId: specialist?.id ?? null,
        userId: link ?? null,
        identity: {
          name: link ? "Ola Berg" : g.name,
          nationalId: null,
          birthDate: g.birthDate,
          phone: null,
          email: null,
          address: null,
        },
        profile: g.profile,
        consents: g.consents,
        recordedBy: specialist?.id ?? null,
        now: g.consentState === "expired" ? new Date(today.getTime() - 400 * 86_400_000) : today,
      });
      if (g.consentState === "withdrawn" && !link) {
        await db
          .updateTable("consents")
          .set({ withdrawn_at: today, withdrawn_by: specialist?.id ?? null })
          .where("candidate_id", "=", id)
          .execute();
      }
      count++;
    }
  }
  return count;
}
