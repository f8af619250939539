import { describe, expect, it } from "vitest";
import { localPathOr } from "./next-path";

describe("the address to go to after signing in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(localPathOr("/spesialist/sok?q=lager", "/")).toBe("/spesialist/sok?q=lager");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "",
    null,
    "//[",
    "//a b",
  ])("refuses %j, which a browser would take off the site or cannot read", (value) => {
    expect(localPathOr(value, "/arbeidsgiver")).toBe("/arbeidsgiver");
  });
});
