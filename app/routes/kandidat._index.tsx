import { Alert, BodyLong, BodyShort, Button, Heading, Link, Radio, RadioGroup } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { isUuid, requireRole } from "~/auth/access.server";
import { withdrawConsentAs } from "~/candidates/consent.server";
import { candidatePageData } from "~/candidates/my-data.server";
import { answerShareRequestAs } from "~/candidates/share-requests.server";
import { ConsentList } from "~/components/ConsentList";
import { ShareRequestStatus } from "~/components/ShareRequestStatus";
import { readForm } from "~/forms/read-form.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { findCandidateByUser } from "../../db/repositories/candidates";
import { TableScroll } from "~/components/TableScroll";

const t = texts.candidate;
const s = texts.sharing;
const n = texts.candidateNotices;

export const meta: MetaFunction = () => [{ title: t.title }];

const notices: Record<string, string> = {
  trukket: texts.consent.withdrawnNotice,
  delt: s.answeredYes,
  "ikke-delt": s.answeredNo,
  kanal: n.channelSaved,
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const db = getDb();
  const own = await findCandidateByUser(db, user.id);
  const page = own ? await candidatePageData(db, own.id) : null;
  const url = new URL(request.url);
  const notice = Object.keys(notices).find((k) => url.searchParams.has(k));
  return {
    page,
    confirmId: url.searchParams.get("trekk"),
    notice: notice ? (notices[notice] ?? null) : null,
  };
}

const answerSchema = z.object({
  requestId: z.string().refine(isUuid, s.answerRequired),
  answer: z.enum(["yes", "no"], { message: s.answerRequired }),
});
const channelSchema = z.object({ channel: z.enum(["email", "sms"], { message: n.channelRequired }) });
type Errors = Record<string, string[] | undefined>;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "candidate");
  const db = getDb();
  const own = await findCandidateByUser(db, user.id);
  const form = await readForm(request);
  if (!own) throw new Response("Not found", { status: 404 });
  const values = Object.fromEntries(form);
  const invalid = (errors: Errors, status = 400) => data({ errors, values }, { status });

  if (form.get("intent") === "share-answer") {
    const parsed = answerSchema.safeParse(values);
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors as Errors);
    const accept = parsed.data.answer === "yes";
    const answered = await answerShareRequestAs(context, user, {
      requestId: parsed.data.requestId,
      candidateId: own.id,
      accept,
      origin: new URL(request.url).origin,
    });
    if (!answered.ok) return invalid({ requestId: [answered.refusal === "closed" ? s.closed : s.tooLate] }, 409);
    return redirect(accept ? "/kandidat?delt=1" : "/kandidat?ikke-delt=1");
  }
  if (form.get("intent") === "channel") {
    const parsed = channelSchema.safeParse(values);
    if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors as Errors);
    if (parsed.data.channel === "sms") {
      const identity = await db
        .selectFrom("candidate_identities")
        .select("phone")
        .where("candidate_id", "=", own.id)
        .executeTakeFirst();
      if (!identity?.phone) return invalid({ channel: [n.channelMissing] });
    }
    await db.updateTable("candidates").set({ notify_channel: parsed.data.channel }).where("id", "=", own.id).execute();
    return redirect("/kandidat?kanal=1");
  }
  if (form.get("intent") !== "withdraw") throw new Response("Not found", { status: 404 });
  const withdrawn = await withdrawConsentAs(context, user, own.id, String(form.get("consentId") ?? ""));
  if (!withdrawn) throw new Response("Not found", { status: 404 });
  return redirect("/kandidat?trukket=1");
}

