import { BodyShort, Heading } from "@navikt/ds-react";
import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { NormsDashboard } from "~/components/NormsDashboard";
import { loadDashboard } from "~/norms/dashboard.server";
import * as texts from "~/texts";

const t = texts.norms;

export const meta: MetaFunction = () => [{ title: t.specialistTitle }];

// A specialist's own figures against the norms, with their own people behind each figure.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const dashboard = await loadDashboard(request, user, "specialist");
  return data(dashboard, { status: Object.keys(dashboard.errors).length > 0 ? 400 : 200 });
}

export default function SpecialistResults() {
  const dashboard = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.specialistHeading}
      </Heading>
      <BodyShort>{t.specialistIntro}</BodyShort>
      <NormsDashboard dashboard={dashboard} csvBase="/spesialist/resultater/csv" />
    </div>
  );
}
