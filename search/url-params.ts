// What a search URL may hold. URLs are typed, edited, bookmarked and shared by hand, so they are
// read leniently: a query too long is cut, a filter value no facet can hold is dropped, nonsense
// falls back to the default. A search page never fails on its own address.
import { z } from "zod";

const MAX_QUERY_LENGTH = 200;
const MAX_VALUE_LENGTH = 60;
const MAX_VALUES = 30;

/** The free-text query: trimmed, at most 200 characters. */
export const queryParam = z
  .string()
  .default("")
  .transform((s) => s.trim().slice(0, MAX_QUERY_LENGTH));

/** A multi-valued filter (?weekdays=mon&weekdays=tue): values longer than any facet value are dropped. */
export const listParam = z
  .preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string()))
  .transform((values) => values.filter((v) => v.length <= MAX_VALUE_LENGTH).slice(0, MAX_VALUES));

/** The URL's parameters as an object for a search schema: empty values left out, `listKeys` as lists. */
export function searchParamsObject(
  params: URLSearchParams,
  listKeys: readonly string[],
): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length === 0) continue;
    raw[key] = listKeys.includes(key) ? values : (values[0] as string);
  }
  return raw;
}
