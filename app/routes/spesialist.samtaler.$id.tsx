import { Heading, Link } from "@navikt/ds-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { conversationBack, postMessage } from "~/afterhire/conversation.server";
import { conversationMessages } from "~/afterhire/hires.server";
import { requireRole } from "~/auth/access.server";
import { Conversation } from "~/components/Conversation";
import { idParam, notFound } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { getConversation, markConversationRead } from "../../db/repositories/after-hire";

const t = texts.conversation;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.who ?? "") }];

async function load(request: Request, context: LoaderFunctionArgs["context"], id: string | undefined) {
  const user = await requireRole(request, context, "specialist");
  const conversation = user.navOfficeId
    ? await getConversation(getDb(), idParam(id), { officeId: user.navOfficeId })
    : undefined;
  if (!conversation) notFound();
  return { user, conversation };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, conversation } = await load(request, context, params.id);
  const messages = await conversationMessages(conversation.id);
  await markConversationRead(getDb(), conversation.id, user.id);
  return {
    who: `${conversation.code}, ${conversation.organisation_name}`,
    jobTitle: conversation.job_title,
    messages,
    back: conversationBack(conversation, {
      hire: `/spesialist/ansettelser/${conversation.id}`,
      proposal: `/spesialist/forslag/${conversation.id}`,
    }),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, conversation } = await load(request, context, params.id);
  return postMessage(request, user, "specialist", conversation);
}

export default function SpecialistConversation() {
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
