import {
  BodyLong,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  Link,
  Select,
  TextField,
} from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { SearchFacet } from "~/components/SearchFacet";
import { runCandidateSearch } from "~/candidates/search.server";
import { Highlighted } from "~/components/Highlighted";
import { MunicipalitySelect } from "~/components/MunicipalitySelect";
import { ProfileFacts } from "~/components/ProfileFacts";
import * as texts from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { PAGE_SIZE, parseCandidateSearch } from "../../search/candidate-search";

const t = texts.search;
const v = texts.vocabulary;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const url = new URL(request.url);
  const search = parseCandidateSearch(url.searchParams);
  // Page 1 is the candidates the specialist can open: their own office's, unless they ask for all.
  const result = await runCandidateSearch(search, user.navOfficeId, { ownOfficeOnly: search.office === "own" });
  return {
    search,
    result,
    query: url.searchParams.toString(),
    municipalities: municipalityChoices(),
  };
}

function pageHref(query: string, page: number): string {
  const params = new URLSearchParams(query);
  params.set("page", String(page));
  return `?${params.toString()}`;
}

export default function CandidateSearchPage() {
  const { search, result, query, municipalities } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {/* On a phone the filters come first and are long: a way straight past them. */}
      <Link href="#results-heading">{texts.wayfinding.toResults}</Link>
      <div className="search-layout">
        <Form method="get" className="stack search-filters" aria-label={t.filters}>
          <TextField label={t.q} name="q" defaultValue={search.q} description={t.qHelp} />
          <Select label={t.office} name="office" defaultValue={search.office} size="small">
            <option value="own">{t.officeOwn}</option>
            <option value="all">{t.officeAll}</option>
          </Select>
          <div className="row-fields">
            <TextField
              label={t.hoursFrom}
              name="hoursFrom"
              type="number"
              min={1}
              max={40}
              defaultValue={search.hoursFrom ?? ""}
              htmlSize={6}
            />
            <TextField
              label={t.hoursTo}
              name="hoursTo"
              type="number"
              min={1}
              max={40}
              defaultValue={search.hoursTo ?? ""}
              htmlSize={6}
            />
          </div>
          <SearchFacet
            legend={t.interests}
            name="interests"
            vocabulary={v.interests}
            selected={search.interests}
            counts={result.facets.interests}
          />
          <SearchFacet
            legend={t.weekdays}
            name="weekdays"
            vocabulary={v.weekdays}
            selected={search.weekdays}
            counts={result.facets.weekdays}
          />
          <SearchFacet
            legend={t.timesOfDay}
            name="timesOfDay"
            vocabulary={v.timesOfDay}
            selected={search.timesOfDay}
            counts={result.facets.timesOfDay}
          />
          <SearchFacet
            legend={t.strengths}
            name="strengths"
            vocabulary={v.strengths}
            selected={search.strengths}
            counts={result.facets.strengths}
          />
          <MunicipalitySelect
            label={t.municipality}
            name="municipality"
            defaultValue={search.municipality ?? ""}
            size="small"
            municipalities={municipalities}
            placeholder={t.anyMunicipality}
          />
          <Select label={t.region} name="region" defaultValue={search.region ?? ""} size="small">
            <option value="">{t.anyRegion}</option>
            {result.regions.map((r) => (
              <option key={r} value={r}>
                {r} ({result.facets.region?.[r] ?? 0})
              </option>
            ))}
          </Select>
          <TextField label={t.language} name="language" defaultValue={search.language ?? ""} size="small" />
          <CheckboxGroup
            legend={t.more}
            size="small"
            defaultValue={[
              ...(search.availableNow ? ["availableNow"] : []),
              ...(search.drivingLicence ? ["drivingLicence"] : []),
            ]}
          >
            <Checkbox name="availableNow" value="1">
              {t.availableNow}
            </Checkbox>
            <Checkbox name="drivingLicence" value="1">
              {t.drivingLicence}
            </Checkbox>
          </CheckboxGroup>
          <Select label={t.sort} name="sort" defaultValue={search.sort} size="small">
            <option value="relevance">{t.sortRelevance}</option>
            <option value="newest">{t.sortNewest}</option>
          </Select>
          <div>
            <Button type="submit" loading={navigation.state === "loading"}>
              {t.submit}
            </Button>
          </div>
        </Form>
        <section aria-labelledby="results-heading" className="stack search-results">
          <Heading level="2" size="medium" id="results-heading" aria-live="polite" tabIndex={-1}>
            {t.count(result.total)}
          </Heading>
          {result.hits.length === 0 ? <BodyLong>{t.none}</BodyLong> : null}
          <ol className="stack result-list">
            {result.hits.map((hit) => (
              <li key={hit.id} className="result">
                <Heading level="3" size="small" spacing>
                  {t.candidate(hit.code)}
                </Heading>
                {hit.highlights.summary ? (
                  <BodyShort spacing>
                    <Highlighted text={hit.highlights.summary} />
                  </BodyShort>
                ) : null}
                {hit.highlights.tags ? (
                  <BodyShort size="small" spacing>
                    {texts.profile.tags}: <Highlighted text={hit.highlights.tags} />
                  </BodyShort>
                ) : null}
                <ProfileFacts
                  profile={{ ...hit.profile, summary: hit.highlights.summary ? "" : hit.profile.summary }}
                />
                {hit.ownOffice ? (
                  <Link href={`/spesialist/kandidater/${hit.id}`}>{t.open(hit.code)}</Link>
                ) : (
                  <BodyShort size="small">{t.otherOffice}</BodyShort>
                )}
              </li>
            ))}
          </ol>
          {result.totalPages > 1 ? (
            <nav aria-label={t.pages} className="row-actions">
              {search.page > 1 ? <Link href={pageHref(query, search.page - 1)}>{t.previous}</Link> : null}
              <BodyShort>{t.pageOf(search.page, result.totalPages, PAGE_SIZE)}</BodyShort>
              {search.page < result.totalPages ? <Link href={pageHref(query, search.page + 1)}>{t.next}</Link> : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}
