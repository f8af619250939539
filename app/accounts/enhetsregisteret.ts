// Reading an answer from Enhetsregisteret's open API (GET {base}/enhetsregisteret/api/enheter/{orgnr}).
// Pure: no network here, so the parsing is unit-tested; the call is in enhetsregisteret.server.ts.
import { z } from "zod";

/** What registration takes from Enhetsregisteret: the name, the business address and its municipality. */
export interface RegisteredOrganisation {
  name: string;
  /** "Storgata 1, 9008 Tromsø": street lines, then postcode and town; "" when none is given. */
  address: string;
  /** Four digits, or null when the register gives none. */
  municipalityNumber: string | null;
}

export type LookupResult =
  | { kind: "found"; organisation: RegisteredOrganisation }
  | { kind: "not-configured" }
  | { kind: "not-found" }
  | { kind: "unreachable" };

const enhet = z.object({
  navn: z.string().trim().min(1),
  forretningsadresse: z
    .object({
      adresse: z.array(z.string()).nullish(),
      postnummer: z.string().nullish(),
      poststed: z.string().nullish(),
      kommunenummer: z.string().nullish(),
    })
    .nullish(),
});

/** The organisation in an answer's JSON, or null when it is not the shape we know. */
export function parseEnhet(json: unknown): RegisteredOrganisation | null {
  const parsed = enhet.safeParse(json);
  if (!parsed.success) return null;
  const a = parsed.data.forretningsadresse;
  const street = (a?.adresse ?? []).map((line) => line.trim()).filter(Boolean);
  const place = [a?.postnummer?.trim(), a?.poststed?.trim()].filter(Boolean).join(" ");
  const kommune = a?.kommunenummer?.trim() ?? "";
  return {
    name: parsed.data.navn.slice(0, 200),
    address: [...street, place].filter(Boolean).join(", ").slice(0, 300),
    municipalityNumber: /^\d{4}$/.test(kommune) ? kommune : null,
  };
}

/** The address of one organisation in the API under `base` (a trailing slash or not). */
export function enhetUrl(base: string, orgNumber: string): string {
  return `${base.replace(/\/+$/, "")}/enhetsregisteret/api/enheter/${encodeURIComponent(orgNumber)}`;
}
