import { describe, expect, it } from "vitest";
import { isUuid, mayOpenCandidate, organisationVerdict } from "./access-rules";

const ORG = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";

describe("who may act for an organisation", () => {
  const member = (organisationId: string, role: "admin" | "member", status: "active" | "pending") => ({
    organisationId,
    role,
    status,
  });

  it("lets an active member in with their role", () => {
    expect(organisationVerdict([member(ORG, "member", "active")], ORG)).toEqual({ ok: true, value: "member" });
    expect(organisationVerdict([member(ORG, "admin", "active")], ORG, { admin: true })).toEqual({
      ok: true,
      value: "admin",
    });
  });

  it("answers 404 to a non-member, a pending member and a member of another organisation", () => {
    const notFound = { ok: false, status: 404, reason: "not a member of the organisation" };
    expect(organisationVerdict([], ORG)).toEqual(notFound);
    expect(organisationVerdict([member(ORG, "admin", "pending")], ORG)).toEqual(notFound);
    expect(organisationVerdict([member(OTHER, "admin", "active")], ORG)).toEqual(notFound);
    expect(organisationVerdict([member(OTHER, "admin", "active")], ORG, { admin: true })).toEqual(notFound);
  });

  it("picks the active membership of this organisation among several", () => {
    const memberships = [
      member(OTHER, "member", "active"),
      member(ORG, "admin", "pending"),
      member(ORG, "member", "active"),
    ];
    expect(organisationVerdict(memberships, ORG)).toEqual({ ok: true, value: "member" });
    expect(organisationVerdict(memberships, ORG, { admin: true })).toMatchObject({ ok: false, status: 403 });
  });

  it("answers 403 to a member without admin rights where admin is needed", () => {
    expect(organisationVerdict([member(ORG, "member", "active")], ORG, { admin: true })).toEqual({
      ok: false,
      status: 403,
      reason: "not an organisation admin",
    });
    expect(organisationVerdict([member(ORG, "member", "active")], ORG, { admin: false })).toEqual({
      ok: true,
      value: "member",
    });
  });
});

describe("who may open a candidate's full profile", () => {
  const candidate = { officeId: "office-tromso", userId: "user-ola" };

  it("a specialist of the candidate's own office, no other office", () => {
    expect(mayOpenCandidate({ id: "per", role: "specialist", navOfficeId: "office-tromso" }, candidate)).toBe(true);
    expect(mayOpenCandidate({ id: "siri", role: "specialist", navOfficeId: "office-harstad" }, candidate)).toBe(false);
  });

  it("the candidate themself, no other candidate", () => {
    expect(mayOpenCandidate({ id: "user-ola", role: "candidate", navOfficeId: null }, candidate)).toBe(true);
    expect(mayOpenCandidate({ id: "user-kari", role: "candidate", navOfficeId: null }, candidate)).toBe(false);
  });

  it("never an employer or an administrator, even with matching ids", () => {
    expect(mayOpenCandidate({ id: "user-ola", role: "employer", navOfficeId: "office-tromso" }, candidate)).toBe(false);
    expect(mayOpenCandidate({ id: "user-ola", role: "admin", navOfficeId: "office-tromso" }, candidate)).toBe(false);
  });

  it("never through a missing id on either side", () => {
    expect(mayOpenCandidate({ id: "x", role: "candidate", navOfficeId: null }, { officeId: "o", userId: null })).toBe(
      false,
    );
    expect(mayOpenCandidate({ id: "x", role: "specialist", navOfficeId: null }, { officeId: "o", userId: null })).toBe(
      false,
    );
  });
});

describe("ids in URLs", () => {
  it("accepts a UUID in either case, and nothing around it", () => {
    expect(isUuid(ORG)).toBe(true);
    expect(isUuid(ORG.toUpperCase())).toBe(true);
    expect(isUuid(undefined)).toBe(false);
    expect(isUuid("")).toBe(false);
    expect(isUuid(`x${ORG}`)).toBe(false);
    expect(isUuid(`${ORG}x`)).toBe(false);
    expect(isUuid("11111111-1111-4111-8111-11111111111g")).toBe(false);
    expect(isUuid("11111111111141118111111111111111")).toBe(false);
  });
});
