// Rows a spec changes, made by the spec itself, so no spec depends on another's order or on the
// shared demo rows (two workers, `--repeat-each`). Names carry a random marker; the candidate is
// registered and brought to hire through the portal's own forms (as the specialist and the
// employer would), only the employer's task need is written straight to the database.
import { randomBytes } from "node:crypto";
import { expect } from "./fixtures";
import { demoUsers, inDays, organisationOf, queryOneE2e, signedInRequest } from "./support";

/** A random tag for the names a test makes ("Vilde T3f9a1c"). */
export const marker = () => randomBytes(3).toString("hex");

export interface MadeCandidate {
  id: string;
  code: string;
  name: string;
}

/**
 * A candidate registered by the demo specialist through the real form, with search and
 * employer-view consent (so matching and proposals find them): kitchen work, 10–15 hours on Monday
 * mornings, in Tromsø. `tags` (default `t<tag>`) makes the profile findable by free text.
 */
export async function makeCandidate(
  baseURL: string,
  options: { name?: string; tag?: string; tags?: string; birthDate?: string; phone?: string } = {},
): Promise<MadeCandidate> {
  const tag = options.tag ?? marker();
  const name = options.name ?? `Testkandidat ${tag}`;
  const api = await signedInRequest(baseURL, "specialist");
  try {
    const registered = await api.post("/spesialist/kandidater/ny", {
      multipart: {
        name,
        birthDate: options.birthDate ?? "1994-06-02",
        ...(options.phone ? { phone: options.phone } : {}),
        interests: "kjokken-kantine",
        strengths: "palitelig",
        tags: options.tags ?? `t${tag}`,
        hoursMin: "10",
        hoursMax: "15",
        weekdays: "mon",
        timesOfDay: "morning",
        municipalityNumber: "5501",
        summary: "Liker folk og faste rutiner.",
        consentSearch: "on",
        consentEmployerView: "on",
        consentMethod: "meeting",
      },
      maxRedirects: 0,
    });
    expect(registered.status(), "registering the test candidate").toBe(302);
  } finally {
    await api.dispose();
  }
  const row = await queryOneE2e<{ id: string; code: string }>(
    "select c.id, c.code from candidates c join candidate_identities i on i.candidate_id = c.id where i.name = $1",
    [name],
  );
  return { ...row, name };
}

export interface MadeHire {
  candidate: MadeCandidate;
  organisationId: string;
  taskId: string;
  proposalId: string;
  /** The task the candidate was hired for (its title carries the marker). */
  title: string;
}

/**
 * A candidate proposed by the demo specialist to the demo employer's organisation (Polarkjøkken
 * AS) for a task need of its own, waiting for the employer's answer.
 */
export async function makeProposal(baseURL: string, options: { name?: string } = {}): Promise<MadeHire> {
  const tag = marker();
  const organisationId = await organisationOf(demoUsers.employer.email);
  const title = `Frokostservering ${tag}`;
  const task = await queryOneE2e<{ id: string }>(
    `insert into task_needs (organisation_id, title, category, hours_per_week, slots, municipality_number,
       social_setting, strengths, mentor_possible)
     values ($1, $2, 'kjokken-kantine', 12, '{mon:morning,wed:morning}', '5501', 'small-team', '{palitelig}', true)
     returning id`,
    [organisationId, title],
  );
  const candidate = await makeCandidate(baseURL, { name: options.name ?? `Vilde Test${tag}`, tag });
  const specialist = await signedInRequest(baseURL, "specialist");
  try {
    const proposed = await specialist.post(`/spesialist/forslag/ny?kandidat=${candidate.id}&jobb=task-${task.id}`, {
      form: { note: "Punktlig og blid." },
      maxRedirects: 0,
    });
    expect(proposed.status(), "proposing the test candidate").toBe(302);
    const { id: proposalId } = await queryOneE2e<{ id: string }>("select id from proposals where candidate_id = $1", [
      candidate.id,
    ]);
    return { candidate, organisationId, taskId: task.id, proposalId, title };
  } finally {
    await specialist.dispose();
  }
}

/**
 * A candidate hired by the demo employer's organisation for a task need of its own (see
 * makeProposal): the employer interested, identity shared (the candidate said yes in a meeting),
 * a meeting, then the hire. `hireStart` defaults to today (Oslo).
 */
export async function makeHire(
  baseURL: string,
  options: { name?: string; hireStart?: string; hireForm?: "temporary" | "permanent"; mentorName?: string } = {},
): Promise<MadeHire> {
  const made = await makeProposal(baseURL, { name: options.name });
  const { organisationId, proposalId } = made;
  const specialist = await signedInRequest(baseURL, "specialist");
  const employer = await signedInRequest(baseURL, "employer");
  try {
    const answered = await employer.post(`/arbeidsgiver/${organisationId}/forslag/${proposalId}`, {
      form: { intent: "answer", answer: "interested", reason: "good-fit" },
    });
    expect(answered.status(), "the employer's answer").toBe(200);
    const steps: Array<Record<string, string>> = [
      { intent: "share-request", deadlineDays: "7" },
      { intent: "on-behalf", answer: "yes", reason: "Svarte ja i møte." },
      { intent: "move", to: "meeting" },
      {
        intent: "hire",
        hireForm: options.hireForm ?? "temporary",
        hireHours: "12",
        hireStart: options.hireStart ?? inDays(0),
        mentorName: options.mentorName ?? "Tor Hansen",
      },
    ];
    for (const form of steps) {
      const moved = await specialist.post(`/spesialist/forslag/${proposalId}`, { form });
      expect(moved.status(), JSON.stringify(form)).toBe(200);
    }
    return made;
  } finally {
    await specialist.dispose();
    await employer.dispose();
  }
}

/**
 * A candidate of the demo specialist's office who can sign in (e-mail and the demo password), for
 * a test that changes the candidate's own consents: the demo candidate Ola stays as seeded.
 */
export async function makeCandidateUser(baseURL: string): Promise<MadeCandidate & { email: string }> {
  const tag = marker();
  const candidate = await makeCandidate(baseURL, { name: `Kari Test${tag}`, tag });
  const email = `kandidat.${tag}@test.arbeidsbro.no`;
  // The demo users' password hash: the test signs in with DEMO_PASSWORD like any demo user.
  const user = await queryOneE2e<{ id: string }>(
    `insert into users (email, name, role, password_hash)
     select $1, $2, 'candidate', password_hash from users where email = $3 returning id`,
    [email, candidate.name, demoUsers.candidate.email],
  );
  await queryOneE2e("update candidates set user_id = $1 where id = $2 returning id", [user.id, candidate.id]);
  return { ...candidate, email };
}
