// A form answered with an error sends back what was typed, so nothing is lost. It never sends
// back more than the field allows: a 900 KB "name" is answered with its first 200 characters,
// and a field the form does not have is not echoed at all. The limits are read from the form's
// zod schema.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/** A text field whose schema has no maximum is echoed up to this (the longest field's limit). */
export const ECHO_FALLBACK_CHARS = 2000;
/** Fields that are not text (numbers, choices, booleans). */
export const ECHO_OTHER_CHARS = 100;
/** List fields (checkbox groups) without a maximum number of items. */
export const ECHO_MAX_ITEMS = 100;

export interface EchoLimit {
  chars: number;
  items: number;
}

// zod's internals, read only here: the shape of the schemas this app writes.
type Def = {
  type: string;
  innerType?: Inner;
  in?: Inner;
  out?: Inner;
  element?: Inner;
  shape?: Record<string, Inner>;
  format?: string;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; format?: string } } }>;
};
type Inner = { _zod: { def: Def } };

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema that checks the value: without optional/default wrappers and preprocess/transform steps. */
function unwrap(schema: Inner): Inner {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in && def.out)
      // z.preprocess(f, s) is pipe(transform, s); s.transform(f) is pipe(s, transform).
      current = def.in._zod.def.type === "transform" ? def.out : def.in;
    else break;
  }
  return current;
}

function maximumOf(schema: Inner): number | undefined {
  const limits = (schema._zod.def.checks ?? [])
    .map((c) => c._zod.def)
    .filter((d) => d.check === "max_length" && typeof d.maximum === "number")
    .map((d) => d.maximum as number);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/** A UUID's length: an id field (z.string().uuid(), z.uuid()) needs no maximum of its own. */
const UUID_CHARS = 36;

function isUuid(schema: Inner): boolean {
  const def = schema._zod.def;
  return def.format === "uuid" || (def.checks ?? []).some((c) => c._zod.def.format === "uuid");
}

function limitOf(field: Inner): EchoLimit {
  const inner = unwrap(field);
  const type = inner._zod.def.type;
  if (type === "string")
    return { chars: maximumOf(inner) ?? (isUuid(inner) ? UUID_CHARS : ECHO_FALLBACK_CHARS), items: 1 };
  if (type === "array" && inner._zod.def.element) {
    const element = limitOf(inner._zod.def.element);
    return { chars: element.chars, items: maximumOf(inner) ?? ECHO_MAX_ITEMS };
  }
  return { chars: ECHO_OTHER_CHARS, items: 1 };
}

/**
 * Each field's echo limit, for an object schema (with refinements); {} for anything else. Only
 * the named fields: what a `.catchall(…)` lets through is checked but never echoed.
 */
export function echoLimits(schema: z.ZodType): Record<string, EchoLimit> {
  const root = unwrap(schema as unknown as Inner);
  const shape = root._zod.def.type === "object" ? root._zod.def.shape : undefined;
  if (!shape) return {};
  return Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, limitOf(field)]));
}

function cut(value: unknown, limit: EchoLimit): unknown {
  if (typeof value === "string") return value.slice(0, limit.chars);
  if (Array.isArray(value)) return value.slice(0, limit.items).map((v) => cut(v, { ...limit, items: 1 }));
  // Nested values (conform's dotted names) are not used by these forms: echo nothing of them.
  return undefined;
}

/**
 * Form values cut to their fields' limits. Fields the schema does not know are left out; with
 * no object schema to read (`limits` empty), every value is cut to the longest text's limit.
 */
export function limitValues<V extends Record<string, unknown>>(values: V, limits: Record<string, EchoLimit>): V {
  const known = Object.keys(limits).length > 0;
  const fallback: EchoLimit = { chars: ECHO_FALLBACK_CHARS, items: ECHO_MAX_ITEMS };
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => !known || Object.hasOwn(limits, name))
      .map(([name, value]) => [name, cut(value, limits[name] ?? fallback)]),
  ) as V;
}

/**
 * The posted values sent back to a form that is not a conform form (a page with several small
 * forms, one schema each): each field cut to its limit in the schema that reads it, fields no
 * schema knows left out, files left out. A field two schemas share gets the larger limit.
 */
export function echoValues(
  form: Record<string, FormDataEntryValue | undefined>,
  ...schemas: z.ZodType[]
): Record<string, string> {
  const limits: Record<string, EchoLimit> = {};
  for (const schema of schemas) {
    for (const [name, limit] of Object.entries(echoLimits(schema))) {
      const had = limits[name];
      limits[name] = had ? { chars: Math.max(had.chars, limit.chars), items: Math.max(had.items, limit.items) } : limit;
    }
  }
  const texts = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === "string"));
  // Without a schema to read nothing is echoed (limitValues would fall back to the longest field).
  return Object.keys(limits).length > 0 ? (limitValues(texts, limits) as Record<string, string>) : {};
}

/** conform's reply with its echo (initialValue) cut to the schema's limits. */
export function limitReply<R extends SubmissionResult<string[]>>(reply: R, schema: z.ZodType): R {
  if (!reply.initialValue) return reply;
  return { ...reply, initialValue: limitValues(reply.initialValue, echoLimits(schema)) };
}

/** A conform submission whose reply() never echoes more than the fields allow. */
export function bounded<S extends { reply: (...args: never[]) => SubmissionResult<string[]> }>(
  submission: S,
  schema: z.ZodType,
): S {
  const reply = submission.reply.bind(submission) as (...args: unknown[]) => SubmissionResult<string[]>;
  return { ...submission, reply: (...args: unknown[]) => limitReply(reply(...args), schema) } as unknown as S;
}

/** A posted form read with conform and zod; its reply() echoes no field longer than the schema allows. */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S) {
  return bounded(parseWithZod(form, { schema }), schema);
}

/** parseForm for a schema with async checks (those that ask the database). */
export async function parseFormAsync<S extends z.ZodType>(form: FormData, schema: S) {
  return bounded(await parseWithZod(form, { schema, async: true }), schema);
}
