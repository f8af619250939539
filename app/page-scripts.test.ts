// Two places say which pages are sent without React: each route's `handle = serverRendered`, and
// `isServerRenderedPath`, which links and redirects use to load such a page as a document
// (decision 023). This keeps the two in step: for every page route, the address its file name
// gives is a server-rendered path exactly when the route says so.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isServerRenderedPath } from "./page-scripts";

const routesDir = path.join(import.meta.dirname, "routes");

/** An address the route answers, from its file name (Remix's flat routes: `.` is `/`, `$id` a parameter). */
function addressOf(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .split(".")
    .filter((segment) => segment !== "_index" && !segment.startsWith("_"))
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) => (segment.startsWith("$") ? `${segment.slice(1) || "splat"}-1` : segment));
  return `/${segments.join("/")}`;
}

const pages = readdirSync(routesDir)
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ file, source: readFileSync(path.join(routesDir, file), "utf8") }))
  // A resource route (no default export) answers with data, not a page: it has no scripts to leave out.
  .filter(({ source }) => /^export default /m.test(source));

describe("pages sent without React", () => {
  it("finds the portal's page routes, the employer pages among them", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.filter(({ file }) => file.startsWith("arbeidsgiver")).length).toBe(17);
  });

  it.each(pages)(
    "$file: its address is loaded as a document exactly when the route is sent without React",
    ({ file, source }) => {
      const serverRendered = /^export const handle = serverRendered;?$/m.test(source);
      expect(isServerRenderedPath(addressOf(file)), addressOf(file)).toBe(serverRendered);
    },
  );

  it("reads addresses with a query string, and not a longer word that starts the same", () => {
    expect(isServerRenderedPath("/arbeidsgiver")).toBe(true);
    expect(isServerRenderedPath("/arbeidsgiver?org=1")).toBe(true);
    expect(isServerRenderedPath("/arbeidsgiver/123/jobber")).toBe(true);
    expect(isServerRenderedPath("/arbeidsgivere")).toBe(false);
    expect(isServerRenderedPath("/spesialist/arbeidsgiver")).toBe(false);
    expect(isServerRenderedPath("/")).toBe(false);
  });
});
