import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConsentList, type ConsentView } from "./ConsentList";

const active: ConsentView = {
  id: "00000000-0000-4000-8000-000000000001",
  scope: "search",
  organisationName: null,
  method: "meeting",
  recordedAt: "01.12.2026",
  expiresAt: "01.12.2027",
  state: "active",
};

describe("the consent list", () => {
  it("offers to withdraw an active consent where withdrawing works", () => {
    const html = renderToStaticMarkup(<ConsentList consents={[active]} confirmId={null} notice={null} />);
    expect(html).toContain(`href="?trekk=${active.id}"`);
    expect(html).toContain("Trekk samtykket");
  });

  it("has no withdraw links on a read-only page (they would lead nowhere)", () => {
    const html = renderToStaticMarkup(<ConsentList consents={[active]} confirmId={null} notice={null} readOnly />);
    expect(html).not.toContain("trekk=");
    expect(html).not.toContain("Trekk samtykket");
    expect(html).toContain("01.12.2027");
  });
});

describe("the consent list read by a specialist", () => {
  const html = (reader: "candidate" | "specialist") =>
    renderToStaticMarkup(<ConsentList consents={[active]} confirmId={null} notice={null} reader={reader} />);

  it("speaks about the candidate, not to them", () => {
    expect(html("specialist")).toContain("hva kandidaten har samtykket til");
    expect(html("specialist")).not.toMatch(/du har samtykket|Du kan trekke/);
  });

  it("still speaks to the candidate on the candidate's own page", () => {
    expect(html("candidate")).toContain("Her ser du hva du har samtykket til");
  });
});
