import { Alert, BodyShort, Button, Heading, Link, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { type FieldErrors, employerViewSchema, firstErrors, jobChangeSchema, noticeFrom } from "~/afterhire/forms";
import {
  changeJobFromForm,
  employerLabel,
  hireDetails,
  hireFor,
  startMentorApplication,
} from "~/afterhire/hires.server";
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
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { addEmployerView } from "../../db/repositories/after-hire";
import { serverRendered } from "~/page-scripts";

const t = texts.afterHire;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.who ?? "") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const hire = await hireFor({ organisationId }, idParam(params.id));
  if (!hire) notFound();
  const { label } = await employerLabel(context, user, hire);
  const details = await hireDetails(hire);
  const url = new URL(request.url);
  return {
    organisationId,
    who: label,
    nameShown: label !== hire.code,
    hire: details,
    notice: noticeFrom(url, { endret: t.changeSaved, avsluttet: t.endedNotice, syn: t.employerViewSaved }),
  };
}

type Errors = FieldErrors;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireEmployerOrganisation(request, context, params);
  const hire = await hireFor({ organisationId }, idParam(params.id));
  if (!hire) notFound();
  const form = Object.fromEntries(await readForm(request));
  // Sent back with an error or a refusal: each value no longer than its field allows.
  const values = echoValues(form, employerViewSchema, jobChangeSchema(hire.hire_start));
  const invalid = (errors: Errors, status = 400) =>
    data({ intent: String(form.intent ?? ""), errors, values, refused: null as string | null }, { status });
  const base = `/arbeidsgiver/${organisationId}/ansatte/${hire.id}`;

  if (form.intent === "view") {
    const parsed = employerViewSchema.safeParse(form);
    if (!parsed.success) return invalid(firstErrors(parsed.error));
    const saved = await addEmployerView(
      getDb(),
      organisationId,
      hire.id,
      parsed.data.checkInId,
      user.id,
      parsed.data.view,
    );
    if (!saved) return data({ intent: "view", errors: {}, values, refused: texts.form.conflict }, { status: 409 });
    return redirect(`${base}?syn=1`);
  }
  if (form.intent === "mentor") {
    if (hire.status !== "hired")
      return data({ intent: "mentor", errors: {}, values, refused: texts.form.conflict }, { status: 409 });
    const id = await startMentorApplication(user, organisationId, hire);
    return redirect(`/arbeidsgiver/${organisationId}/tilskudd/${id}`);
  }
  if (form.intent === "change") {
    const changed = await changeJobFromForm(user, "employer", hire, form, request, base);
    if (changed.ok) return redirect(changed.location);
    const { errors, refused, status } = changed;
    return data({ intent: "change", errors, values, refused }, { status });
  }
  return invalid({ intent: texts.errors.badRequestTitle });
}

export default function EmployerHire() {
  const { organisationId, who, nameShown, hire, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Errors = result?.errors ?? {};
  const values = (result?.values ?? {}) as Record<string, string>;
  const viewFor = result?.intent === "view" ? values.checkInId : undefined;
  return (
    <div className="stack narrow-wide">
      <HireHeader who={who} jobTitle={hire.jobTitle} notice={notice} refused={result?.refused}>
        {nameShown ? null : <BodyShort>{t.nameHidden}</BodyShort>}
      </HireHeader>
      <Link href={`/arbeidsgiver/${organisationId}/samtaler/${hire.id}`}>{t.conversationLink}</Link>
      <HireFacts hire={hire} />
      {hire.active ? (
        <section aria-labelledby="mentor-heading" className="stack">
          <Heading level="2" size="medium" id="mentor-heading">
            {t.mentorHeading}
          </Heading>
          {hire.mentor.suggest ? (
            <>
              <Alert variant="info" size="small">
                {hire.mentor.reason === "tapering" ? t.mentorSuggestTapering : t.mentorSuggestTime}
              </Alert>
              <Form method="post">
                <input type="hidden" name="intent" value="mentor" />
                <Button type="submit">{t.mentorStart}</Button>
              </Form>
            </>
          ) : hire.mentorApplicationId ? (
            <>
              <BodyShort>{t.mentorHas}</BodyShort>
              <Link href={`/arbeidsgiver/${organisationId}/tilskudd/${hire.mentorApplicationId}`}>{t.mentorOpen}</Link>
            </>
          ) : (
            <>
              <BodyShort>{hire.mentor.from ? t.mentorLater(formatDate(hire.mentor.from)) : t.mentorNone}</BodyShort>
              <Form method="post">
                <input type="hidden" name="intent" value="mentor" />
                <Button type="submit" variant="secondary">
                  {t.mentorStart}
                </Button>
              </Form>
            </>
          )}
        </section>
      ) : null}
      <CheckIns
        checkIns={hire.checkIns}
        actions={(c) =>
          c.employerMayAddView ? (
            <Form method="post" className="stack-tight narrow">
              <input type="hidden" name="intent" value="view" />
              <input type="hidden" name="checkInId" value={c.id} />
              <Textarea
                label={`${t.employerViewLabel} (${c.date})`}
                description={t.employerViewHelp}
                name="view"
                maxLength={2000}
                error={viewFor === c.id ? errors.view : undefined}
                defaultValue={viewFor === c.id ? values.view : (c.employerView ?? "")}
              />
              <div>
                <Button type="submit" size="small" variant="secondary">
                  {t.employerViewSave}
                </Button>
              </div>
            </Form>
          ) : null
        }
      />
      <FollowUpPlan plan={hire.plan} />
      <HireGrants grants={hire.grants} link={(id) => `/arbeidsgiver/${organisationId}/tilskudd/${id}`} />
      <section aria-labelledby="specialist-heading" className="stack">
        <Heading level="2" size="medium" id="specialist-heading">
          {t.specialistHeading}
        </Heading>
        <dl className="facts">
          <dt>{t.specialistName}</dt>
          <dd>{hire.specialist.name ?? ""}</dd>
          <dt>{t.specialistEmail}</dt>
          <dd>
            {hire.specialist.email ? <a href={`mailto:${hire.specialist.email}`}>{hire.specialist.email}</a> : ""}
          </dd>
          <dt>{t.specialistOffice}</dt>
          <dd>{hire.specialist.office ?? ""}</dd>
        </dl>
      </section>
      <JobEvents events={hire.events} />
      <HireJobChange hire={hire} result={result ? { ...result, errors, values } : undefined} />
    </div>
  );
}
