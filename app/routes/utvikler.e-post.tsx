import { BodyLong, BodyShort, Heading } from "@navikt/ds-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { devToolsEnabled } from "~/auth/demo.server";
import { formatDateTime } from "~/format";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { listMail } from "../../db/repositories/mail";

const t = texts.devMail;

export const meta: MetaFunction = () => [{ title: t.title }];

// A developer's view of the mail outbox, so invitations can be followed without SMTP.
// It shows links that grant access, so it exists only with DEV_TOOLS=1, outside production, and
// only for requests made on this machine (app/auth/dev-tools.ts).
export async function loader({ context }: LoaderFunctionArgs) {
  if (!devToolsEnabled(context)) throw new Response("Not found", { status: 404 });
  const mails = await listMail(getDb(), 50);
  return {
    mails: mails.map((m) => ({
      id: m.id,
      to: m.to_address,
      subject: m.subject,
      body: m.body,
      at: formatDateTime(m.created_at),
      channel: m.channel,
    })),
  };
}

export default function DevMail() {
  const { mails: all } = useLoaderData<typeof loader>();
  const mails = all.filter((m) => m.channel === "email");
  const sms = all.filter((m) => m.channel === "sms");
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <section aria-labelledby="sms-heading" className="stack">
        <Heading level="2" size="large" id="sms-heading">
          {texts.devSms.heading}
        </Heading>
        <BodyShort>{texts.devSms.intro}</BodyShort>
        {sms.length === 0 ? <BodyShort>{texts.devSms.none}</BodyShort> : null}
        {sms.map((m) => (
          <article key={m.id} className="mail" aria-label={`SMS til ${m.to}`}>
            <BodyShort size="small">
              {texts.devSms.to}: {m.to} · {t.sent}: {m.at}
            </BodyShort>
            <pre className="mail__body">{m.body}</pre>
          </article>
        ))}
      </section>
      <Heading level="2" size="large">
        {texts.devSms.emailHeading}
      </Heading>
      {mails.length === 0 ? <BodyShort>{t.none}</BodyShort> : null}
      {mails.map((m) => (
        <article key={m.id} className="mail" aria-label={m.subject}>
          <Heading level="3" size="small">
            {m.subject}
          </Heading>
          <BodyShort size="small">
            {t.to}: {m.to} · {t.sent}: {m.at}
          </BodyShort>
          <pre className="mail__body">{m.body}</pre>
        </article>
      ))}
    </div>
  );
}
