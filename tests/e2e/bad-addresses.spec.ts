// A user never sees a 500 for an address they typed, edited or pasted. Every page is fetched by a
// user who may see it, with each query parameter it reads set to nonsense (empty, words, minus,
// huge numbers, non-dates, 5 000 characters, 40 repeats) and with each id in its path replaced by
// something that is not an id or an id that does not exist. The page itself must answer 200, the
// odd addresses anything below 500 without a stack trace; ids that are not there are a 404.
//
// The table has a row per route file with a loader; a route file with a loader and no row fails
// the first test. The demo data is only read.
import { type APIRequestContext, request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { answerTo, demoUsers, organisationOf, problemWith, queryOneE2e, routeFiles, signedInRequest } from "./support";

type DemoKey = Parameters<typeof signedInRequest>[1];
type Role = DemoKey | "anonymous";

const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const LONG = "x".repeat(5_000);
const oddValues = [
  "",
  "abc",
  "-1",
  "1e309",
  "NaN",
  "constructor",
  "9999-99-99",
  "2026-02-30",
  "ikke-en-uuid",
  NO_SUCH_ID,
  LONG,
];

interface Ids {
  org: string;
  job: string;
  task: string;
  proposal: string;
  application: string;
  candidate: string;
  /** A published job of any employer (a specialist's match page). */
  openJob: string;
  /** The demo hire of the employer's organisation. */
  hire: string;
  /** A demo refund claim (lønnstilskudd) of the employer's organisation, a NAV Tromsø candidate. */
  refundClaim: string;
}

interface Row {
  route: string;
  role: Role;
  /** The page with real ids. */
  url: (ids: Ids) => string;
  /** What the page itself answers, when not 200. */
  status?: number;
  /** The query parameters the page reads. */
  params?: string[];
  /** The same page with an id replaced: each must be a 404. */
  wrongIds?: (ids: Ids) => string[];
}

const candidateSearchParams = [
  "q",
  "interests",
  "strengths",
  "weekdays",
  "timesOfDay",
  "municipality",
  "region",
  "hoursFrom",
  "hoursTo",
];
const rows: Row[] = [
  { route: "$", role: "anonymous", url: () => "/finnes-ikke/heller-ikke", status: 404 },
  { route: "healthz", role: "anonymous", url: () => "/healthz" },
  { route: "logg-inn", role: "anonymous", url: () => "/logg-inn", params: ["neste", "utlogget"] },
  { route: "logg-ut", role: "employer", url: () => "/logg-ut", status: 302 },
  { route: "registrer", role: "anonymous", url: () => "/registrer" },
  { route: "invitasjon.$token", role: "anonymous", url: () => "/invitasjon/ikke-en-invitasjon", status: 404 },
  {
    route: "registrer_.bekreft.$token",
    role: "anonymous",
    url: () => "/registrer/bekreft/ikke-en-registrering",
    status: 404,
  },
  { route: "admin._index", role: "admin", url: () => "/admin" },
  { route: "revisjon", role: "admin", url: () => "/revisjon", params: ["emne", "handling"] },
  { route: "utvikler.e-post", role: "admin", url: () => "/utvikler/e-post" },
  {
    route: "kandidat._index",
    role: "candidate",
    url: () => "/kandidat",
    params: ["trekk", "trukket", "delt", "ikke-delt", "kanal"],
  },
  { route: "kandidat.mine-data", role: "candidate", url: () => "/kandidat/mine-data" },
  { route: "kandidat.mine-data_.json", role: "candidate", url: () => "/kandidat/mine-data/json" },
  { route: "arbeidsgiver._index", role: "employer", url: () => "/arbeidsgiver", params: ["registrert"] },
  {
    route: "arbeidsgiver.$orgId",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}`,
    params: ["lagret"],
    wrongIds: () => ["/arbeidsgiver/ikke-en-id", `/arbeidsgiver/${NO_SUCH_ID}`],
  },
  { route: "arbeidsgiver.$orgId_.forslag._index", role: "employer", url: (ids) => `/arbeidsgiver/${ids.org}/forslag` },
  {
    route: "arbeidsgiver.$orgId_.forslag.$id",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/forslag/${ids.proposal}`,
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/forslag/ikke-en-id`,
      `/arbeidsgiver/${ids.org}/forslag/${NO_SUCH_ID}`,
    ],
  },
  {
    route: "arbeidsgiver.$orgId_.oppgaver.ny",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/oppgaver/ny`,
    params: ["kopi"],
  },
  {
    route: "arbeidsgiver.$orgId_.oppgaver.$taskId",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/oppgaver/${ids.task}`,
    params: ["lagret"],
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/oppgaver/ikke-en-id`,
      `/arbeidsgiver/${ids.org}/oppgaver/${NO_SUCH_ID}`,
    ],
  },
  {
    route: "arbeidsgiver.$orgId_.jobber.ny",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/jobber/ny`,
    params: ["kopi", "oppgave"],
  },
  {
    route: "arbeidsgiver.$orgId_.jobber.$jobId",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/jobber/${ids.job}`,
    params: ["lagret"],
    wrongIds: (ids) => [`/arbeidsgiver/${ids.org}/jobber/ikke-en-id`, `/arbeidsgiver/${ids.org}/jobber/${NO_SUCH_ID}`],
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd._index",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/tilskudd`,
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/tilskudd/${ids.application}`,
    params: ["sendt"],
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/tilskudd/ikke-en-id`,
      `/arbeidsgiver/${ids.org}/tilskudd/${NO_SUCH_ID}`,
    ],
  },
  {
    route: "arbeidsgiver.$orgId_.tilskudd.$appId_.vedtak",
    role: "employer",
    // The demo applications are submitted, not decided: no letter yet (the grant specs read a real one).
    url: (ids) => `/arbeidsgiver/${ids.org}/tilskudd/${ids.application}/vedtak`,
    status: 404,
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/tilskudd/ikke-en-id/vedtak`,
      `/arbeidsgiver/${ids.org}/tilskudd/${NO_SUCH_ID}/vedtak`,
    ],
  },
  { route: "spesialist._index", role: "specialist", url: () => "/spesialist" },
  {
    route: "spesialist.sok",
    role: "specialist",
    url: () => "/spesialist/sok",
    params: [...candidateSearchParams, "availableNow", "drivingLicence", "language", "sort", "page"],
  },
  {
    route: "api.kandidater",
    role: "specialist",
    url: () => "/api/kandidater",
    params: [...candidateSearchParams, "page", "facets"],
  },
  {
    route: "spesialist.jobber",
    role: "specialist",
    url: () => "/spesialist/jobber",
    params: [
      "q",
      "kind",
      "categories",
      "strengths",
      "weekdays",
      "timesOfDay",
      "municipality",
      "region",
      "hoursMax",
      "mentor",
      "startsBy",
      "page",
    ],
  },
  {
    route: "spesialist.jobber_.$jobKey",
    role: "specialist",
    url: (ids) => `/spesialist/jobber/job-${ids.openJob}`,
    params: ["q"],
    wrongIds: () => [
      "/spesialist/jobber/ikke-en-id",
      `/spesialist/jobber/job-${NO_SUCH_ID}`,
      `/spesialist/jobber/task-${NO_SUCH_ID}`,
    ],
  },
  {
    route: "spesialist.kandidater.$id",
    role: "specialist",
    url: (ids) => `/spesialist/kandidater/${ids.candidate}`,
    params: ["trekk", "trukket", "ny", "oppdatert", "fase", "oppfolging"],
    wrongIds: () => ["/spesialist/kandidater/ikke-en-id", `/spesialist/kandidater/${NO_SUCH_ID}`],
  },
  {
    route: "spesialist.kandidater.$id_.jobber",
    role: "specialist",
    url: (ids) => `/spesialist/kandidater/${ids.candidate}/jobber`,
    wrongIds: () => ["/spesialist/kandidater/ikke-en-id/jobber", `/spesialist/kandidater/${NO_SUCH_ID}/jobber`],
  },
  {
    route: "spesialist.kandidater.$id_.profil",
    role: "specialist",
    url: (ids) => `/spesialist/kandidater/${ids.candidate}/profil`,
    wrongIds: () => ["/spesialist/kandidater/ikke-en-id/profil", `/spesialist/kandidater/${NO_SUCH_ID}/profil`],
  },
  { route: "spesialist.kandidater.ny", role: "specialist", url: () => "/spesialist/kandidater/ny" },
  {
    route: "spesialist.kandidater.$id_.innsatsbehov",
    role: "specialist",
    url: (ids) => `/spesialist/kandidater/${ids.candidate}/innsatsbehov`,
    params: ["lagret"],
    wrongIds: () => [
      "/spesialist/kandidater/ikke-en-id/innsatsbehov",
      `/spesialist/kandidater/${NO_SUCH_ID}/innsatsbehov`,
    ],
  },
  {
    route: "lonnstilskudd",
    role: "anonymous",
    url: () => "/lonnstilskudd",
    params: ["kind", "percent", "wage", "holiday", "otp", "tax", "start", "end"],
  },
  {
    route: "spesialist.forslag.ny",
    role: "specialist",
    url: (ids) => `/spesialist/forslag/ny?kandidat=${ids.candidate}&jobb=job-${ids.openJob}`,
    wrongIds: (ids) => [
      `/spesialist/forslag/ny?kandidat=ikke-en-id&jobb=job-${ids.openJob}`,
      `/spesialist/forslag/ny?kandidat=${NO_SUCH_ID}&jobb=job-${ids.openJob}`,
      `/spesialist/forslag/ny?kandidat=${ids.candidate}&jobb=ikke-en-id`,
      `/spesialist/forslag/ny?kandidat=${ids.candidate}`,
    ],
  },
  {
    route: "spesialist.forslag.$id",
    role: "specialist",
    url: (ids) => `/spesialist/forslag/${ids.proposal}`,
    params: ["ny"],
    wrongIds: () => ["/spesialist/forslag/ikke-en-id", `/spesialist/forslag/${NO_SUCH_ID}`],
  },
  { route: "spesialist.tilskudd._index", role: "specialist", url: () => "/spesialist/tilskudd" },
  { route: "arbeidsgiver.$orgId_.ansatte._index", role: "employer", url: (ids) => `/arbeidsgiver/${ids.org}/ansatte` },
  {
    route: "arbeidsgiver.$orgId_.ansatte.$id",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/ansatte/${ids.hire}`,
    params: ["endret", "avsluttet", "syn"],
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/ansatte/ikke-en-id`,
      `/arbeidsgiver/${ids.org}/ansatte/${NO_SUCH_ID}`,
      `/arbeidsgiver/${NO_SUCH_ID}/ansatte/${ids.hire}`,
    ],
  },
  {
    route: "arbeidsgiver.$orgId_.samtaler._index",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/samtaler`,
  },
  {
    route: "arbeidsgiver.$orgId_.samtaler.$id",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/samtaler/${ids.hire}`,
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/samtaler/ikke-en-id`,
      `/arbeidsgiver/${ids.org}/samtaler/${NO_SUCH_ID}`,
    ],
  },
  { route: "spesialist.ansettelser._index", role: "specialist", url: () => "/spesialist/ansettelser" },
  {
    route: "spesialist.ansettelser.$id",
    role: "specialist",
    url: (ids) => `/spesialist/ansettelser/${ids.hire}`,
    params: ["endret", "avsluttet", "samtale", "nedtrapping", "apen"],
    wrongIds: () => ["/spesialist/ansettelser/ikke-en-id", `/spesialist/ansettelser/${NO_SUCH_ID}`],
  },
  { route: "spesialist.samtaler._index", role: "specialist", url: () => "/spesialist/samtaler" },
  {
    route: "spesialist.samtaler.$id",
    role: "specialist",
    url: (ids) => `/spesialist/samtaler/${ids.hire}`,
    wrongIds: () => ["/spesialist/samtaler/ikke-en-id", `/spesialist/samtaler/${NO_SUCH_ID}`],
  },
  { route: "kandidat.forhandsvisning", role: "candidate", url: () => "/kandidat/forhandsvisning" },
  {
    route: "spesialist.tilskudd.$appId",
    role: "specialist",
    url: (ids) => `/spesialist/tilskudd/${ids.application}`,
    wrongIds: () => ["/spesialist/tilskudd/ikke-en-id", `/spesialist/tilskudd/${NO_SUCH_ID}`],
  },
  {
    route: "arbeidsgiver.$orgId_.refusjon._index",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/refusjon`,
  },
  {
    route: "arbeidsgiver.$orgId_.refusjon.$claimId",
    role: "employer",
    url: (ids) => `/arbeidsgiver/${ids.org}/refusjon/${ids.refundClaim}`,
    params: ["beregnet", "sendt"],
    wrongIds: (ids) => [
      `/arbeidsgiver/${ids.org}/refusjon/ikke-en-id`,
      `/arbeidsgiver/${ids.org}/refusjon/${NO_SUCH_ID}`,
    ],
  },
  { route: "spesialist.refusjon._index", role: "specialist", url: () => "/spesialist/refusjon" },
  {
    route: "spesialist.refusjon.$claimId",
    role: "specialist",
    url: (ids) => `/spesialist/refusjon/${ids.refundClaim}`,
    params: ["godkjent", "tilbake", "forlenget"],
    wrongIds: () => ["/spesialist/refusjon/ikke-en-id", `/spesialist/refusjon/${NO_SUCH_ID}`],
  },
  { route: "leder._index", role: "leader", url: () => "/leder", params: ["fra", "til", "spesialist", "tilskudd"] },
  {
    route: "leder.csv.$table",
    role: "leader",
    url: () => "/leder/csv/kull",
    params: ["fra", "til", "spesialist", "tilskudd"],
    wrongIds: () => ["/leder/csv/finnes-ikke"],
  },
  {
    route: "spesialist.resultater",
    role: "specialist",
    url: () => "/spesialist/resultater",
    params: ["fra", "til", "tilskudd"],
  },
  {
    route: "spesialist.resultater_.csv.$table",
    role: "specialist",
    url: () => "/spesialist/resultater/csv/kull",
    params: ["fra", "til", "tilskudd"],
    wrongIds: () => ["/spesialist/resultater/csv/finnes-ikke"],
  },
];

/** The odd addresses of a row: each parameter alone with each odd value, then all of them repeated 40 times. */
function oddAddresses(url: string, params: string[]): string[] {
  const join = (query: string) => `${url}${url.includes("?") ? "&" : "?"}${query}`;
  const addresses = params.flatMap((name) => oddValues.map((value) => join(`${name}=${encodeURIComponent(value)}`)));
  if (params.length > 0) {
    addresses.push(join(params.flatMap((name) => Array.from({ length: 40 }, (_, i) => `${name}=v${i}`)).join("&")));
  }
  return addresses;
}

const get = (client: APIRequestContext, url: string) =>
  answerTo(() => client.get(url, { maxRedirects: 0, timeout: 15_000 }));

const one = async (text: string, values: unknown[] = []) => (await queryOneE2e<{ id: string }>(text, values)).id;

async function findIds(): Promise<Ids> {
  const org = await organisationOf(demoUsers.employer.email);
  const office = await one("select nav_office_id as id from users where email = $1", [demoUsers.specialist.email]);
  return {
    org,
    job: await one(
      "select id from carved_jobs where organisation_id = $1 order by status = 'open' desc, created_at limit 1",
      [org],
    ),
    task: await one("select id from task_needs where organisation_id = $1 order by created_at limit 1", [org]),
    proposal: await one("select id from proposals where organisation_id = $1 order by created_at limit 1", [org]),
    application: await one(
      "select id from grant_applications where organisation_id = $1 and status <> 'draft' order by created_at limit 1",
      [org],
    ),
    candidate: await one("select id from candidates where office_id = $1 order by created_at limit 1", [office]),
    openJob: await one("select id from carved_jobs where status = 'open' order by created_at limit 1"),
    hire: await one(
      "select id from proposals where organisation_id = $1 and status = 'hired' order by created_at limit 1",
      [org],
    ),
    refundClaim: await one(
      `select r.id from refund_claims r join grant_applications a on a.id = r.application_id
       where a.organisation_id = $1 and r.kind = 'wage' order by r.created_at, r.id limit 1`,
      [org],
    ),
  };
}

let ids: Promise<Ids> | undefined;
const clients = new Map<Role, Promise<APIRequestContext>>();

function clientFor(role: Role, baseURL: string): Promise<APIRequestContext> {
  let client = clients.get(role);
  if (!client) {
    client = role === "anonymous" ? request.newContext({ baseURL }) : signedInRequest(baseURL, role);
    clients.set(role, client);
  }
  return client;
}

test.afterAll(async () => {
  for (const client of clients.values()) await (await client).dispose();
  clients.clear();
});

test("every route with a loader has a row in the table", () => {
  expect(rows.map((r) => r.route).sort()).toEqual(routeFiles("loader"));
});

for (const row of rows) {
  test(`${row.route} as ${row.role}: odd addresses`, async ({ baseURL }) => {
    ids ??= findIds();
    const known = await ids;
    const client = await clientFor(row.role, baseURL ?? "");
    const url = row.url(known);
    const failures: string[] = [];

    const page = await get(client, url);
    // The page itself: the route's own answer (a 404 for the catch-all, a redirect for signing out).
    const expected = row.status ?? 200;
    const pageProblem = problemWith(page, row.role !== "anonymous");
    if (pageProblem || ("status" in page && page.status !== expected)) {
      failures.push(`GET ${url} → ${pageProblem ?? ("status" in page ? page.status : "")}, expected ${expected}`);
    }
    for (const address of oddAddresses(url, row.params ?? [])) {
      const problem = problemWith(await get(client, address), row.role !== "anonymous");
      if (problem) failures.push(`GET ${address.slice(0, 160)} → ${problem}`);
    }
    for (const address of row.wrongIds?.(known) ?? []) {
      const answer = await get(client, address);
      const problem =
        problemWith(answer, row.role !== "anonymous") ??
        ("status" in answer && answer.status !== 404 ? `status ${answer.status}, not 404` : null);
      if (problem) failures.push(`GET ${address} → ${problem}`);
    }
    expect(failures).toEqual([]);
  });
}
