// Every route, for every kind of user, answers what the access rules say. A route file without
// an entry here fails the first test, so no page can be added without deciding who may see it.
import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { organisationOf, queryE2eDb, queryOneE2e, routeFiles, signedInRequest } from "./support";

type Role = "anonymous" | "employerA" | "employerB" | "specialistX" | "specialistY" | "candidate" | "admin" | "leader";
const roles: Role[] = [
  "anonymous",
  "employerA",
  "employerB",
  "specialistX",
  "specialistY",
  "candidate",
  "admin",
  "leader",
];
type Expect = 200 | 302 | 400 | 403 | 404 | 409;
type Row = { path: (ids: Ids) => string; method?: "GET" | "POST"; expect: Record<Role, Expect> };
interface Ids {
  orgA: string;
  /** A candidate followed by NAV Tromsø (specialistX's office). */
  candidateX: string;
  /** A task need and a carved job of orgA. */
  taskA: string;
  jobA: string;
  /** Any open carved job, and a demo proposal of a NAV Tromsø candidate to orgA. */
  openJob: string;
  proposalA: string;
  /** The demo mentor grant application of orgA, submitted, for a NAV Tromsø candidate. */
  applicationA: string;
  /** The demo hire of orgA (a NAV Tromsø candidate), still in work, and a proposal of orgA that is no hire. */
  hireA: string;
  proposalOpenA: string;
  /** A demo refund claim (lønnstilskudd) of orgA, for a NAV Tromsø candidate. */
  refundClaimA: string;
}

const all = (status: Expect): Record<Role, Expect> =>
  Object.fromEntries(roles.map((r) => [r, status])) as Record<Role, Expect>;
const only = (allowed: Role[], others: Expect = 403): Record<Role, Expect> =>
  Object.fromEntries(roles.map((r) => [r, r === "anonymous" ? 302 : allowed.includes(r) ? 200 : others])) as Record<
    Role,
    Expect
  >;
const anonymousOnly: Record<Role, Expect> = { ...all(302), anonymous: 200 };

