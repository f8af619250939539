import { BodyShort, Heading, Link } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { getDb } from "~/services.server";
import { texts } from "~/texts";

const t = texts.specialist;

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const office = user.navOfficeId
    ? await getDb().selectFrom("nav_offices").select("name").where("id", "=", user.navOfficeId).executeTakeFirst()
    : undefined;
  return { name: user.name, office: office?.name ?? "" };
}

export default function SpecialistHome() {
  const { name, office } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyShort>
        {name} – {t.office}: {office}
      </BodyShort>
      <Link href="/revisjon">{t.auditLink}</Link>
    </div>
  );
}
