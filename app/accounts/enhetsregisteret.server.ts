import { type LookupResult, enhetUrl, parseEnhet } from "~/accounts/enhetsregisteret";

/** How long registration waits for Enhetsregisteret before the employer types the name instead. */
export const LOOKUP_TIMEOUT_MS = 2000;

/**
 * Looks an organisation number up in Enhetsregisteret at `baseUrl` (env ENHETSREGISTERET_URL).
 * Never throws: unset → not-configured; 404 (or 410, deleted) → not-found; no answer within the
 * timeout, a network error, another status or an answer of another shape → unreachable.
 */
export async function lookupOrganisation(
  baseUrl: string | undefined,
  orgNumber: string,
  { timeoutMs = LOOKUP_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<LookupResult> {
  if (!baseUrl) return { kind: "not-configured" };
  try {
    const res = await fetch(enhetUrl(baseUrl, orgNumber), {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel();
      return { kind: "not-found" };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return { kind: "unreachable" };
    }
    const organisation = parseEnhet(await res.json());
    return organisation ? { kind: "found", organisation } : { kind: "unreachable" };
  } catch {
    return { kind: "unreachable" };
  }
}
