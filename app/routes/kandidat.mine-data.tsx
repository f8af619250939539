import { BodyLong, BodyShort, Heading, Link } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { candidatePageData } from "~/candidates/my-data.server";
import { profileView } from "~/candidates/profile-view";
import { ConsentList } from "~/components/ConsentList";
import { ProfileFacts } from "~/components/ProfileFacts";
import { ShareRequestStatus } from "~/components/ShareRequestStatus";
import { formatDate } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { findCandidateByUser } from "../../db/repositories/candidates";

const t = texts.myData;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const db = getDb();
  const own = await findCandidateByUser(db, user.id);
  const page = own ? await candidatePageData(db, own.id) : null;
  if (!page) return { page: null, profile: null };
  return {
    page: { ...page, identity: { ...page.identity, birthDate: formatDate(page.identity.birthDate) } },
    profile: profileView(page.profile, page.identity.birthDate),
  };
}

/** Everything stored about the candidate, readable; the same data as the JSON download. */
export default function MyData() {
  const { page, profile } = useLoaderData<typeof loader>();
  const f = t.fieldNames;
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      {!page || !profile ? (
        <BodyShort>{t.noProfile}</BodyShort>
      ) : (
        <>
          <div>
            <Link href="/kandidat/mine-data/json" download>
              {t.download}
            </Link>
          </div>
          <section aria-labelledby="identity-heading" className="stack">
            <Heading level="2" size="large" id="identity-heading">
              {t.identity}
            </Heading>
            <dl className="facts">
              <dt>{f.name}</dt>
              <dd>{page.identity.name}</dd>
              <dt>{f.birthDate}</dt>
              <dd>{page.identity.birthDate}</dd>
              <dt>{f.phone}</dt>
              <dd>{page.identity.phone ?? t.none}</dd>
              <dt>{f.email}</dt>
              <dd>{page.identity.email ?? t.none}</dd>
              <dt>{f.address}</dt>
              <dd>{page.identity.address ?? t.none}</dd>
              <dt>{f.code}</dt>
              <dd>{page.code}</dd>
              <dt>{f.channel}</dt>
              <dd>{texts.candidateNotices.channels[page.channel]}</dd>
            </dl>
          </section>
          <section aria-labelledby="profile-heading" className="stack">
            <Heading level="2" size="large" id="profile-heading">
              {t.profile}
            </Heading>
            <ProfileFacts profile={profile} />
          </section>
          <ConsentList consents={page.consents} confirmId={null} notice={null} readOnly />
          <section aria-labelledby="requests-heading" className="stack">
            <Heading level="2" size="large" id="requests-heading">
              {t.requests}
            </Heading>
            {page.requests.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
            {page.requests.map((r) => (
              <div key={r.id} className="stack">
                <BodyShort>
                  <strong>{texts.sharing.candidateRequest(r.organisationName, r.jobTitle)}</strong>
                </BodyShort>
                <ShareRequestStatus request={r} />
              </div>
            ))}
          </section>
          <section aria-labelledby="views-heading" className="stack">
            <Heading level="2" size="large" id="views-heading">
              {t.views}
            </Heading>
            {page.views.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
            <ul>
              {page.views.map((v) => (
                <li key={v.id}>
                  {v.who} ({texts.nav.roles[v.role as keyof typeof texts.nav.roles] ?? v.role}), {v.at}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="proposals-heading" className="stack">
            <Heading level="2" size="large" id="proposals-heading">
              {t.proposals}
            </Heading>
            {page.proposals.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
            <ul className="stack">
              {page.proposals.map((p) => (
                <li key={p.id}>
                  <BodyShort>
                    <strong>{texts.declines.outcome(p.organisationName, p.jobTitle)}</strong> ({p.proposedAt})
                  </BodyShort>
                  <BodyLong>{p.outcome}</BodyLong>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
