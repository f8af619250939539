// Demo data for `npm start` on the embedded database (and DEMO_DATA=1 elsewhere).
// Loaded only into an empty database: it never touches real data.
import { hash } from "@node-rs/argon2";
import type { Kysely } from "kysely";
import { orgNumberFromPrefix } from "../../app/domain/identifiers";
import type { Database } from "../schema";

/** Demo accounts; their shared password is in the README so password sign-in can be tried. */
export const DEMO_PASSWORD = "demo-passord-2026";
export const demoUsers = {
  employer: { email: "kari.arbeidsgiver@demo.arbeidsbro.no", name: "Kari Nilsen", role: "employer" },
  specialist: { email: "per.jobbspesialist@demo.arbeidsbro.no", name: "Per Hansen", role: "specialist" },
  candidate: { email: "ola.kandidat@demo.arbeidsbro.no", name: "Ola Berg", role: "candidate" },
  admin: { email: "anne.admin@demo.arbeidsbro.no", name: "Anne Larsen", role: "admin" },
} as const;

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
  { name: "Bryn Lager og Logistikk AS", municipality_number: "0301", address: "Brynsveien 20, 0667 Oslo", office: "NAV Østensjø" },
];

export async function seedDemoData(db: Kysely<Database>): Promise<boolean> {
  const existing = await db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  if (existing.n > 0) return false;
  const passwordHash = await hash(DEMO_PASSWORD);

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

    const users = await trx
      .insertInto("users")
      .values(
        Object.values(demoUsers).map((u) => ({
          ...u,
          password_hash: passwordHash,
          nav_office_id: u.role === "specialist" ? officeId("NAV Tromsø") : null,
        })),
      )
      .returning(["id", "role"])
      .execute();

    const employer = users.find((u) => u.role === "employer");
    const firstOrg = organisations[0];
    if (employer && firstOrg) {
      await trx
        .insertInto("organisation_members")
        .values({ organisation_id: firstOrg.id, user_id: employer.id, role: "admin" })
        .execute();
    }
  });
  return true;
}
