/**
 * Messages with the same text and link, once each, in the order they first came, with how many
 * times each came ("Ny kandidat foreslått…" three times is one line, "(3 ganger)").
 */
export function groupRepeated<T extends { text: string; link: string }>(
  items: readonly T[],
): Array<T & { times: number }> {
  const groups = new Map<string, T & { times: number }>();
  for (const item of items) {
    const key = `${item.text}\u0000${item.link}`;
    const seen = groups.get(key);
    if (seen) seen.times += 1;
    else groups.set(key, { ...item, times: 1 });
  }
  return [...groups.values()];
}
