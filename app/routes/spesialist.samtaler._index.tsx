import { BodyShort, Heading } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/access.server";
import { ConversationTable } from "~/components/Conversation";
import { formatDateTime } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listOfficeConversations, unreadForOffice } from "../../db/repositories/after-hire";

const t = texts.conversation;

export const meta: MetaFunction = () => [{ title: t.listTitle }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const officeId = user.navOfficeId;
  if (!officeId) return { conversations: [] };
  const db = getDb();
  const [conversations, unread] = await Promise.all([
    listOfficeConversations(db, officeId),
    unreadForOffice(db, user.id, officeId),
  ]);
  return {
    conversations: conversations.map((c) => ({
      id: c.id,
      who: `${c.name} (${c.code}), ${c.organisation_name}`,
      job: c.job_title,
      last: c.last_at ? formatDateTime(c.last_at) : "",
      unread: unread.find((u) => u.proposal_id === c.id)?.unread ?? 0,
      href: `/spesialist/samtaler/${c.id}`,
    })),
  };
}

export default function SpecialistConversations() {
  const { conversations } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.listHeading}
      </Heading>
      <BodyShort>{t.listIntro}</BodyShort>
      <ConversationTable rows={conversations} />
    </div>
  );
}
