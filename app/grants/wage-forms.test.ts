import { describe, expect, it } from "vitest";
import * as texts from "~/texts";
import { stepLabelsFor, stepsFor } from "./form-layout";
import { rates2026 } from "./test-rates";
import { wageStepSchema } from "./wage-forms";
import { offeredKinds } from "./wage-subsidy";

describe("the kinds offered to the employer follow the person's recorded need", () => {
  it("offers midlertidig and sommerjobb for situasjonsbestemt innsats, and tells why varig is not offered", () => {
    expect(offeredKinds("situasjonsbestemt")).toEqual({
      offered: ["midlertidig", "sommerjobb"],
      notOffered: [{ kind: "varig", reason: "varigNeedsLastingNeed" }],
    });
    expect(offeredKinds("spesielt_tilpasset").offered).toEqual(["midlertidig", "sommerjobb"]);
  });

  it("offers all three with varig or gradert varig tilpasset innsats", () => {
    expect(offeredKinds("varig_tilpasset")).toEqual({
      offered: ["midlertidig", "varig", "sommerjobb"],
      notOffered: [],
    });
    expect(offeredKinds("gradert_varig").offered).toEqual(["midlertidig", "varig", "sommerjobb"]);
  });

  it("offers nothing before NAV has recorded the need, and says so", () => {
    const { offered, notOffered } = offeredKinds(null);
    expect(offered).toEqual([]);
    expect(new Set(notOffered.map((n) => n.reason))).toEqual(new Set(["needMissing"]));
  });

  it("still refuses a kind the need does not allow when it is posted anyway (the server's check)", () => {
    const person = { need: "situasjonsbestemt" as const, birthDate: "1990-05-05", today: "2026-12-01" };
    const step = wageStepSchema(0, rates2026, person);
    const refused = step.safeParse({ wageKind: "varig", startDate: "03.12.2026", endDate: "30.11.2027" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toContainEqual(
      expect.objectContaining({ path: ["wageKind"], message: texts.wage.errors.varigNeedsLastingNeed }),
    );
    expect(step.safeParse({ wageKind: "midlertidig", startDate: "03.12.2026", endDate: "30.11.2027" }).success).toBe(
      true,
    );
  });
});

describe("the steps of a lønnstilskudd application", () => {
  it("are named as the wage steps, not the inclusion grant's (the page title names the step)", () => {
    expect(stepLabelsFor("wage")).toEqual(texts.wage.steps);
    expect(stepLabelsFor("wage")[1]).toBe("Stillingen");
    expect(stepLabelsFor("inclusion")[1]).toBe("Behovet");
    expect(stepsFor("wage")).toHaveLength(stepLabelsFor("wage").length);
    expect(stepsFor("mentor")).toHaveLength(stepLabelsFor("mentor").length);
    expect(stepsFor("inclusion")).toHaveLength(stepLabelsFor("inclusion").length);
  });
});
