// Every action the code writes to the audit log has a Norwegian name on the audit page.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionName, auditActionNames } from "./wayfinding";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The string literals passed as `action` to the audit writers (audit(), appendAudit()). */
function writtenActions(): string[] {
  const found = new Set<string>();
  for (const dir of ["app", "db", "scripts", "search"]) {
    for (const file of sourceFiles(path.join(root, dir))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\baction:\s*"([a-z_]+\.[a-z_.]+)"/g))
        found.add(m[1] as string);
    }
  }
  return [...found].sort();
}

describe("the audit page's event names", () => {
  it("finds the actions the code writes (the search itself works)", () => {
    expect(writtenActions()).toEqual(
      expect.arrayContaining(["auth.sign_in", "retention.anonymised", "consent.changed"]),
    );
  });

  it("names every action written anywhere in the code in Norwegian", () => {
    const unnamed = writtenActions().filter((a) => !(a in auditActionNames));
    expect(unnamed).toEqual([]);
    expect(auditActionName("candidate.need_recorded")).toBe("Innsatsbehov registrert");
    expect(auditActionName("auth.register_requested")).toBe("Ba om å registrere arbeidsgiver");
  });

  it("names each action once, with a name of its own", () => {
    const names = Object.values(auditActionNames);
    expect(new Set(names).size).toBe(names.length);
  });
});
