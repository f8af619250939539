// Loads the norms dashboard for a leader (the office, any of its specialists) or a specialist
// (their own figures and people). Authorisation is the caller's requireRole; the office always
// comes from the signed-in user, so no address reaches another office.
import type { SessionUser } from "~/auth/access.server";
import { todayInOslo } from "~/domain/dates";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { officeNormFigures, officeSpecialists, ownPeople } from "../../db/repositories/norms";
import { type DataTable, filterQuery, officeTables, readFilters, toCsv } from "./tables";

const t = texts.norms;

export type DashboardKind = "leader" | "specialist";

export async function loadDashboard(request: Request, user: SessionUser, kind: DashboardKind) {
  const officeId = user.navOfficeId;
  if (!officeId) throw new Response("Not found", { status: 404 });
  const db = getDb();
  const [specialists, office] = await Promise.all([
    officeSpecialists(db, officeId),
    db.selectFrom("nav_offices").select("name").where("id", "=", officeId).executeTakeFirstOrThrow(),
  ]);
  const today = todayInOslo();
  const { filters, errors } = readFilters(
    new URL(request.url).searchParams,
    today,
    kind === "leader" ? specialists.map((s) => s.id) : [],
  );
  const specialistId = kind === "specialist" ? user.id : filters.specialistId;
  const query = {
    officeId,
    from: `${filters.fromYear}-01-01`,
    to: `${filters.toYear}-12-31`,
    asOf: today,
    specialistId,
    subsidy: filters.subsidy,
  };
  const year = Math.min(filters.toYear, Number(today.slice(0, 4)));
  const figures = await officeNormFigures(db, query);
  const shown = specialistId ? specialists.filter((s) => s.id === specialistId) : specialists;
  const tables: DataTable[] = officeTables(figures, shown, year);
  if (kind === "specialist") {
    const own = await ownPeople(db, { ...query, specialistId: user.id });
    const caseload = own.filter((p) => p.inCaseload);
    const newOnes = own.filter((p) => p.newIntoWorkYears.length > 0);
    const cohort = own.filter((p) => p.own && p.startedOn >= query.from && p.startedOn <= query.to);
    tables.push(
      {
        id: "mine-na",
        title: t.tables.ownCaseload,
        columns: [t.col.candidate, t.col.startedOn],
        rows: caseload.map((p) => [p.code, formatDate(p.startedOn)]),
      },
      {
        id: "mine-nye",
        title: t.tables.ownNew,
        columns: [t.col.candidate, t.col.years],
        rows: newOnes.map((p) => [p.code, p.newIntoWorkYears.join(", ")]),
      },
      {
        id: "mine-kull",
        title: t.tables.ownCohorts,
        columns: [t.col.candidate, t.col.startedOn, t.col.status, t.col.intoWorkOn],
        rows: cohort.map((p) => [
          p.code,
          formatDate(p.startedOn),
          p.yearRunOut ? t.finished : t.soFar,
          p.intoWorkOn ? formatDate(p.intoWorkOn) : "–",
        ]),
      },
    );
  }
  return {
    kind,
    officeName: office.name,
    today: formatDate(today),
    year,
    filters,
    errors,
    query: filterQuery(filters),
    specialists: kind === "leader" ? specialists : [],
    figures,
    names: Object.fromEntries(shown.map((s) => [s.id, s.name])),
    tables,
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

/** One table of the dashboard as a CSV download. */
export async function dashboardCsv(request: Request, user: SessionUser, kind: DashboardKind, tableId: string) {
  const dashboard = await loadDashboard(request, user, kind);
  const table = dashboard.tables.find((tb) => tb.id === tableId);
  if (!table) throw new Response(t.csvBadTable, { status: 404 });
  if (Object.keys(dashboard.errors).length > 0)
    throw new Response(Object.values(dashboard.errors).join(" "), { status: 400 });
  return new Response(toCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${encodeURIComponent(table.id)}-${dashboard.filters.fromYear}-${dashboard.filters.toYear}.csv"`,
    },
  });
}
