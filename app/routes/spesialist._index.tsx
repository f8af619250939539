import { BodyShort, Heading, Link, Table, Tag } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { getDb } from "~/services.server";
import { texts } from "~/texts";
import { listOfficeCandidates } from "../../db/repositories/candidates";

const t = texts.specialist;
const c = texts.caseload;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const db = getDb();
  const office = user.navOfficeId
    ? await db.selectFrom("nav_offices").select("name").where("id", "=", user.navOfficeId).executeTakeFirst()
    : undefined;
  return {
    name: user.name,
    office: office?.name ?? "",
    candidates: user.navOfficeId ? await listOfficeCandidates(db, user.navOfficeId) : [],
  };
}

export default function SpecialistHome() {
  const { name, office, candidates } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyShort>
        {name} – {t.office}: {office}
      </BodyShort>
      <nav aria-label={t.heading} className="row-actions">
        <Link href="/spesialist/kandidater/ny">{c.register}</Link>
        <Link href="/spesialist/sok">{c.search}</Link>
        <Link href="/spesialist/jobber">{texts.jobSearch.link}</Link>
        <Link href="/revisjon">{t.auditLink}</Link>
      </nav>
      <section aria-labelledby="caseload-heading" className="stack">
        <Heading level="2" size="large" id="caseload-heading">
          {c.heading}
        </Heading>
        {candidates.length === 0 ? (
          <BodyShort>{c.none}</BodyShort>
        ) : (
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{c.name}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{c.code}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{c.stage}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{c.searchable}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {candidates.map((candidate) => (
                <Table.Row key={candidate.id}>
                  <Table.DataCell>
                    <Link href={`/spesialist/kandidater/${candidate.id}`}>{candidate.name}</Link>
                  </Table.DataCell>
                  <Table.DataCell>{candidate.code}</Table.DataCell>
                  <Table.DataCell>{texts.vocabulary.euseStages[candidate.euseStage as 1 | 2 | 3 | 4 | 5]}</Table.DataCell>
                  <Table.DataCell>
                    <Tag size="small" variant={candidate.searchable ? "success" : "neutral"}>
                      {candidate.searchable ? c.yes : c.no}
                    </Tag>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </div>
  );
}
