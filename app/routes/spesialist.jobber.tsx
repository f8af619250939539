import {
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  Link,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TextField,
} from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { SearchFacet } from "~/components/SearchFacet";
import { slotsInWords } from "~/components/JobFacts";
import { MunicipalityOptions } from "~/components/MunicipalityOptions";
import { runJobSearch } from "~/jobs/search.server";
import * as texts from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { JOB_PAGE_SIZE, parseJobSearch } from "../../search/job-search";

const t = texts.jobSearch;
const v = texts.vocabulary;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireRole(request, context, "specialist");
  const url = new URL(request.url);
  const search = parseJobSearch(url.searchParams);
  return {
    search,
    result: await runJobSearch(search),
    query: url.searchParams.toString(),
    municipalities: municipalityChoices(),
  };
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams(query);
  params.set("page", String(page));
  return `?${params.toString()}`;
}

const dateOf = (n: number) =>
  n === 0 ? t.asap : `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}`;

export default function JobSearchPage() {
  const { search, result, query, municipalities } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <div className="search-layout">
        <Form method="get" className="stack search-filters" aria-label={texts.search.filters}>
          <TextField label={t.q} name="q" defaultValue={search.q} description={t.qHelp} />
          <RadioGroup legend={t.kind} name="kind" defaultValue={search.kind} size="small">
            <Radio value="all">{t.kindAll}</Radio>
            <Radio value="job">{t.kindJob}</Radio>
            <Radio value="task">{t.kindTask}</Radio>
          </RadioGroup>
          <TextField
            label={t.hoursMax}
            name="hoursMax"
            type="number"
            min={1}
            max={40}
            defaultValue={search.hoursMax ?? ""}
            htmlSize={6}
            size="small"
          />
          <SearchFacet
            legend={t.categories}
            name="categories"
            vocabulary={v.interests}
            selected={search.categories}
            counts={result.facets.categories}
          />
          <SearchFacet
            legend={texts.search.weekdays}
            name="weekdays"
            vocabulary={v.weekdays}
            selected={search.weekdays}
            counts={result.facets.weekdays}
          />
          <SearchFacet
            legend={texts.search.timesOfDay}
            name="timesOfDay"
            vocabulary={v.timesOfDay}
            selected={search.timesOfDay}
            counts={result.facets.timesOfDay}
          />
          <Select
            label={texts.search.municipality}
            name="municipality"
            defaultValue={search.municipality ?? ""}
            size="small"
          >
            <MunicipalityOptions municipalities={municipalities} placeholder={texts.search.anyMunicipality} />
          </Select>
          <Select label={texts.search.region} name="region" defaultValue={search.region ?? ""} size="small">
            <option value="">{texts.search.anyRegion}</option>
            {result.regions.map((r) => (
              <option key={r} value={r}>
                {r} ({result.facets.region?.[r] ?? 0})
              </option>
            ))}
          </Select>
          <CheckboxGroup legend={texts.search.more} size="small" defaultValue={search.mentor ? ["mentor"] : []}>
            <Checkbox name="mentor" value="1">
              {t.mentor}
            </Checkbox>
          </CheckboxGroup>
          <div>
            <Button type="submit" loading={navigation.state === "loading"}>
              {texts.search.submit}
            </Button>
          </div>
        </Form>
        <section aria-labelledby="results-heading" className="stack search-results">
          <Heading level="2" size="medium" id="results-heading" aria-live="polite">
            {t.count(result.total)}
          </Heading>
          {result.hits.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
          <ol className="stack result-list">
            {result.hits.map((hit) => (
              <li key={hit.id} className="result">
                <div className="row-actions">
                  <Tag size="small" variant={hit.kind === "job" ? "info" : "neutral"}>
                    {hit.kind === "job" ? t.job : t.task}
                  </Tag>
                  <Heading level="3" size="small">
                    {hit.title}
                  </Heading>
                </div>
                <BodyShort size="small">{`${hit.organisationName} · ${hit.municipalityName}`}</BodyShort>
                <dl className="facts">
                  <dt>{texts.jobForm.hoursPerWeek}</dt>
                  <dd>{t.hoursSlots(hit.hoursPerWeek, hit.positionPercent)}</dd>
                  <dt>{texts.schedule.legend}</dt>
                  <dd>{slotsInWords(hit.slots)}</dd>
                  <dt>{t.categories}</dt>
                  <dd>{hit.categories.map((c) => v.interests[c as keyof typeof v.interests] ?? c).join(", ")}</dd>
                  {hit.kind === "job" ? (
                    <>
                      <dt>{texts.jobForm.tasksLabel}</dt>
                      <dd>{hit.tasks.join(", ")}</dd>
                    </>
                  ) : null}
                  <dt>{t.start}</dt>
                  <dd>{dateOf(hit.startDate)}</dd>
                  {hit.mentorAvailable ? (
                    <>
                      <dt>{t.mentor}</dt>
                      <dd>{t.mentorYes}</dd>
                    </>
                  ) : null}
                </dl>
                <Link href={`/spesialist/jobber/${hit.id}`}>
                  {texts.matching.findCandidates} <span className="visually-hidden">{hit.title}</span>
                </Link>
              </li>
            ))}
          </ol>
          {result.totalPages > 1 ? (
            <nav aria-label={texts.search.pages} className="row-actions">
              {search.page > 1 ? <Link href={pageHref(query, search.page - 1)}>{texts.search.previous}</Link> : null}
              <BodyShort>{texts.search.pageOf(search.page, result.totalPages, JOB_PAGE_SIZE)}</BodyShort>
              {search.page < result.totalPages ? (
                <Link href={pageHref(query, search.page + 1)}>{texts.search.next}</Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
