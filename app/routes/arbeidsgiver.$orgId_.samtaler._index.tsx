import { BodyShort, Heading } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ConversationTable } from "~/components/Conversation";
import { formatDateTime } from "~/format";
import { requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listOrganisationConversations, unreadForOrganisations } from "../../db/repositories/after-hire";
import { serverRendered } from "~/page-scripts";

const t = texts.conversation;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction = () => [{ title: t.listTitle }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const db = getDb();
  const [conversations, unread] = await Promise.all([
    listOrganisationConversations(db, organisationId),
    unreadForOrganisations(db, user.id, [organisationId]),
  ]);
  return {
    organisationId,
    conversations: conversations.map((c) => ({
      id: c.id,
      // The code only: a list is no place to reveal a name.
      who: c.code,
      job: c.job_title,
      last: c.last_at ? formatDateTime(c.last_at) : "",
      unread: unread.find((u) => u.proposal_id === c.id)?.unread ?? 0,
    })),
  };
}

export default function EmployerConversations() {
  const { organisationId, conversations } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.listHeading}
      </Heading>
      <BodyShort>{t.listIntro}</BodyShort>
      <ConversationTable
        rows={conversations.map((c) => ({ ...c, href: `/arbeidsgiver/${organisationId}/samtaler/${c.id}` }))}
      />
    </div>
  );
}
