import { getFormProps, useForm } from "@conform-to/react";
import { getTextareaProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseForm } from "~/forms/echo";
import { Alert, BodyLong, Button, Heading, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/access.server";
import { profileView } from "~/candidates/profile-view";
import { FitExplanation } from "~/components/FitExplanation";
import { FormErrors } from "~/components/FormErrors";
import { slotsInWords } from "~/components/JobFacts";
import { ProfileFacts } from "~/components/ProfileFacts";
import { notFound } from "~/jobs/access.server";
import { loadProposalParts, propose } from "~/matching/proposals.server";
import * as texts from "~/texts";
import { municipalityName } from "../../db/data/places";
import { readForm } from "~/forms/read-form.server";

const t = texts.proposal;
const schema = z.object({
  note: z.string({ message: t.noteRequired }).trim().min(3, t.noteRequired).max(1000, t.noteHelp),
});

export const meta: MetaFunction = () => [{ title: t.newTitle }];

async function parts(request: Request, officeId: string | null) {
  const url = new URL(request.url);
  const found = await loadProposalParts(officeId, url.searchParams.get("kandidat"), url.searchParams.get("jobb"));
  if (!found) notFound();
  return found;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const p = await parts(request, user.navOfficeId);
  return {
    code: p.candidate.code,
    profile: profileView(p.candidate, p.candidate.birth_date),
    job: p.job
      ? {
          title: p.job.title,
          organisation: p.job.organisationName,
          place: municipalityName(p.job.municipalityNumber),
          slots: p.job.slots,
          hours: p.job.hoursPerWeek,
        }
      : null,
    fit: p.fit,
    problem: !p.employerVisible ? t.notConsented : !p.job ? t.jobGone : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const p = await parts(request, user.navOfficeId);
  const submission = parseForm(await readForm(request), schema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await propose(user, p, submission.value.note, new URL(request.url).origin);
  if (!result.ok) {
    const reply =
      result.field === "note"
        ? submission.reply({ fieldErrors: { note: [result.message] } })
        : submission.reply({ formErrors: [result.message] });
    return data(reply, { status: result.field === "note" ? 400 : 409 });
  }
  return redirect(`/spesialist/forslag/${result.id}?ny=1`);
}

export default function NewProposal() {
  const { code, profile, job, fit, problem } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {t.newHeading(code, job?.title ?? "")}
      </Heading>
      <BodyLong>{t.newIntro}</BodyLong>
      {problem ? (
        <Alert variant="warning" role="status">
          {problem}
        </Alert>
      ) : null}
      {job ? (
        <dl className="facts">
          <dt>{t.employer}</dt>
          <dd>{texts.matching.at(job.organisation, job.place)}</dd>
          <dt>{texts.schedule.legend}</dt>
          <dd>{`${slotsInWords(job.slots)} (${job.hours.toLocaleString("nb-NO")} t/uke)`}</dd>
        </dl>
      ) : null}
      {fit ? <FitExplanation score={fit.score} fits={fit.fits} misfits={fit.misfits} /> : null}
      <section aria-labelledby="profile-heading" className="stack">
        <Heading level="2" size="medium" id="profile-heading">
          {t.profileHeading}
        </Heading>
        <ProfileFacts profile={profile} />
      </section>
      {problem ? null : (
        <Form method="post" className="stack" {...getFormProps(form)}>
          <FormErrors form={form} />
          <Textarea
            {...getTextareaProps(fields.note)}
            key={fields.note.key}
            label={t.note}
            description={t.noteHelp}
            maxLength={1000}
            error={fields.note.errors?.join(" ")}
          />
          <div>
            <Button type="submit" loading={navigation.state === "submitting"}>
              {t.submit}
            </Button>
          </div>
        </Form>
      )}
    </div>
  );
}
