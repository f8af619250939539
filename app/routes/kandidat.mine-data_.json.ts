import type { LoaderFunctionArgs } from "@remix-run/node";
import { audit, requireRole } from "~/auth/access.server";
import { candidatePageData } from "~/candidates/my-data.server";
import { todayInOslo } from "~/domain/dates";
import { getDb } from "~/services.server";
import { findCandidateByUser } from "../../db/repositories/candidates";

// The candidate's download of everything stored about them: the same data /kandidat/mine-data shows.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const db = getDb();
  const own = await findCandidateByUser(db, user.id);
  const page = own ? await candidatePageData(db, own.id) : null;
  if (!page) throw new Response("Not found", { status: 404 });
  await audit(context, user, { action: "export.created", subjectType: "candidate", subjectId: page.id });
  return new Response(JSON.stringify({ exportedAt: new Date().toISOString(), ...page }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="arbeidsbro-mine-data-${todayInOslo()}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
