import { BodyLong, BodyShort, Button, Heading, Link, TextField } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { FitExplanation } from "~/components/FitExplanation";
import { slotsInWords } from "~/components/JobFacts";
import { ProfileFacts } from "~/components/ProfileFacts";
import { notFound } from "~/jobs/access.server";
import { positionPercent } from "~/jobs/rules";
import { loadOpenJob, parseJobKey, rankCandidatesForJob } from "~/matching/match.server";
import * as texts from "~/texts";
import { municipalityName } from "../../db/data/places";
import { queryParam } from "../../search/url-params";

const t = texts.matching;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.candidatesTitle(data?.job.title ?? "") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const key = parseJobKey(params.jobKey);
  if (!key) notFound();
  const job = await loadOpenJob(key);
  if (!job) notFound();
  const q = queryParam.parse(new URL(request.url).searchParams.get("q") ?? undefined);
  const ranked = await rankCandidatesForJob(job, user.navOfficeId, { q });
  return {
    q,
    jobKey: params.jobKey ?? "",
    job: {
      title: job.title,
      organisationName: job.organisationName,
      place: municipalityName(job.municipalityNumber),
      hours: job.hoursPerWeek,
      slots: job.slots,
      tasks: job.taskTitles,
    },
    ranked,
  };
}

export default function CandidatesForJob() {
  const { q, jobKey, job, ranked } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.candidatesHeading(job.title)}
      </Heading>
      <dl className="facts">
        <dt>{texts.proposal.employer}</dt>
        <dd>{t.at(job.organisationName, job.place)}</dd>
        <dt>{texts.jobForm.hoursPerWeek}</dt>
        <dd>{texts.jobSearch.hoursSlots(job.hours, positionPercent(job.hours))}</dd>
        <dt>{texts.schedule.legend}</dt>
        <dd>{slotsInWords(job.slots)}</dd>
      </dl>
      <BodyLong>{t.candidatesIntro}</BodyLong>
      <Form method="get" className="row-fields" aria-label={t.narrow}>
        <TextField label={t.narrow} description={t.narrowHelp} name="q" defaultValue={q} size="small" />
        <div className="align-end">
          <Button type="submit" size="small" variant="secondary">
            {texts.search.submit}
          </Button>
        </div>
      </Form>
      {ranked.length === 0 ? <BodyShort>{t.noneCandidates}</BodyShort> : null}
      <ol className="stack result-list">
        {ranked.map((c) => (
          <li key={c.id} className="result stack-tight">
            <Heading level="2" size="small">
              {texts.search.candidate(c.code)}
            </Heading>
            <FitExplanation score={c.fit.score} fits={c.fit.fits} misfits={c.fit.misfits} />
            <ProfileFacts profile={c.profile} />
            {c.ownOffice ? (
              <Link href={`/spesialist/forslag/ny?kandidat=${c.id}&jobb=${jobKey}`}>{t.proposeFor(c.code)}</Link>
            ) : (
              <BodyShort size="small">{t.otherOffice}</BodyShort>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
