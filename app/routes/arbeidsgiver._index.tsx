import { Alert, BodyShort, Heading, LinkCard, Tag } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import * as texts from "~/texts";
import { serverRendered } from "~/page-scripts";

const t = texts.employer;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "employer");
  const registered = new URL(request.url).searchParams.get("registrert");
  const pending = user.memberships.find((m) => m.status === "pending");
  const notice =
    registered === "opprettet"
      ? texts.register.created
      : registered === "venter" && pending
        ? texts.register.joinRequested(pending.organisationName)
        : null;
  return { memberships: user.memberships, notice };
}

export default function EmployerHome() {
  const { memberships, notice } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {memberships.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
      <ul className="stack" aria-label={t.heading}>
        {memberships.map((m) => (
          <li key={m.organisationId}>
            {m.status === "active" ? (
              <LinkCard>
                <LinkCard.Title>
                  <LinkCard.Anchor asChild>
                    <Link to={`/arbeidsgiver/${m.organisationId}`}>{m.organisationName}</Link>
                  </LinkCard.Anchor>
                </LinkCard.Title>
                <LinkCard.Description>{m.role === "admin" ? t.admin : t.member}</LinkCard.Description>
              </LinkCard>
            ) : (
              <BodyShort>
                {m.organisationName}{" "}
                <Tag variant="warning" size="small">
                  {t.pending}
                </Tag>
              </BodyShort>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
