// Demo data for `npm start` on the embedded database (and DEMO_DATA=1 elsewhere).
// Loaded only into an empty database: it never touches real data.
import { hashPassword } from "../../app/auth/password.server";
import type { Kysely } from "kysely";
import { orgNumberFromPrefix } from "../../app/domain/identifiers";
import type { Database } from "../schema";
import { seedDemoCandidates } from "./candidates";
import { demoEmployers, seedEmployerWork } from "./jobs";
import { seedDemoHires } from "./after-hire";
import { seedDemoMatches } from "./matching";
import { seedDemoWageSubsidy } from "./wage-subsidy";
import { seedDemoRefunds } from "./refunds";
import { seedDemoHistory } from "./norms-history";
import { todayInOslo } from "../../app/domain/dates";

/** Demo accounts; their shared password is in the README so password sign-in can be tried. */
export const DEMO_PASSWORD = "demo-passord-2026";
// The first four are offered for one-click sign-in; the others exist so that access rules can be
// tried across organisations and offices (employer2 is in another organisation, specialist2 at
// another office).
export const demoUsers = {
  employer: {
    email: "kari.arbeidsgiver@demo.arbeidsbro.no",
    name: "Kari Nilsen",
    role: "employer",
    office: null,
    org: 0,
  },
  specialist: {
    email: "per.jobbspesialist@demo.arbeidsbro.no",
    name: "Per Hansen",
    role: "specialist",
    office: "NAV Tromsø",
    org: null,
  },
  candidate: { email: "ola.kandidat@demo.arbeidsbro.no", name: "Ola Berg", role: "candidate", office: null, org: null },
  admin: { email: "anne.admin@demo.arbeidsbro.no", name: "Anne Larsen", role: "admin", office: null, org: null },
  employer2: {
    email: "jonas.arbeidsgiver@demo.arbeidsbro.no",
    name: "Jonas Lie",
    role: "employer",
    office: null,
    org: 1,
  },
  specialist2: {
    email: "siri.jobbspesialist@demo.arbeidsbro.no",
    name: "Siri Johansen",
    role: "specialist",
    office: "NAV Harstad",
    org: null,
  },
  leader: {
    email: "liv.leder@demo.arbeidsbro.no",
    name: "Liv Moe",
    role: "leader",
    office: "NAV Tromsø",
    org: null,
  },
} as const;
export type DemoUserKey = keyof typeof demoUsers;
export const oneClickDemoUsers: DemoUserKey[] = ["employer", "specialist", "candidate", "admin", "leader"];

export const demoOffices = [
  { name: "NAV Tromsø", municipality_number: "5501" },
  { name: "NAV Harstad", municipality_number: "5503" },
  { name: "NAV Østensjø", municipality_number: "0301" },
];

/** A stable, valid organisasjonsnummer for the n-th demo organisation. */
export function demoOrgNumber(n: number): string {
  for (let i = n * 10; ; i++) {
    const candidate = orgNumberFromPrefix(`9${String(i).padStart(7, "0")}`);
    if (candidate) return candidate;
  }
}

export const demoOrganisations = [
  { name: "Polarkjøkken AS", municipality_number: "5501", address: "Storgata 12, 9008 Tromsø", office: "NAV Tromsø" },
  { name: "Harstad Hotell AS", municipality_number: "5503", address: "Sjøgata 4, 9405 Harstad", office: "NAV Harstad" },
  {
    name: "Bryn Lager og Logistikk AS",
    municipality_number: "0301",
    address: "Brynsveien 20, 0667 Oslo",
    office: "NAV Østensjø",
  },
];

export async function seedDemoData(db: Kysely<Database>): Promise<boolean> {
  const existing = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    const offices = await trx.insertInto("nav_offices").values(demoOffices).returning(["id", "name"]).execute();
    const officeId = (name: string) => offices.find((o) => o.name === name)?.id ?? null;

    const organisations = await trx
      .insertInto("organisations")
      .values(
        demoOrganisations.map((org, i) => ({
          org_number: demoOrgNumber(i + 1),
          name: org.name,
          address: org.address,
          municipality_number: org.municipality_number,
          nav_office_id: officeId(org.office),
        })),
      )
      .returning(["id"])
      .execute();

    for (const u of Object.values(demoUsers)) {
      const user = await trx
        .insertInto("users")
        .values({
          email: u.email,
          name: u.name,
          role: u.role,
          password_hash: passwordHash,
          nav_office_id: u.office ? officeId(u.office) : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const org = u.org === null ? undefined : organisations[u.org];
      if (org) {
        await trx
          .insertInto("organisation_members")
          .values({ organisation_id: org.id, user_id: user.id, role: "admin" })
          .execute();
      }
    }
  });
  await seedDemoEmployers(db);
  const candidateUser = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", demoUsers.candidate.email)
    .executeTakeFirst();
  // About 200 candidates across the three offices; the index jobs go through the outbox.
  await seedDemoCandidates(db, { perOffice: 67, linkUserId: candidateUser?.id ?? null });
  await seedDemoMatches(db, { employerOrgName: demoOrganisations[0]?.name ?? "", officeName: "NAV Tromsø" });
  await seedDemoWageSubsidy(db, { employerOrgName: demoOrganisations[0]?.name ?? "" });
  await seedDemoHires(db, { employerOrgName: demoOrganisations[0]?.name ?? "", officeName: "NAV Tromsø" });
  await seedDemoRefunds(db, { employerOrgName: demoOrganisations[0]?.name ?? "" });
  // 2–3 years of starts, contacts, hires and job ends for the norms dashboard (/leder, /spesialist/resultater).
  await seedDemoHistory(db, {
    asOf: todayInOslo(),
    skipOrganisations: demoOrganisations.map((o) => o.name),
    offices: [
      {
        name: "NAV Tromsø",
        specialistEmails: [demoUsers.specialist.email],
        colleagues: ["Mari Olsen", "Ahmed Karimi", "Tone Eriksen"],
        seed: 11,
        codePrefix: "HT",
      },
      {
        name: "NAV Harstad",
        specialistEmails: [demoUsers.specialist2.email],
        colleagues: ["Eirik Dahl"],
        seed: 12,
        codePrefix: "HH",
      },
    ],
  });
  return true;
}

const officeForMunicipality: Record<string, string> = {
  "5501": "NAV Tromsø",
  "5503": "NAV Harstad",
  "0301": "NAV Østensjø",
};

/** The other ~37 demo employers, then task needs and carved jobs for all 40. */
async function seedDemoEmployers(db: Kysely<Database>): Promise<void> {
  const offices = await db.selectFrom("nav_offices").select(["id", "name"]).execute();
  const existing = await db.selectFrom("organisations").select(["id", "name"]).execute();
  const members = await db.selectFrom("organisation_members").select(["organisation_id", "user_id"]).execute();
  const organisations = [];
  for (const [i, employer] of demoEmployers.entries()) {
    let id = existing.find((o) => o.name === employer.name)?.id;
    if (!id) {
      const created = await db
        .insertInto("organisations")
        .values({
          org_number: demoOrgNumber(i + 1),
          name: employer.name,
          address: null,
          municipality_number: employer.municipality,
          nav_office_id: offices.find((o) => o.name === officeForMunicipality[employer.municipality])?.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      id = created.id;
    }
    const userId = members.find((m) => m.organisation_id === id)?.user_id ?? null;
    organisations.push({ id, municipality: employer.municipality, categories: employer.categories, userId });
  }
  await seedEmployerWork(db, organisations);
}
