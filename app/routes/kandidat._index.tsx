import { BodyLong, BodyShort, Heading, Table } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { formatDateTime } from "~/format";
import { getDb } from "~/services.server";
import { texts } from "~/texts";
import { listAudit } from "../../db/repositories/audit";

const t = texts.candidate;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  // Who opened this candidate's full profile, from the audit trail (issue: candidate profiles
  // write "candidate.profile_viewed" with the candidate's user id as subject).
  const views = await listAudit(getDb(), { subjectType: "candidate", subjectId: user.id, action: "candidate.profile_viewed", limit: 100 });
  return {
    views: views.map((v) => ({ id: v.id, who: v.actor_name ?? "", role: v.actor_role ?? "", at: formatDateTime(v.at) })),
  };
}

export default function CandidateHome() {
  const { views } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <section aria-labelledby="views-heading" className="stack">
        <Heading level="2" size="large" id="views-heading">
          {t.viewsHeading}
        </Heading>
        <BodyLong>{t.viewsIntro}</BodyLong>
        {views.length === 0 ? (
          <BodyShort>{t.noViews}</BodyShort>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.viewer}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.when}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {views.map((v) => (
                <Table.Row key={v.id}>
                  <Table.DataCell>
                    {v.who} ({texts.nav.roles[v.role as keyof typeof texts.nav.roles] ?? v.role})
                  </Table.DataCell>
                  <Table.DataCell>{v.at}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </div>
  );
}
