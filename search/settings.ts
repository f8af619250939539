import type { Meilisearch, Settings } from "meilisearch";
import { type IndexDefinition, allIndexes, indexUid } from "./indexes";

export class SearchSettingsError extends Error {
  override name = "SearchSettingsError";
}

// Meilisearch returns lists in its own order (and filterable attributes as objects in some
// versions); compare on a normalised form so an unchanged setting is never re-sent.
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalise);
    return items.every((i) => typeof i === "string") ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

function differs(wanted: unknown, current: unknown): boolean {
  if (wanted && typeof wanted === "object" && !Array.isArray(wanted) && current && typeof current === "object") {
    // Only the keys we declare are compared: the server adds defaults for the rest.
    return Object.entries(wanted as Record<string, unknown>).some(([k, v]) =>
      differs(v, (current as Record<string, unknown>)[k]),
    );
  }
  return JSON.stringify(normalise(wanted)) !== JSON.stringify(normalise(current));
}

/** The part of `wanted` that the server does not have yet (empty when all is in place). */
export function settingsDiff(wanted: Settings, current: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    if (differs(value, (current as Record<string, unknown>)[key])) diff[key] = value;
  }
  return diff as Settings;
}

async function waitOk(client: Meilisearch, taskUid: number, what: string): Promise<void> {
  const task = await client.tasks.waitForTask(taskUid, { timeout: 60_000, interval: 50 });
  if (task.status !== "succeeded") {
    throw new SearchSettingsError(`${what} failed in Meilisearch: ${task.error?.message ?? task.status}`);
  }
}

export async function applyIndexDefinition(
  client: Meilisearch,
  uid: string,
  definition: IndexDefinition,
): Promise<{ created: boolean; updated: string[] }> {
  let created = false;
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== "index_not_found") throw error;
    const task = await client.tasks.waitForTask(
      (await client.createIndex(uid, { primaryKey: definition.primaryKey })).taskUid,
      {
        timeout: 60_000,
        interval: 50,
      },
    );
    // Another process starting at the same moment (a second portal or worker) made it first: fine.
    if (task.status !== "succeeded" && task.error?.code !== "index_already_exists") {
      throw new SearchSettingsError(
        `Creating index ${uid} failed in Meilisearch: ${task.error?.message ?? task.status}`,
      );
    }
    created = task.status === "succeeded";
  }
  const index = client.index(uid);
  const diff = settingsDiff(definition.settings, await index.getSettings());
  const updated = Object.keys(diff);
  if (updated.length > 0) {
    const task = await index.updateSettings(diff);
    await waitOk(client, task.taskUid, `Updating settings (${updated.join(", ")}) of index ${uid}`);
  }
  return { created, updated };
}

/** Makes every index exist with the settings in indexes.ts. Idempotent; throws if a task fails. */
export async function applyIndexSettings(client: Meilisearch, prefix = ""): Promise<Record<string, string[]>> {
  const changes: Record<string, string[]> = {};
  for (const definition of allIndexes) {
    const uid = indexUid(prefix, definition);
    const { created, updated } = await applyIndexDefinition(client, uid, definition);
    changes[uid] = created ? ["created", ...updated] : updated;
  }
  return changes;
}
