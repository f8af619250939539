import { BodyShort, Button, Heading, Link, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { type FieldErrors, checkInSchema, firstErrors, jobChangeSchema, noticeFrom } from "~/afterhire/forms";
import { changeJobFromForm, hireDetails, hireFor } from "~/afterhire/hires.server";
import { requireRole } from "~/auth/access.server";
import {
  CheckIns,
  FollowUpPlan,
  HireFacts,
  HireGrants,
  HireHeader,
  HireJobChange,
  JobEvents,
} from "~/components/HireDetails";
import { formatDate } from "~/format";
import { echoValues } from "~/forms/echo";
import { readForm } from "~/forms/read-form.server";
import { idParam, notFound } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { markTapering, recordCheckIn, setOpenToAnotherJob } from "../../db/repositories/after-hire";

const t = texts.afterHire;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.who ?? "") }];

async function load(request: Request, context: LoaderFunctionArgs["context"], id: string | undefined) {
  const user = await requireRole(request, context, "specialist");
  const hire = user.navOfficeId ? await hireFor({ officeId: user.navOfficeId }, idParam(id)) : undefined;
  if (!hire) notFound();
  return { user, hire };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { hire } = await load(request, context, params.id);
  const name = await getDb()
    .selectFrom("candidate_identities")
    .select("name")
    .where("candidate_id", "=", hire.candidate_id)
    .executeTakeFirst();
  const url = new URL(request.url);
  return {
    who: `${name?.name ?? ""} (${hire.code})`,
    hire: await hireDetails(hire),
    notice: noticeFrom(url, {
      endret: t.changeSaved,
      avsluttet: t.endedNotice,
      samtale: t.checkInRecorded,
      nedtrapping: t.taperingSaved,
      apen: t.openSaved,
    }),
  };
}

type Errors = FieldErrors;

const openSchema = z.object({ open: z.enum(["yes", "no"]) });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, hire } = await load(request, context, params.id);
  const form = Object.fromEntries(await readForm(request));
  // Sent back with an error or a refusal: each value no longer than its field allows.
  const values = echoValues(form, checkInSchema, jobChangeSchema(hire.hire_start), openSchema);
  const answer = (errors: Errors, refused: string | null, status: number) =>
    data({ intent: String(form.intent ?? ""), errors, values, refused }, { status });
  const base = `/spesialist/ansettelser/${hire.id}`;
  const db = getDb();

  if (form.intent === "checkin") {
    const parsed = checkInSchema.safeParse(form);
    if (!parsed.success) return answer(firstErrors(parsed.error), null, 400);
    if (!(await recordCheckIn(db, hire.id, parsed.data.checkInId, user.id, parsed.data.summary)))
      return answer({}, texts.form.conflict, 409);
    return redirect(`${base}?samtale=1`);
  }
  if (form.intent === "change") {
    const changed = await changeJobFromForm(user, "specialist", hire, form, request, base);
    return changed.ok ? redirect(changed.location) : answer(changed.errors, changed.refused, changed.status);
  }
  if (form.intent === "tapering") {
    if (!(await markTapering(db, hire.id))) return answer({}, texts.form.conflict, 409);
    return redirect(`${base}?nedtrapping=1`);
  }
  if (form.intent === "open") {
    const parsed = openSchema.safeParse(form);
    if (!parsed.success) return answer({ open: texts.errors.badRequestTitle }, null, 400);
    await setOpenToAnotherJob(db, hire.candidate_id, parsed.data.open === "yes");
    return redirect(`${base}?apen=1`);
  }
  return answer({ intent: texts.errors.badRequestTitle }, null, 400);
}

export default function SpecialistHire() {
  const { who, hire, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Errors = result?.errors ?? {};
  const values = (result?.values ?? {}) as Record<string, string>;
  const checkInFor = result?.intent === "checkin" ? values.checkInId : undefined;
  return (
    <div className="stack narrow-wide">
      <HireHeader who={who} jobTitle={hire.jobTitle} notice={notice} refused={result?.refused}>
        <BodyShort>{hire.organisationName}</BodyShort>
      </HireHeader>
      <div className="row-actions">
        <Link href={`/spesialist/samtaler/${hire.id}`}>{t.conversationLinkSpecialist}</Link>
        <Link href={`/spesialist/kandidater/${hire.candidateId}`}>{texts.proposal.openCandidate}</Link>
      </div>
      <HireFacts hire={hire} />
      <CheckIns
        checkIns={hire.checkIns}
        actions={(c) =>
          c.state !== "done" && hire.active ? (
            <Form method="post" className="stack-tight narrow">
              <input type="hidden" name="intent" value="checkin" />
              <input type="hidden" name="checkInId" value={c.id} />
              <Textarea
                label={`${t.summaryLabel} (${c.date})`}
                name="summary"
                maxLength={2000}
                error={checkInFor === c.id ? errors.summary : undefined}
                defaultValue={checkInFor === c.id ? values.summary : ""}
              />
              <div>
                <Button type="submit" size="small">
                  {t.recordCheckIn}
                </Button>
              </div>
            </Form>
          ) : null
        }
      />
      <FollowUpPlan plan={hire.plan} />
      {hire.active ? (
        <section aria-labelledby="tapering-heading" className="stack narrow">
          <Heading level="2" size="medium" id="tapering-heading">
            {t.taperingHeading}
          </Heading>
          {hire.taperingOn ? (
            <BodyShort>{t.taperingMarked(formatDate(hire.taperingOn))}</BodyShort>
          ) : (
            <>
              <BodyShort>{t.taperingIntro}</BodyShort>
              <Form method="post">
                <input type="hidden" name="intent" value="tapering" />
                <Button type="submit" variant="secondary">
                  {t.taperingMark}
                </Button>
              </Form>
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="open-heading" className="stack narrow">
        <Heading level="2" size="medium" id="open-heading">
          {t.openHeading}
        </Heading>
        <BodyShort>{hire.openToAnotherJob ? t.openYes : t.openIntro}</BodyShort>
        <Form method="post">
          <input type="hidden" name="intent" value="open" />
          <input type="hidden" name="open" value={hire.openToAnotherJob ? "no" : "yes"} />
          <Button type="submit" variant="secondary">
            {hire.openToAnotherJob ? t.openUnmark : t.openMark}
          </Button>
        </Form>
      </section>
      <HireGrants grants={hire.grants} link={(id) => `/spesialist/tilskudd/${id}`} />
      <JobEvents events={hire.events} />
      <HireJobChange hire={hire} result={result ? { ...result, errors, values } : undefined} />
    </div>
  );
}
