import { describe, expect, it } from "vitest";
import { groupRepeated } from "./group-repeated";

describe("repeated messages", () => {
  it("shows the same message about the same thing once, with how many times it came, first one first", () => {
    const proposed = { text: "Ny kandidat foreslått til Kjøkkenhjelp", link: "/a/forslag" };
    const answered = { text: "Søknaden er behandlet", link: "/a/tilskudd/1" };
    const grouped = groupRepeated([
      { id: "1", ...proposed },
      { id: "2", ...answered },
      { id: "3", ...proposed },
      { id: "4", ...proposed },
    ]);
    expect(grouped).toEqual([
      { id: "1", ...proposed, times: 3 },
      { id: "2", ...answered, times: 1 },
    ]);
  });

  it("keeps messages with the same text about different things apart", () => {
    const grouped = groupRepeated([
      { text: "Ny kandidat foreslått", link: "/a/forslag/1" },
      { text: "Ny kandidat foreslått", link: "/a/forslag/2" },
    ]);
    expect(grouped.map((g) => g.times)).toEqual([1, 1]);
  });

  it("gives nothing for nothing", () => {
    expect(groupRepeated([])).toEqual([]);
  });
});
