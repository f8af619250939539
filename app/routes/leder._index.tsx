import { BodyShort, Heading } from "@navikt/ds-react";
import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { NormsDashboard } from "~/components/NormsDashboard";
import { loadDashboard } from "~/norms/dashboard.server";
import * as texts from "~/texts";

const t = texts.norms;

export const meta: MetaFunction = () => [{ title: t.leaderTitle }];

// The office leader's dashboard: figures for their own office only (the office comes from the
// session, never from the address), specialists by name, no candidate's identity.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "leader");
  const dashboard = await loadDashboard(request, user, "leader");
  return data(dashboard, { status: Object.keys(dashboard.errors).length > 0 ? 400 : 200 });
}

export default function LeaderDashboard() {
  const dashboard = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.leaderHeading(dashboard.officeName)}
      </Heading>
      <BodyShort>{t.leaderIntro}</BodyShort>
      <NormsDashboard dashboard={dashboard} csvBase="/leder/csv" />
    </div>
  );
}
