import { Heading, Link } from "@navikt/ds-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { conversationBack, postMessage } from "~/afterhire/conversation.server";
import { conversationMessages, employerLabel } from "~/afterhire/hires.server";
import { Conversation } from "~/components/Conversation";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { getConversation, markConversationRead } from "../../db/repositories/after-hire";
import { serverRendered } from "~/page-scripts";

const t = texts.conversation;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.who ?? "") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const conversation = await getConversation(getDb(), idParam(params.id), { organisationId });
  if (!conversation) notFound();
  const { label } = await employerLabel(context, user, conversation);
  const messages = await conversationMessages(conversation.id);
  await markConversationRead(getDb(), conversation.id, user.id);
  return {
    who: label,
    jobTitle: conversation.job_title,
    messages,
    back: conversationBack(conversation, {
      hire: `/arbeidsgiver/${organisationId}/ansatte/${conversation.id}`,
      proposal: `/arbeidsgiver/${organisationId}/forslag/${conversation.id}`,
    }),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const conversation = await getConversation(getDb(), idParam(params.id), { organisationId });
  if (!conversation) notFound();
  return postMessage(request, user, "employer", conversation);
}

export default function EmployerConversation() {
  const { who, jobTitle, messages, back } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {t.heading(who, jobTitle)}
      </Heading>
      <Link href={back.href}>{back.text}</Link>
      <Conversation messages={messages} result={result} />
    </div>
  );
}
