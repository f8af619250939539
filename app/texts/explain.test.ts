import { describe, expect, it } from "vitest";
import { explain } from "./wayfinding";

describe("why a job fits, in one sentence", () => {
  it("says how well, what fits and what does not", () => {
    expect(explain.fitSentence(62, ["kjøkken", "morgen"], ["onsdag"])).toBe(
      "Passer delvis: kjøkken og morgen stemmer, men ikke onsdag.",
    );
    expect(explain.fitSentence(90, ["kjøkken", "morgen", "samme kommune"], [])).toBe(
      "Passer godt fordi dette stemmer: kjøkken, morgen og samme kommune.",
    );
    expect(explain.fitSentence(20, [], ["lørdag"])).toBe("Passer dårlig fordi dette ikke stemmer: lørdag.");
    expect(explain.fitSentence(50, [], [])).toBe("Passer delvis.");
  });
});