export default function CandidateHome() {
  const { page, confirmId, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? {}) as Errors;
  const err = (name: string) => errors[name]?.join(" ");
  const pending = page?.requests.filter((r) => r.state === "pending") ?? [];
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {page ? <BodyShort>{t.pseudonym(page.code)}</BodyShort> : <BodyShort>{t.noProfile}</BodyShort>}
      {page ? <Link href="/kandidat/forhandsvisning">{texts.employerPreview.link}</Link> : null}
      {notice && !confirmId ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {err("requestId") ? <Alert variant="warning">{err("requestId")}</Alert> : null}
      {page ? (
        <section aria-labelledby="requests-heading" className="stack">
          <Heading level="2" size="large" id="requests-heading">
            {s.candidateHeading}
          </Heading>
          <BodyLong>{s.candidateIntro}</BodyLong>
          {page.requests.length === 0 ? <BodyShort>{s.candidateNone}</BodyShort> : null}
          {pending.map((r) => (
            <Form method="post" key={r.id} className="stack narrow card" aria-labelledby={`request-${r.id}`}>
              <Heading level="3" size="small" id={`request-${r.id}`}>
                {s.candidateRequest(r.organisationName, r.jobTitle)}
              </Heading>
              <BodyShort>{s.deadline(r.deadline)}</BodyShort>
              <BodyShort>{s.whatIsShared}</BodyShort>
              <ul>
                {r.shares.map((f) => (
                  <li key={f}>{s.fields[f as keyof typeof s.fields] ?? f}</li>
                ))}
              </ul>
              <input type="hidden" name="intent" value="share-answer" />
              <input type="hidden" name="requestId" value={r.id} />
              <div className="row-actions">
                <Button type="submit" name="answer" value="yes">
                  {s.yes}
                </Button>
                <Button type="submit" name="answer" value="no" variant="secondary">
                  {s.no}
                </Button>
              </div>
            </Form>
          ))}
          {page.requests
            .filter((r) => r.state !== "pending")
            .map((r) => (
              <div key={r.id} className="stack">
                <BodyShort>
                  <strong>{s.candidateRequest(r.organisationName, r.jobTitle)}</strong>
                </BodyShort>
                <ShareRequestStatus request={r} />
              </div>
            ))}
        </section>
      ) : null}
      {page ? (
        <section aria-labelledby="outcomes-heading" className="stack">
          <Heading level="2" size="large" id="outcomes-heading">
            {texts.declines.heading}
          </Heading>
          {page.proposals.length === 0 ? (
            <BodyShort>{texts.declines.none}</BodyShort>
          ) : (
            <ul className="stack">
              {page.proposals.map((p) => (
                <li key={p.id}>
                  <BodyShort>
                    <strong>{texts.declines.outcome(p.organisationName, p.jobTitle)}</strong>
                  </BodyShort>
                  <BodyLong>{p.outcome}</BodyLong>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <ConsentList consents={page?.consents ?? []} confirmId={confirmId} notice={null} />
      {page ? (
        <Form method="post" className="stack narrow">
          <input type="hidden" name="intent" value="channel" />
          <RadioGroup
            legend={n.channelHeading}
            description={n.channelIntro}
            name="channel"
            defaultValue={page.channel}
            error={err("channel")}
          >
            <Radio value="email">{n.channels.email}</Radio>
            <Radio value="sms">{n.channels.sms}</Radio>
          </RadioGroup>
          <div>
            <Button type="submit" variant="secondary">
              {n.channelSave}
            </Button>
          </div>
        </Form>
      ) : null}
      <section aria-labelledby="views-heading" className="stack">
        <Heading level="2" size="large" id="views-heading">
          {t.viewsHeading}
        </Heading>
        <BodyLong>{t.viewsIntro}</BodyLong>
        {!page || page.views.length === 0 ? (
          <BodyShort>{t.noViews}</BodyShort>
        ) : (
          <TableScroll>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.viewer}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.when}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {page.views.map((v) => (
                  <Table.Row key={v.id}>
                    <Table.DataCell>
                      {v.who} ({texts.nav.roles[v.role as keyof typeof texts.nav.roles] ?? v.role})
                    </Table.DataCell>
                    <Table.DataCell>{v.at}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      {page ? <Link href="/kandidat/mine-data">{texts.myData.link}</Link> : null}
    </div>
  );
}