// Keyed by route file name (app/routes/*.tsx|ts without extension).
const matrix: Record<string, Row[]> = {
  _index: [{ path: () => "/", expect: all(200) }],
  $: [{ path: () => "/finnes-ikke", expect: all(404) }],
  healthz: [{ path: () => "/healthz", expect: all(200) }],
  "logg-inn": [{ path: () => "/logg-inn", expect: anonymousOnly }],
  "logg-ut": [{ path: () => "/logg-ut", expect: all(302) }],
  registrer: [{ path: () => "/registrer", expect: anonymousOnly }],
  "arbeidsgiver._index": [{ path: () => "/arbeidsgiver", expect: only(["employerA", "employerB"]) }],
  "arbeidsgiver.$orgId": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}`, expect: { ...only(["employerA"]), employerB: 404 } },
    // Another organisation's member cannot act on it either, and learns nothing (404).
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    {
      path: () => "/arbeidsgiver/00000000-0000-4000-8000-000000000000",
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
    { path: () => "/arbeidsgiver/ikke-en-id", expect: all(404) },
  ],
  "arbeidsgiver.$orgId_.oppgaver.ny": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/oppgaver/ny`, expect: { ...only(["employerA"]), employerB: 404 } },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/oppgaver/ny`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.oppgaver.$taskId": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/oppgaver/${ids.taskA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/oppgaver/${ids.taskA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/oppgaver/00000000-0000-4000-8000-000000000000`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.jobber.ny": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/jobber/ny`, expect: { ...only(["employerA"]), employerB: 404 } },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/jobber/ny`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.jobber.$jobId": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/jobber/${ids.jobA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/jobber/${ids.jobA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/jobber/ikke-en-id`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  // Live previews (docs/decisions/023), posted by the form: the organisation's own employer only.
  "arbeidsgiver.$orgId_.jobber.oppsummering": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/jobber/oppsummering`,
      method: "POST",
      expect: { ...only([]), employerA: 200, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.tilskudd.$appId_.beregning": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.applicationA}/beregning`,
      method: "POST",
      expect: { ...only([]), employerA: 200, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/00000000-0000-4000-8000-000000000000/beregning`,
      method: "POST",
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.tilskudd._index": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd`, expect: { ...only(["employerA"]), employerB: 404 } },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.tilskudd.$appId": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.applicationA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    // Submitted: no longer the employer's to change.
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.applicationA}`,
      method: "POST",
      expect: { ...only([]), employerA: 409, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.tilskudd.$appId_.vedtak": [
    // Not decided yet: there is no decision to show.
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/tilskudd/${ids.applicationA}/vedtak`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "spesialist.tilskudd._index": [{ path: () => "/spesialist/tilskudd", expect: only(["specialistX", "specialistY"]) }],
  "spesialist.tilskudd.$appId": [
    {
      path: (ids) => `/spesialist/tilskudd/${ids.applicationA}`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/tilskudd/${ids.applicationA}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "spesialist.jobber": [
    { path: () => "/spesialist/jobber?q=oppvask&kind=job", expect: only(["specialistX", "specialistY"]) },
  ],
  "spesialist.jobber_.$jobKey": [
    { path: (ids) => `/spesialist/jobber/job-${ids.openJob}`, expect: only(["specialistX", "specialistY"]) },
    {
      path: () => "/spesialist/jobber/job-00000000-0000-4000-8000-000000000000",
      expect: { ...only([]), specialistX: 404, specialistY: 404 },
    },
    { path: () => "/spesialist/jobber/noe-annet", expect: { ...only([]), specialistX: 404, specialistY: 404 } },
  ],
  "spesialist.kandidater.$id_.jobber": [
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}/jobber`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
  ],
  "spesialist.forslag.ny": [
    {
      path: (ids) => `/spesialist/forslag/ny?kandidat=${ids.candidateX}&jobb=job-${ids.openJob}`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/forslag/ny?kandidat=${ids.candidateX}&jobb=job-${ids.openJob}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "spesialist.forslag.$id": [
    { path: (ids) => `/spesialist/forslag/${ids.proposalA}`, expect: { ...only(["specialistX"]), specialistY: 404 } },
    {
      path: (ids) => `/spesialist/forslag/${ids.proposalA}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.forslag._index": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/forslag`, expect: { ...only(["employerA"]), employerB: 404 } },
  ],
  "arbeidsgiver.$orgId_.forslag.$id": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/forslag/${ids.proposalA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/forslag/${ids.proposalA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/forslag/00000000-0000-4000-8000-000000000000`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "invitasjon.$token": [{ path: () => "/invitasjon/ukjent-token", expect: all(404) }],
  // Signed-in users are sent home; an unknown, used or expired link is not found.
  "registrer_.bekreft.$token": [
    { path: () => "/registrer/bekreft/ukjent-token", expect: { ...all(302), anonymous: 404 } },
    { path: () => "/registrer/bekreft/ukjent-token", method: "POST", expect: { ...all(302), anonymous: 404 } },
  ],
  "spesialist._index": [{ path: () => "/spesialist", expect: only(["specialistX", "specialistY"]) }],
  "api.kandidater": [
    { path: () => "/api/kandidater?q=lager&interests=lager", expect: only(["specialistX", "specialistY"]) },
  ],
  "spesialist.sok": [
    { path: () => "/spesialist/sok?q=lager&hoursFrom=10", expect: only(["specialistX", "specialistY"]) },
  ],
  "spesialist.kandidater.ny": [
    { path: () => "/spesialist/kandidater/ny", expect: only(["specialistX", "specialistY"]) },
    {
      path: () => "/spesialist/kandidater/ny",
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 400 },
    },
  ],
  // Lønnstilskudd: the public calculator needs no sign-in; the candidate's need is the office's to record.
  lonnstilskudd: [
    { path: () => "/lonnstilskudd", expect: all(200) },
    { path: () => "/lonnstilskudd?kind=midlertidig&percent=60&wage=20000&holiday=12&otp=2&tax=14.1", expect: all(400) },
  ],
  "spesialist.kandidater.$id_.innsatsbehov": [
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}/innsatsbehov`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}/innsatsbehov`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "spesialist.kandidater.$id_.profil": [
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}/profil`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}/profil`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "spesialist.kandidater.$id": [
    // Another office's specialist learns nothing about the candidate (404), like everyone else.
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/kandidater/${ids.candidateX}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
    {
      path: () => "/spesialist/kandidater/00000000-0000-4000-8000-000000000000",
      expect: { ...only([]), specialistX: 404, specialistY: 404 },
    },
  ],
  "kandidat._index": [
    { path: () => "/kandidat", expect: only(["candidate"]) },
    { path: () => "/kandidat", method: "POST", expect: { ...only([]), candidate: 404 } },
  ],
  "kandidat.mine-data": [{ path: () => "/kandidat/mine-data", expect: only(["candidate"]) }],
  "kandidat.mine-data_.json": [{ path: () => "/kandidat/mine-data/json", expect: only(["candidate"]) }],
  "admin._index": [
    { path: () => "/admin", expect: only(["admin"]) },
    { path: () => "/admin", method: "POST", expect: { ...only([]), admin: 400 } },
  ],
  revisjon: [{ path: () => "/revisjon", expect: only(["specialistX", "specialistY", "admin"]) }],
  "utvikler.e-post": [{ path: () => "/utvikler/e-post", expect: all(200) }],
  "arbeidsgiver.$orgId_.ansatte._index": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte`, expect: { ...only(["employerA"]), employerB: 404 } },
  ],
  "arbeidsgiver.$orgId_.ansatte.$id": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/${ids.hireA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/${ids.hireA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    // A proposal that is not a hire has no hire page.
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/${ids.proposalOpenA}`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/ansatte/ikke-en-id`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "arbeidsgiver.$orgId_.samtaler._index": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/samtaler`, expect: { ...only(["employerA"]), employerB: 404 } },
  ],
  "arbeidsgiver.$orgId_.samtaler.$id": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/samtaler/${ids.hireA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/samtaler/${ids.hireA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/samtaler/00000000-0000-4000-8000-000000000000`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "spesialist.ansettelser._index": [
    { path: () => "/spesialist/ansettelser", expect: only(["specialistX", "specialistY"]) },
  ],
  "spesialist.ansettelser.$id": [
    {
      path: (ids) => `/spesialist/ansettelser/${ids.hireA}`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/ansettelser/${ids.hireA}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "spesialist.samtaler._index": [{ path: () => "/spesialist/samtaler", expect: only(["specialistX", "specialistY"]) }],
  "spesialist.samtaler.$id": [
    {
      path: (ids) => `/spesialist/samtaler/${ids.hireA}`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/samtaler/${ids.hireA}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  "kandidat.forhandsvisning": [{ path: () => "/kandidat/forhandsvisning", expect: only(["candidate"]) }],
  tilgjengelighet: [{ path: () => "/tilgjengelighet", expect: all(200) }],
  personvern: [{ path: () => "/personvern", expect: all(200) }],
  hjelp: [{ path: () => "/hjelp", expect: all(200) }],
  "slik-fungerer-arbeidsbro": [{ path: () => "/slik-fungerer-arbeidsbro", expect: all(200) }],
  "arbeidsgiver.$orgId_.refusjon._index": [
    { path: (ids) => `/arbeidsgiver/${ids.orgA}/refusjon`, expect: { ...only(["employerA"]), employerB: 404 } },
  ],
  "arbeidsgiver.$orgId_.refusjon.$claimId": [
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/refusjon/${ids.refundClaimA}`,
      expect: { ...only(["employerA"]), employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/refusjon/${ids.refundClaimA}`,
      method: "POST",
      expect: { ...only([]), employerA: 400, employerB: 404 },
    },
    {
      path: (ids) => `/arbeidsgiver/${ids.orgA}/refusjon/00000000-0000-4000-8000-000000000000`,
      expect: { ...only([]), employerA: 404, employerB: 404 },
    },
  ],
  "spesialist.refusjon._index": [{ path: () => "/spesialist/refusjon", expect: only(["specialistX", "specialistY"]) }],
  "spesialist.refusjon.$claimId": [
    // Another office's specialist learns nothing about the claim (404).
    {
      path: (ids) => `/spesialist/refusjon/${ids.refundClaimA}`,
      expect: { ...only(["specialistX"]), specialistY: 404 },
    },
    {
      path: (ids) => `/spesialist/refusjon/${ids.refundClaimA}`,
      method: "POST",
      expect: { ...only([]), specialistX: 400, specialistY: 404 },
    },
  ],
  // The norms dashboard: the leader's office page and a specialist's own; the office is the
  // signed-in user's, never from the address.
  "leder._index": [{ path: () => "/leder", expect: only(["leader"]) }],
  "leder.csv.$table": [
    { path: () => "/leder/csv/kull", expect: only(["leader"]) },
    { path: () => "/leder/csv/finnes-ikke", expect: { ...only([]), leader: 404 } },
  ],
  "spesialist.resultater": [{ path: () => "/spesialist/resultater", expect: only(["specialistX", "specialistY"]) }],
  "spesialist.resultater_.csv.$table": [
    { path: () => "/spesialist/resultater/csv/mine-na", expect: only(["specialistX", "specialistY"]) },
  ],
};

const demoKey: Record<Exclude<Role, "anonymous">, Parameters<typeof signedInRequest>[1]> = {
  employerA: "employer",
  employerB: "employer2",
  specialistX: "specialist",
  specialistY: "specialist2",
  candidate: "candidate",
  admin: "admin",
  leader: "leader",
};

test("every route file has an entry in the access matrix", () => {
  expect(routeFiles()).toEqual(Object.keys(matrix).sort());
});

/** The ids the matrix's paths need, from the demo data: the oldest row of each kind (ties by id),
 * and a missing one fails here, loudly, instead of testing an empty id. */
async function lookUpIds(): Promise<Ids> {
  const oldest = async (text: string, values: unknown[] = []) =>
    (await queryOneE2e<{ id: string }>(`${text} order by created_at, id limit 1`, values)).id;
  const orgA = await organisationOf("kari.arbeidsgiver@demo.arbeidsbro.no");
  const ids: Ids = {
    hireA: await oldest("select id, created_at from proposals where organisation_id = $1 and status = 'hired'", [orgA]),
    proposalOpenA: await oldest(
      "select id, created_at from proposals where organisation_id = $1 and hire_start is null",
      [orgA],
    ),
    orgA,
    candidateX: await oldest(
      "select c.id, c.created_at from candidates c join nav_offices o on o.id = c.office_id where o.name = 'NAV Tromsø'",
    ),
    taskA: await oldest("select id, created_at from task_needs where organisation_id = $1", [orgA]),
    jobA: await oldest("select id, created_at from carved_jobs where organisation_id = $1", [orgA]),
    openJob: await oldest("select id, created_at from carved_jobs where status = 'open'"),
    proposalA: await oldest("select id, created_at from proposals where organisation_id = $1", [orgA]),
    applicationA: await oldest("select id, created_at from grant_applications where organisation_id = $1", [orgA]),
    refundClaimA: await oldest(
      `select r.id, r.created_at from refund_claims r join grant_applications a on a.id = r.application_id
       where a.organisation_id = $1 and r.kind = 'wage'`,
      [orgA],
    ),
  };
  return ids;
}

test("each role gets the status the access rules give it, on every route", async ({ baseURL }) => {
  const ids = await lookUpIds();
  const clients = new Map<Role, APIRequestContext>();
  clients.set("anonymous", await playwrightRequest.newContext({ baseURL }));
  for (const role of roles.slice(1) as Exclude<Role, "anonymous">[]) {
    clients.set(role, await signedInRequest(baseURL ?? "", demoKey[role]));
  }

  const mismatches: string[] = [];
  for (const [route, rows] of Object.entries(matrix)) {
    for (const row of rows) {
      const url = row.path(ids);
      for (const role of roles) {
        const client = clients.get(role);
        if (!client) throw new Error(role);
        const response =
          row.method === "POST"
            ? await client.post(url, { form: { intent: "matrix" }, maxRedirects: 0 })
            : await client.get(url, { maxRedirects: 0 });
        const expected = row.expect[role];
        if (response.status() !== expected) {
          mismatches.push(
            `${row.method ?? "GET"} ${url} (${route}) as ${role}: expected ${expected}, got ${response.status()}`,
          );
        }
        // An anonymous visitor is sent to sign in, and brought back afterwards.
        if (role === "anonymous" && expected === 302 && url !== "/logg-ut") {
          expect(response.headers().location).toBe(`/logg-inn?neste=${encodeURIComponent(url)}`);
        }
      }
    }
  }
  for (const client of clients.values()) await client.dispose();
  expect(mismatches).toEqual([]);
});

test("a refused attempt is written to the audit trail", async ({ baseURL }) => {
  const employerB = await signedInRequest(baseURL ?? "", "employer2");
  const orgA = await organisationOf("kari.arbeidsgiver@demo.arbeidsbro.no");
  await employerB.get(`/arbeidsgiver/${orgA}`, { maxRedirects: 0 });
  const rows = await queryE2eDb<{ outcome: string; subject_id: string }>(
    "select a.outcome, a.subject_id from audit_log a join users u on u.id = a.actor_user_id where u.email = $1 and a.action = 'access.denied'",
    ["jonas.arbeidsgiver@demo.arbeidsbro.no"],
  );
  expect(rows).toContainEqual({ outcome: "denied", subject_id: `/arbeidsgiver/${orgA}` });
  await employerB.dispose();
});

test("a form posted from another site is refused (CSRF), the same post from the portal is not", async ({ baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const form = { email: "kari.arbeidsgiver@demo.arbeidsbro.no", password: "x" };
  const fromEvil = await anonymous.post("/logg-inn", {
    form,
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(fromEvil.status()).toBe(403);
  expect(await fromEvil.text()).toContain("ikke kom fra Arbeidsbro");
  const crossSite = await anonymous.post("/logg-ut", { headers: { "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
  const sameSite = await anonymous.post("/logg-ut", {
    headers: { "Sec-Fetch-Site": "same-origin", Origin: baseURL ?? "" },
    maxRedirects: 0,
  });
  expect(sameSite.status()).toBe(302);
  await anonymous.dispose();
});

test("sign-in successes and failures are audit-logged", async ({ baseURL }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const email = "siri.jobbspesialist@demo.arbeidsbro.no";
  await anonymous.post("/logg-inn", { form: { email, password: "feil-passord" }, maxRedirects: 0 });
  const signedIn = await signedInRequest(baseURL ?? "", "specialist2");
  const rows = await queryE2eDb<{ outcome: string; subject_type: string }>(
    `select a.outcome, a.subject_type from audit_log a
     where a.action = 'auth.sign_in' and (a.subject_id = $1 or a.subject_id = (select id::text from users where email = $1))`,
    [email],
  );
  expect(rows).toContainEqual({ outcome: "denied", subject_type: "email" });
  expect(rows).toContainEqual({ outcome: "allowed", subject_type: "user" });
  await anonymous.dispose();
  await signedIn.dispose();
});

/** What sticks out to the right of a phone's screen (WCAG 1.4.10 reflow): none ([]) when nothing does. */
async function overflowAt(page: import("@playwright/test").Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    // Name the innermost elements that reach past the edge, so a failure says where to look.
    const edge = root.clientWidth + 1;
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
      (el) =>
        el.getBoundingClientRect().right > edge &&
        ![...el.children].some((c) => c.getBoundingClientRect().right > edge),
    );
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
    return [
      `${root.scrollWidth} px wide`,
      ...culprits.slice(0, 4).map((el) => `${el.parentElement ? name(el.parentElement) : ""} > ${name(el)}`),
    ];
  });
}

const livePreviews = new Set([
  "arbeidsgiver.$orgId_.jobber.oppsummering",
  "arbeidsgiver.$orgId_.tilskudd.$appId_.beregning",
]);

// One test per role (each with its own time), one browser context each, signed in through the real form.
for (const role of roles) {
  test(`every page the matrix knows fits a 375 px and a 320 px wide phone, as ${role}`, async ({
    baseURL,
    newPage,
  }) => {
    test.setTimeout(300_000);
    const ids = await lookUpIds();
    const problems: string[] = [];
    let storageState: Awaited<ReturnType<APIRequestContext["storageState"]>> | undefined;
    if (role !== "anonymous") {
      const client = await signedInRequest(baseURL ?? "", demoKey[role]);
      storageState = await client.storageState();
      await client.dispose();
    }
    // Without JavaScript: the layout is the server's HTML and CSS (the same with it), and it keeps
    // this sweep quick. The fixture scans each page's markup with axe at the end (once per page).
    const page = await newPage({
      storageState,
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    // Every page this role is shown (200), and the first refusal of each kind (403, 404): those
    // are one error page each, the same chrome whatever the address. Never posts or redirects.
    const refusalsSeen = new Set<Expect>();
    for (const [route, rows] of Object.entries(matrix)) {
      for (const row of rows) {
        const status = row.expect[role];
        if (row.method === "POST" || route === "logg-ut" || (status !== 200 && status !== 403 && status !== 404))
          continue;
        if (status !== 200) {
          if (refusalsSeen.has(status)) continue;
          refusalsSeen.add(status);
        }
        // A download (the candidate's data as JSON, a dashboard table as CSV) is no page to lay out.
        // Nor is a live preview: a part of a page, laid out by the page it is shown in.
        if (route.endsWith(".json") || route.includes(".csv.") || livePreviews.has(route)) continue;
        const url = row.path(ids);
        const response = await page.goto(url);
        if (!response?.headers()["content-type"]?.includes("text/html")) continue;
        for (const width of [375, 320]) {
          const overflow = await overflowAt(page, width);
          if (overflow.length > 0) problems.push(`${url} at ${width} px: ${overflow.join("; ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
