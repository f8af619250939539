import { EmployerNav } from "~/components/EmployerNav";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import { BodyLong, BodyShort, Button, Heading, Link } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { wageAnswersFromJob } from "~/grants/wage-prefill";
import { getCarvedJob } from "../../db/repositories/jobs";
import { formatDate } from "~/format";
import { eligibleMatches, participantLabel } from "~/grants/applications.server";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { createApplication, listOrganisationApplications } from "../../db/repositories/grants";
import { readForm } from "~/forms/read-form.server";
import { TableScroll } from "~/components/TableScroll";
import { serverRendered } from "~/page-scripts";

const t = texts.grants;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.listTitle }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId, user } = await requireEmployerOrganisation(request, context, params);
  const applications = await listOrganisationApplications(getDb(), organisationId);
  return {
    organisationId,
    navCounts: await employerNavCounts(getDb(), organisationId, user.id),
    eligible: await eligibleMatches(organisationId),
    applications: await Promise.all(
      applications.map(async (a) => ({
        id: a.id,
        kind: a.kind,
        status: a.status,
        who: await participantLabel(a.candidate_id, organisationId, a.code),
        updated: a.updated_at.toISOString(),
      })),
    ),
  };
}

const startSchema = z.object({ kind: z.enum(["mentor", "inclusion", "wage"]), proposalId: z.string().uuid() });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const parsed = startSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const match = (await eligibleMatches(organisationId)).find((m) => m.id === parsed.data.proposalId);
  if (!match) throw new Response("Not found", { status: 404 });
  // Lønnstilskudd is for an employment: a hire, not a work trial.
  if (parsed.data.kind === "wage" && !match.hired) throw new Response("Not found", { status: 404 });
  // Started from a carved job: the application starts with what the job says (title, tasks, position).
  const job =
    parsed.data.kind === "wage" && match.carvedJobId
      ? await getCarvedJob(getDb(), organisationId, match.carvedJobId)
      : undefined;
  const id = await createApplication(getDb(), {
    kind: parsed.data.kind,
    organisationId,
    proposalId: match.id,
    candidateId: match.candidateId,
    createdBy: user.id,
    // The contact person is the employer who starts the application, until they change it;
    // lønnstilskudd starts from the hire's job title.
    answers:
      parsed.data.kind === "wage"
        ? job
          ? wageAnswersFromJob(job)
          : { jobTitle: match.job }
        : { contactName: user.name, contactEmail: user.email },
  });
  return redirect(`/arbeidsgiver/${organisationId}/tilskudd/${id}`);
}

export default function Grants() {
  const { organisationId, navCounts, eligible, applications } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <EmployerNav organisationId={organisationId} counts={navCounts} current="grants" />
      <Heading level="1" size="xlarge">
        {t.listHeading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <BodyShort>
        <Link href="/lonnstilskudd">{texts.calculator.linkText}</Link>
        {` – ${texts.calculator.linkHelp}`}
      </BodyShort>
      <section aria-labelledby="start-heading" className="stack">
        <Heading level="2" size="large" id="start-heading">
          {t.startHeading}
        </Heading>
        {eligible.length === 0 ? <BodyShort>{t.noEligible}</BodyShort> : null}
        <ul className="stack-tight">
          {eligible.map((m) => (
            <li key={m.id} className="row-actions">
              <BodyShort>{t.for(m.who, m.job)}</BodyShort>
              {(m.hired ? (["mentor", "inclusion", "wage"] as const) : (["mentor", "inclusion"] as const)).map(
                (kind) => (
                  <Form method="post" key={kind}>
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="proposalId" value={m.id} />
                    <Button type="submit" size="small" variant="secondary">
                      {kind === "mentor" ? t.startMentor : kind === "wage" ? texts.wage.start : t.startInclusion}{" "}
                      <span className="visually-hidden">{m.who}</span>
                    </Button>
                  </Form>
                ),
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="applications-heading" className="stack">
        <Heading level="2" size="large" id="applications-heading">
          {t.applicationsHeading}
        </Heading>
        {applications.length === 0 ? (
          <BodyShort>{t.none}</BodyShort>
        ) : (
          <TableScroll>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.colKind}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colWho}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.colUpdated}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {applications.map((a) => (
                  <Table.Row key={a.id}>
                    <Table.DataCell>
                      <Link href={`/arbeidsgiver/${organisationId}/tilskudd/${a.id}`}>{t.kinds[a.kind]}</Link>
                    </Table.DataCell>
                    <Table.DataCell>{a.who}</Table.DataCell>
                    <Table.DataCell>{t.statuses[a.status]}</Table.DataCell>
                    <Table.DataCell>{formatDate(a.updated)}</Table.DataCell>
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
