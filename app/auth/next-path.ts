// Where to go after signing in: only a path on this site (no open redirect). Browsers read "\" as
// "/" and drop tabs and newlines, so the value is resolved as a browser would before it is trusted.
const here = "http://arbeidsbro.invalid";

export function localPathOr(value: string | null, fallback: string): string {
  if (!value?.startsWith("/")) return fallback;
  try {
    const url = new URL(value, here);
    if (url.origin !== here) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
