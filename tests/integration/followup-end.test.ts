// Ending and reopening a person's follow-up through the real candidate-page action: only a
// specialist of the candidate's office, bad input answered at the field with nothing written, and
// the audit trail names both changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action } from "../../app/routes/spesialist.kandidater.$id";
import * as texts from "../../app/texts";
import { callRoute, closeServices, signIn, useAppServices } from "../support/app";
import { candidateWith, createOfficeAndSpecialist } from "../support/candidates";
import { type TestDatabase, createTestDatabase } from "../support/db";
import { todayInOslo } from "../../app/domain/dates";
import { formatDate } from "../../app/format";

let t: TestDatabase;
let candidateId: string;
let own: string;
let other: string;

beforeAll(async () => {
  t = await createTestDatabase();
  useAppServices(t);
  const a = await createOfficeAndSpecialist(t.db, "NAV Avslutt A");
  const b = await createOfficeAndSpecialist(t.db, "NAV Avslutt B");
  const c = await candidateWith(t.db, a);
  candidateId = c.id;
  await t.db.updateTable("candidates").set({ started_on: "2026-01-15" }).where("id", "=", candidateId).execute();
  own = await signIn(a.specialistId);
  other = await signIn(b.specialistId);
}, 60_000);

afterAll(async () => {
  await closeServices();
  await t?.drop();
});

const post = (cookie: string, form: Record<string, string>) =>
  callRoute(action, { path: `/spesialist/kandidater/${candidateId}`, cookie, form, params: { id: candidateId } });
const state = () =>
  t.db
    .selectFrom("candidates")
    .select(["followup_ended_on", "followup_end_reason"])
    .where("id", "=", candidateId)
    .executeTakeFirstOrThrow();
const auditRows = (action: string) =>
  t.db
    .selectFrom("audit_log")
    .select("details")
    .where("action", "=", action)
    .where("subject_id", "=", candidateId)
    .execute();

describe("ending a follow-up", () => {
  it("a specialist of another office is refused and nothing is written", async () => {
    const answer = await post(other, { intent: "endFollowup", endReason: "moved", endedOn: "01.02.2026" });
    expect(answer.status).toBe(404);
    expect(await state()).toEqual({ followup_ended_on: null, followup_end_reason: null });
  });

  it("bad input is answered at the field, keeps what was typed and writes nothing", async () => {
    const answer = await post(own, { intent: "endFollowup", endReason: "bored", endedOn: "14.01.2026" });
    expect(answer.status).toBe(400);
    expect(answer.data).toEqual({
      followupErrors: {
        endReason: [texts.followupEnd.reasonRequired],
        endedOn: [texts.followupEnd.dateBeforeStart(formatDate("2026-01-15"))],
      },
      followupValues: { endReason: "bored", endedOn: "14.01.2026" },
    });
    const future = await post(own, { intent: "endFollowup", endReason: "moved", endedOn: "31.12.2099" });
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.data)).toContain(texts.followupEnd.dateInFuture);
    expect(await state()).toEqual({ followup_ended_on: null, followup_end_reason: null });
    expect(await auditRows("candidate.followup_ended")).toEqual([]);
  });

  it("the own office's specialist ends it (audit-logged), and a second end is refused", async () => {
    const answer = await post(own, { intent: "endFollowup", endReason: "in_work", endedOn: "15.01.2026" });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`/spesialist/kandidater/${candidateId}?avsluttet=1`);
    expect(await state()).toEqual({ followup_ended_on: "2026-01-15", followup_end_reason: "in_work" });
    expect(await auditRows("candidate.followup_ended")).toEqual([
      { details: { endedOn: "2026-01-15", reason: "in_work" } },
    ]);
    const again = await post(own, { intent: "endFollowup", endReason: "moved", endedOn: todayInOslo() });
    expect(again.status).toBe(409);
    expect(await state()).toEqual({ followup_ended_on: "2026-01-15", followup_end_reason: "in_work" });
  });

  it("another office cannot reopen it; the own office can, audit-logged", async () => {
    expect((await post(other, { intent: "reopenFollowup" })).status).toBe(404);
    expect((await state()).followup_ended_on).toBe("2026-01-15");
    const answer = await post(own, { intent: "reopenFollowup" });
    expect(answer.location).toBe(`/spesialist/kandidater/${candidateId}?gjenopptatt=1`);
    expect(await state()).toEqual({ followup_ended_on: null, followup_end_reason: null });
    expect(await auditRows("candidate.followup_reopened")).toHaveLength(1);
  });
});
