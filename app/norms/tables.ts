// The dashboard's tables, built once from the figures: the page shows them and the CSV export
// writes the same rows, so the two cannot disagree. Pure; headers in Norwegian.
import { z } from "zod";
import * as texts from "~/texts";
import { type NormFigures, type SubsidyFilter, caseloadBand, percent } from "./figures";

const t = texts.norms;

export type Cell = string | number;
export interface DataTable {
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

const pct = (part: number, whole: number) => t.percent(percent(part, whole));

/** The office's (or one specialist's) tables from its figures and the names of its specialists. */
export function officeTables(
  figures: NormFigures,
  specialists: Array<{ id: string; name: string }>,
  year: number,
): DataTable[] {
  const caseloadOf = new Map(figures.caseload.map((c) => [c.specialistId, c.people]));
  const newOf = new Map(figures.newIntoWork.filter((r) => r.year === year).map((r) => [r.specialistId, r.people]));
  const cohortOf = new Map(figures.bySpecialist.map((r) => [r.specialistId, r]));
  const specialistRow = (name: string, ids: string[]): Cell[] => {
    const sum = (f: (id: string) => number) => ids.reduce((n, id) => n + f(id), 0);
    const load = sum((id) => caseloadOf.get(id) ?? 0);
    const fs = sum((id) => cohortOf.get(id)?.finished.started ?? 0);
    const fi = sum((id) => cohortOf.get(id)?.finished.intoWork ?? 0);
    const rs = sum((id) => cohortOf.get(id)?.running.started ?? 0);
    const ri = sum((id) => cohortOf.get(id)?.running.intoWork ?? 0);
    return [
      name,
      load,
      ids.length === 1 ? t.caseloadBand[caseloadBand(load)] : "",
      sum((id) => newOf.get(id) ?? 0),
      fs,
      fi,
      pct(fi, fs),
      rs,
      ri,
      pct(ri, rs),
    ];
  };
  const c = t.col;
  const rows = specialists.map((s) => specialistRow(s.name, [s.id]));
  if (specialists.length > 1)
    rows.push(
      specialistRow(
        c.office,
        specialists.map((s) => s.id),
      ),
    );
  const names = new Map(specialists.map((s) => [s.id, s.name]));
  return [
    {
      id: "spesialister",
      title: t.tables.specialists,
      columns: [
        c.specialist,
        c.caseload,
        c.caseloadBand,
        c.newThisYear(year),
        c.finishedStarted,
        c.finishedIntoWork,
        c.finishedShare,
        c.runningStarted,
        c.runningIntoWork,
        c.runningShare,
      ],
      rows,
    },
    {
      id: "kull",
      title: t.tables.cohorts,
      columns: [c.quarter, c.status, c.started, c.intoWork, c.share, c.subsidised],
      rows: figures.cohorts.map((r) => [
        r.key,
        r.finished ? t.finished : t.soFar,
        r.started,
        r.intoWork,
        pct(r.intoWork, r.started),
        r.subsidised,
      ]),
    },
    {
      id: "nye-per-ar",
      title: t.tables.newByYear,
      columns: [c.year, c.specialist, c.newIntoWork],
      rows: figures.newIntoWork
        .filter((r) => names.has(r.specialistId))
        .map((r) => [r.year, names.get(r.specialistId) ?? "", r.people]),
    },
    {
      id: "kontakt",
      title: t.tables.contact,
      columns: [c.started, c.contacted, c.medianDays, c.within30, c.measured, c.share],
      rows: [
        [
          figures.contact.started,
          figures.contact.contacted,
          figures.contact.medianDays === null ? "–" : figures.contact.medianDays,
          figures.contact.within30,
          figures.contact.measured,
          pct(figures.contact.within30, figures.contact.measured),
        ],
      ],
    },
    {
      id: "oppfolging",
      title: t.tables.retention,
      columns: [c.months, c.hires, c.stillInJob, c.share],
      rows: figures.retention.map((r) => [r.months, r.hires, r.stillInJob, pct(r.stillInJob, r.hires)]),
    },
    {
      id: "fast",
      title: t.tables.temporary,
      columns: [c.temporary, c.madePermanent, c.share],
      rows: [
        [
          figures.temporaryToPermanent.temporary,
          figures.temporaryToPermanent.madePermanent,
          pct(figures.temporaryToPermanent.madePermanent, figures.temporaryToPermanent.temporary),
        ],
      ],
    },
    {
      id: "mentor",
      title: t.tables.mentor,
      columns: [c.hires, c.withMentor, c.share],
      rows: [[figures.mentor.hires, figures.mentor.withMentor, pct(figures.mentor.withMentor, figures.mentor.hires)]],
    },
    {
      id: "tilskudd",
      title: t.tables.grants,
      columns: [c.grant, c.hiresWithGrant, c.shareOfHires],
      rows: figures.grants.map((g) => [t.grantNames[g.kind], g.hires, pct(g.hires, figures.mentor.hires)]),
    },
  ];
}

/** A CSV file of one table: semicolon-separated with a BOM, as Norwegian spreadsheets open it. */
export function toCsv(table: DataTable): string {
  const cell = (value: Cell) => {
    const text = String(value);
    return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export interface DashboardFilters {
  fromYear: number;
  toYear: number;
  specialistId: string | null;
  subsidy: SubsidyFilter;
}

const yearField = z.coerce
  .number({ message: t.yearInvalid })
  .int(t.yearInvalid)
  .min(2000, t.yearInvalid)
  .max(2100, t.yearInvalid);
const subsidyValues = { alle: "all", med: "with", uten: "without" } as const;

/**
 * The filters from the address (?fra=2025&til=2026&spesialist=…&tilskudd=med). Missing values
 * take the default (the last three calendar years, every specialist, with and without); wrong
 * ones give a message per field and the default in their place.
 */
export function readFilters(
  params: URLSearchParams,
  today: string,
  specialistIds: string[],
): { filters: DashboardFilters; errors: Partial<Record<"fra" | "til" | "spesialist" | "tilskudd", string>> } {
  const thisYear = Number(today.slice(0, 4));
  const errors: Partial<Record<"fra" | "til" | "spesialist" | "tilskudd", string>> = {};
  const year = (name: "fra" | "til", fallback: number) => {
    const raw = params.get(name);
    if (raw === null || raw === "") return fallback;
    const parsed = yearField.safeParse(raw.trim());
    if (parsed.success) return parsed.data;
    errors[name] = t.yearInvalid;
    return fallback;
  };
  let fromYear = year("fra", thisYear - 2);
  let toYear = year("til", thisYear);
  if (toYear < fromYear) {
    errors.til = t.yearOrder;
    fromYear = thisYear - 2;
    toYear = thisYear;
  }
  const specialist = params.get("spesialist") ?? "";
  let specialistId: string | null = null;
  if (specialist !== "") {
    if (specialistIds.includes(specialist)) specialistId = specialist;
    else errors.spesialist = t.specialistInvalid;
  }
  const subsidyRaw = params.get("tilskudd") ?? "alle";
  const subsidy = subsidyValues[subsidyRaw as keyof typeof subsidyValues];
  if (!subsidy || !Object.hasOwn(subsidyValues, subsidyRaw)) errors.tilskudd = t.subsidyInvalid;
  return {
    filters: { fromYear, toYear, specialistId, subsidy: Object.hasOwn(subsidyValues, subsidyRaw) ? subsidy : "all" },
    errors,
  };
}

/** The filters as the address's query, for links (CSV) that keep the chosen selection. */
export function filterQuery(f: DashboardFilters): string {
  const q = new URLSearchParams({ fra: String(f.fromYear), til: String(f.toYear) });
  if (f.specialistId) q.set("spesialist", f.specialistId);
  const subsidy = Object.entries(subsidyValues).find(([, v]) => v === f.subsidy)?.[0] ?? "alle";
  q.set("tilskudd", subsidy);
  return q.toString();
}
