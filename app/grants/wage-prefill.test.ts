import { describe, expect, it } from "vitest";
import { wageAnswersFromJob } from "./wage-prefill";

const job = {
  title: "Kjøkkenassistent",
  hours_per_week: 20,
  slots: ["mon:day", "tue:day", "wed:morning", "wed:day"],
  employment_form: "temporary" as const,
  tasks: [{ title: "Oppvask" }, { title: "Forberede lunsj" }],
};

describe("a lønnstilskudd application started from a carved job", () => {
  it("takes the title, the tasks, the position of 37.5 hours, the days covered and the employment", () => {
    expect(wageAnswersFromJob(job)).toEqual({
      jobTitle: "Kjøkkenassistent",
      tasks: "Oppvask, Forberede lunsj",
      positionPercent: "53,3",
      daysPerWeek: "3",
      employmentType: "temporary",
    });
  });

  it("writes a whole percentage without decimals, and a full week as 100", () => {
    expect(wageAnswersFromJob({ ...job, hours_per_week: 15 }).positionPercent).toBe("40");
    expect(wageAnswersFromJob({ ...job, hours_per_week: 37.5 }).positionPercent).toBe("100");
  });

  it("leaves out what the job does not say: no tasks, no slots, a work trial", () => {
    const answers = wageAnswersFromJob({ ...job, tasks: [], slots: [], employment_form: "work-trial" });
    expect(answers).toEqual({ jobTitle: "Kjøkkenassistent", positionPercent: "53,3" });
  });

  it("keeps a permanent job permanent", () => {
    expect(wageAnswersFromJob({ ...job, employment_form: "permanent" }).employmentType).toBe("permanent");
  });
});
