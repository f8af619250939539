// Grunnbeløpet (G) as the pages show it: which G a date falls under, and whether that G is really
// the one in force. NAV sets a new G from 1 May each year. The table (db table `grunnbelop`) holds
// the sourced values only: 2023–2025 from domain.md. 2026's G is not in domain.md and is not
// guessed, so from 1 May 2026 the latest G in the table is no longer the one in force: the pages
// say so (`current: false`) instead of silently computing 5 G with the old value. Adding the
// 2026 row (a migration) makes it current again.
import { addMonths } from "./periods";

export interface GrunnbelopRow {
  validFrom: string;
  amountKr: number;
}

export interface GrunnbelopUsed extends GrunnbelopRow {
  /** The cap on refunds of varig lønnstilskudd per calendar year. */
  fiveGKr: number;
  /** False when a newer G has taken effect (a later 1 May) than the one the table holds. */
  current: boolean;
  /** The 1 May of the G that is in force but missing from the table, when not current. */
  missingFrom: string | null;
}

/** The G used on a date: the latest row from on or before it (null before the table starts). */
export function grunnbelopUsed(date: string, row: GrunnbelopRow | null): GrunnbelopUsed | null {
  if (!row) return null;
  const current = date < addMonths(row.validFrom, 12);
  const year = Number(date.slice(0, 4));
  const lastMay = date >= `${date.slice(0, 4)}-05-01` ? `${year}-05-01` : `${year - 1}-05-01`;
  return { ...row, fiveGKr: row.amountKr * 5, current, missingFrom: current ? null : lastMay };
}
