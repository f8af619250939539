import { describe, expect, it } from "vitest";
import { buildSynonyms, norwegianSynonyms } from "./indexes";

describe("buildSynonyms", () => {
  it("makes every word of a group find the others, both ways", () => {
    const map = buildSynonyms([["lager", "logistikk", "varelager"]]);
    expect(map.lager).toEqual(["logistikk", "varelager"]);
    expect(map.varelager).toEqual(["lager", "logistikk"]);
  });

  it("adds a key typed without æ, ø and å, pointing at the real words", () => {
    const map = buildSynonyms([["renhold", "rengjøring"]]);
    expect(map.rengjoring).toEqual(["renhold", "rengjøring"]);
    expect(map.rengjøring).toEqual(["renhold"]);
  });

  it("merges a word's groups", () => {
    const map = buildSynonyms([
      ["kjøkken", "kantine"],
      ["kjøkken", "kjøkkenjobb"],
    ]);
    expect(map.kjøkken).toEqual(["kantine", "kjøkkenjobb"]);
    expect(map.kantine).toEqual(["kjøkken"]);
  });
});

describe("the Norwegian synonyms", () => {
  it("know the vocabulary's groupings and the far word forms", () => {
    expect(norwegianSynonyms.handel).toContain("butikk");
    expect(norwegianSynonyms.oppvekst).toContain("barnehage");
    expect(norwegianSynonyms.bakerarbeid).toEqual(expect.arrayContaining(["bakeri", "baker"]));
    expect(norwegianSynonyms.sjåførjobb).toContain("sjåfør");
    expect(norwegianSynonyms.lagerarbeid).toContain("lager");
  });
});
