import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/access.server";
import { dashboardCsv } from "~/norms/dashboard.server";

// One table of the specialist's own dashboard as CSV (Norwegian headers), with the page's filters.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  return dashboardCsv(request, user, "specialist", params.table ?? "");
}
