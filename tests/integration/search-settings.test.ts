import { afterAll, describe, expect, it } from "vitest";
import { candidateIndex, indexUid, jobIndex } from "../../search/indexes";
import { applyIndexDefinition, applyIndexSettings } from "../../search/settings";
import { createTestSearch } from "../support/search";

describe("search index settings on a real Meilisearch", () => {
  const search = createTestSearch();
  afterAll(() => search.cleanup());

  it("creates every index with the declared settings, and a second run changes nothing", async () => {
    const first = await applyIndexSettings(search.client, search.prefix);
    expect(first[indexUid(search.prefix, candidateIndex)]?.[0]).toBe("created");
    expect(first[indexUid(search.prefix, jobIndex)]?.[0]).toBe("created");

    const settings = await search.client.index(indexUid(search.prefix, jobIndex)).getSettings();
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["categories", "municipalityNumber", "weekdays", "slots"]),
    );
    expect(settings.synonyms?.kjøkken).toEqual(expect.arrayContaining(["kantine", "storkjøkken"]));

    const second = await applyIndexSettings(search.client, search.prefix);
    expect(Object.values(second).every((changes) => changes.length === 0)).toBe(true);
  });

  it("several portals starting at the same moment all get their indexes; one of them creates each", async () => {
    // Seen with two portals started together (tests/integration/two-instances.test.ts): both
    // found no index, both asked to create it, and the second stopped with "already exists".
    const prefix = `${search.prefix}race_`;
    const runs = await Promise.all([1, 2, 3].map(() => applyIndexSettings(search.client, prefix)));
    for (const definition of [candidateIndex, jobIndex]) {
      const uid = indexUid(prefix, definition);
      expect(runs.filter((changes) => changes[uid]?.[0] === "created").length).toBe(1);
      expect((await search.client.getRawIndex(uid)).primaryKey).toBe(definition.primaryKey);
    }
  });

  it("Norwegian synonyms: a search for 'kantine' finds a job described as 'kjøkken'", async () => {
    await applyIndexSettings(search.client, search.prefix);
    const index = search.client.index(indexUid(search.prefix, jobIndex));
    const task = await index.addDocuments([
      { id: "j1", title: "Oppvask etter lunsj", categoryLabels: ["Kjøkken"] },
      { id: "j2", title: "Plukke varer", categoryLabels: ["Lager"] },
    ]);
    await search.client.tasks.waitForTask(task.taskUid);
    const kantine = await index.search("kantine");
    expect(kantine.hits.map((h) => h.id)).toEqual(["j1"]);
    const logistikk = await index.search("logistikk");
    expect(logistikk.hits.map((h) => h.id)).toEqual(["j2"]);
  });

  it("a setting the server refuses fails loudly instead of being ignored", async () => {
    await expect(
      applyIndexDefinition(search.client, `${search.prefix}broken`, {
        name: "jobs",
        primaryKey: "id",
        settings: { rankingRules: ["not-a-rule"] },
      }),
    ).rejects.toThrow();
  });
});
