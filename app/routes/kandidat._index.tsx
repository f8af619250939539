import { BodyLong, BodyShort, Heading, Table } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { consentViews, withdrawConsentAs } from "~/candidates/consent.server";
import { ConsentList } from "~/components/ConsentList";
import { formatDateTime } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listAudit } from "../../db/repositories/audit";
import { findCandidateByUser, getCandidateFull } from "../../db/repositories/candidates";
import { readForm } from "~/forms/read-form.server";
import { TableScroll } from "~/components/TableScroll";

const t = texts.candidate;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const db = getDb();
  const own = await findCandidateByUser(db, user.id);
  const candidate = own ? await getCandidateFull(db, own.id) : undefined;
  const url = new URL(request.url);
  // Who opened this candidate's full profile, from the audit trail.
  const views = candidate
    ? await listAudit(db, {
        subjectType: "candidate",
        subjectId: candidate.id,
        action: "candidate.profile_viewed",
        limit: 100,
      })
    : [];
  const orgIds = [
    ...new Set((candidate?.consents ?? []).map((c) => c.organisation_id).filter((id): id is string => !!id)),
  ];
  const orgs = orgIds.length
    ? await db.selectFrom("organisations").select(["id", "name"]).where("id", "in", orgIds).execute()
    : [];
  return {
    code: candidate?.code ?? null,
    consents: consentViews(candidate?.consents ?? [], new Map(orgs.map((o) => [o.id, o.name]))),
    confirmId: url.searchParams.get("trekk"),
    notice: url.searchParams.has("trukket") ? texts.consent.withdrawnNotice : null,
    views: views.map((v) => ({
      id: v.id,
      who: v.actor_name ?? "",
      role: v.actor_role ?? "",
      at: formatDateTime(v.at),
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const own = await findCandidateByUser(getDb(), user.id);
  const form = await readForm(request);
  if (!own || form.get("intent") !== "withdraw") throw new Response("Not found", { status: 404 });
  const withdrawn = await withdrawConsentAs(context, user, own.id, String(form.get("consentId") ?? ""));
  if (!withdrawn) throw new Response("Not found", { status: 404 });
  return redirect("/kandidat?trukket=1");
}

export default function CandidateHome() {
  const { code, consents, confirmId, notice, views } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {code ? <BodyShort>{t.pseudonym(code)}</BodyShort> : <BodyShort>{t.noProfile}</BodyShort>}
      <ConsentList consents={consents} confirmId={confirmId} notice={notice} />
      <section aria-labelledby="views-heading" className="stack">
        <Heading level="2" size="large" id="views-heading">
          {t.viewsHeading}
        </Heading>
        <BodyLong>{t.viewsIntro}</BodyLong>
        {views.length === 0 ? (
          <BodyShort>{t.noViews}</BodyShort>
        ) : (
          <TableScroll>
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
          </TableScroll>
        )}
      </section>
    </div>
  );
}
