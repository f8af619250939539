// The privacy guard for free text in a candidate profile: a summary or a tag must not carry a
// fødselsnummer/D-nummer, a phone number, an e-mail address or the candidate's own names,
// because profile text reaches the search index and employers' screens.
import { idnr } from "@navikt/fnrvalidator";

export type FindingKind = "fnr" | "dnr" | "phone" | "email" | "name";

export interface PrivacyFinding {
  kind: FindingKind;
  match: string;
  message: string;
}

const messages: Record<FindingKind, (match: string) => string> = {
  fnr: (m) => `Teksten inneholder et fødselsnummer («${m}»). Fjern det – fødselsnummer skal aldri stå i profilen.`,
  dnr: (m) => `Teksten inneholder et D-nummer («${m}»). Fjern det – D-nummer skal aldri stå i profilen.`,
  phone: (m) =>
    `Teksten inneholder et telefonnummer («${m}»). Fjern det – kontaktinformasjon hører til identiteten, ikke profilen.`,
  email: (m) =>
    `Teksten inneholder en e-postadresse («${m}»). Fjern den – kontaktinformasjon hører til identiteten, ikke profilen.`,
  name: (m) => `Teksten inneholder kandidatens navn («${m}»). Fjern det – profilen skal være anonym.`,
};

// 11 digits as people write a fødselsnummer: 01019012480, 010190 12480, 010190.12480,
// 010190-12480, or with the birth date dotted: 01.01.90 12480, 01.01.90.12480.
const ELEVEN_DIGITS = /(?<!\d)\d{2}\.?\d{2}\.?\d{2}[\s.-]?\d{5}(?!\d)/g;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// Norwegian numbers: 8 digits starting 2–9, optionally +47/0047, in any grouping.
const PHONE = /(?<![\d+])(?:(?:\+|00)47[\s.-]?)?[2-9]\d(?:[\s.-]?\d){6}(?!\d)/g;

function finding(kind: FindingKind, match: string): PrivacyFinding {
  return { kind, match, message: messages[kind](match) };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Everything identifying in `text`; empty when it is safe to store and index. */
export function findIdentifyingText(text: string, names: string[] = []): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  const consumed: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => consumed.some(([s, e]) => start < e && end > s);

  for (const m of text.matchAll(ELEVEN_DIGITS)) {
    const digits = m[0].replace(/\D/g, "");
    const result = idnr(digits);
    if (result.status === "valid") {
      findings.push(finding(result.type.startsWith("dnr") ? "dnr" : "fnr", m[0]));
      consumed.push([m.index, m.index + m[0].length]);
    }
  }
  for (const m of text.matchAll(EMAIL)) {
    findings.push(finding("email", m[0]));
    consumed.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(PHONE)) {
    if (!overlaps(m.index, m.index + m[0].length)) findings.push(finding("phone", m[0].trim()));
  }
  const parts = new Set(
    names
      .flatMap((n) => n.split(/[\s-]+/))
      .map((p) => p.trim())
      .filter((p) => p.length >= 2),
  );
  for (const part of parts) {
    // The name as a whole word, also in the genitive ("Olas"); short names too ("Ola", "Jo").
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(part)}s?(?![\\p{L}])`, "iu");
    const m = pattern.exec(text);
    if (m && !overlaps(m.index, m.index + m[0].length)) findings.push(finding("name", m[0]));
  }
  return findings;
}
