import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrations } from "./index";

describe("the migration list", () => {
  it("names every migration file in the folder, in timestamp order", () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => /^\d{8}T\d{4}[a-z]?_.+\.ts$/.test(f) && !f.endsWith(".test.ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(migrations)).toEqual(files);
  });
});
