import { BodyLong, BodyShort, Heading, Link, Tag } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCandidateAccess, requireRole } from "~/auth/access.server";
import { FitExplanation } from "~/components/FitExplanation";
import { slotsInWords } from "~/components/JobFacts";
import { positionPercent } from "~/jobs/rules";
import { rankJobsForCandidate } from "~/matching/match.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import type { JobHit } from "../../search/job-search";

const t = texts.matching;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.jobsTitle(data?.code ?? "") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, "specialist");
  const { candidate } = await requireCandidateAccess(request, context, params.id);
  const db = getDb();
  const row = await db
    .selectFrom("candidates")
    .innerJoin("candidate_profiles as p", "p.candidate_id", "candidates.id")
    .select("candidates.code")
    .selectAll("p")
    .where("candidates.id", "=", candidate.id)
    .executeTakeFirst();
  if (!row) throw new Response("Not found", { status: 404 });
  const { code, ...profile } = row;
  return { id: candidate.id, code, ...(await rankJobsForCandidate(profile)) };
}

function JobLine({ hit }: { hit: JobHit }) {
  return (
    <>
      <div className="row-actions">
        <Tag size="small" variant={hit.kind === "job" ? "info" : "neutral"}>
          {hit.kind === "job" ? texts.jobSearch.job : texts.jobSearch.task}
        </Tag>
        <Heading level="3" size="small">
          {hit.title}
        </Heading>
      </div>
      <BodyShort size="small">
        {`${t.at(hit.organisationName, hit.municipalityName)} · ${texts.jobSearch.hoursSlots(hit.hoursPerWeek, positionPercent(hit.hoursPerWeek))} · ${slotsInWords(hit.slots)}`}
      </BodyShort>
    </>
  );
}

export default function JobsForCandidate() {
  const { id, code, jobs, combinations } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.jobsHeading(code)}
      </Heading>
      <BodyLong>{t.jobsIntro}</BodyLong>
      {jobs.length === 0 ? <BodyShort>{t.noneJobs}</BodyShort> : null}
      <ol className="stack result-list">
        {jobs.map(({ hit, fit }) => (
          <li key={hit.id} className="result stack-tight">
            <JobLine hit={hit} />
            <FitExplanation score={fit.score} fits={fit.fits} misfits={fit.misfits} />
            <Link href={`/spesialist/forslag/ny?kandidat=${id}&jobb=${hit.id}`}>
              {t.propose} <span className="visually-hidden">{`${code}: ${hit.title}`}</span>
            </Link>
          </li>
        ))}
      </ol>
      <section aria-labelledby="combinations-heading" className="stack">
        <Heading level="2" size="large" id="combinations-heading">
          {t.combinationsHeading}
        </Heading>
        <BodyLong>{t.combinationsIntro}</BodyLong>
        {combinations.length === 0 ? <BodyShort>{t.noneCombinations}</BodyShort> : null}
        <ol className="stack result-list">
          {combinations.map(({ parts, fit }) => (
            <li key={parts.map((p) => p.id).join("+")} className="result stack-tight">
              {parts.map((p) => (
                <div key={p.id}>
                  <JobLine hit={p} />
                  <Link href={`/spesialist/forslag/ny?kandidat=${id}&jobb=${p.id}`}>
                    {t.propose} <span className="visually-hidden">{`${code}: ${p.title}`}</span>
                  </Link>
                </div>
              ))}
              <FitExplanation score={fit.score} fits={fit.fits} misfits={fit.misfits} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
