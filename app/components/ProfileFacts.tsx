import { BodyShort, Tag } from "@navikt/ds-react";
import { Explain } from "~/components/Explain";
import { labelOf } from "~/domain/vocabulary";
import { formatDate } from "~/format";
import * as texts from "~/texts";

const v = texts.vocabulary;
const t = texts.profile;

export interface ProfileView {
  interests: string[];
  strengths: string[];
  tags: string[];
  hoursMin: number;
  hoursMax: number;
  weekdays: string[];
  timesOfDay: string[];
  municipality: string;
  availableFrom: string | null;
  languages: string[];
  norwegianLevel: string | null;
  drivingLicence: boolean;
  facilitation: Record<string, string[]>;
  summary: string;
  /** Not in the employer's view (employerProfileView). */
  euseStage?: number;
  ageBand?: string;
}

// In the vocabulary's own order (Monday before Tuesday), whatever order they were picked in.
const join = (vocabulary: Record<string, string>, ids: string[]) => {
  const order = Object.keys(vocabulary);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...ids]
    .sort((a, b) => rank(a) - rank(b))
    .map((id) => labelOf(vocabulary, id))
    .join(", ");
};

/** The anonymised profile as facts: what a specialist (and later an employer) may see. */
export function ProfileFacts({ profile }: { profile: ProfileView }) {
  const facilitation = Object.entries(profile.facilitation).flatMap(([group, ids]) =>
    ids.map((id) => labelOf((v.facilitation as Record<string, Record<string, string>>)[group] ?? {}, id)),
  );
  return (
    <dl className="facts">
      <dt>{t.interests}</dt>
      <dd>
        {profile.interests.map((id) => (
          <Tag key={id} size="small" variant="info" className="tag-gap">
            {labelOf(v.interests, id)}
          </Tag>
        ))}
      </dd>
      {profile.strengths.length ? (
        <>
          <dt>{t.strengths}</dt>
          <dd>{join(v.strengths, profile.strengths)}</dd>
        </>
      ) : null}
      {profile.tags.length ? (
        <>
          <dt>{t.tags}</dt>
          <dd>{profile.tags.join(", ")}</dd>
        </>
      ) : null}
      <dt>{t.hours}</dt>
      <dd>{t.hoursRange(profile.hoursMin, profile.hoursMax)}</dd>
      <dt>{t.when}</dt>
      <dd>
        {join(v.weekdays, profile.weekdays)}; {join(v.timesOfDay, profile.timesOfDay).toLowerCase()}
      </dd>
      <dt>{t.place}</dt>
      <dd>{profile.municipality}</dd>
      <dt>{t.available}</dt>
      <dd>{profile.availableFrom ? formatDate(profile.availableFrom) : t.now}</dd>
      {profile.ageBand ? (
        <>
          <dt>{t.ageBand}</dt>
          <dd>{profile.ageBand}</dd>
        </>
      ) : null}
      <dt>{t.languages}</dt>
      <dd>
        {profile.languages.join(", ") || "–"}
        {profile.norwegianLevel
          ? ` (${t.norwegian}: ${labelOf(v.norwegianLevels, profile.norwegianLevel).toLowerCase()})`
          : ""}
      </dd>
      <dt>{t.drivingLicence}</dt>
      <dd>{profile.drivingLicence ? t.yes : t.no}</dd>
      {facilitation.length ? (
        <>
          <dt>{t.facilitation}</dt>
          <dd>{facilitation.join(", ")}</dd>
        </>
      ) : null}
      {profile.euseStage !== undefined ? (
        <>
          <dt>
            {t.stage} <Explain title={texts.explain.stageTitle}>{texts.explain.stage}</Explain>
          </dt>
          <dd>{labelOf(v.euseStages as Record<string, string>, String(profile.euseStage))}</dd>
        </>
      ) : null}
      {profile.summary ? (
        <>
          <dt>{t.summary}</dt>
          <dd>
            <BodyShort>{profile.summary}</BodyShort>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
