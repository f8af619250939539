import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseForm } from "~/forms/echo";
import { Button, Heading, Link } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireCandidateAccess, requireRole } from "~/auth/access.server";
import { profileFormDefaults, profileFormSchema, toProfileInput } from "~/candidates/profile-schema";
import { CandidateProfileFields } from "~/components/CandidateProfileFields";
import { FormErrors } from "~/components/FormErrors";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { getCandidateFull, updateProfile } from "../../db/repositories/candidates";
import { notifyCandidate } from "~/notifications";
import { readForm } from "~/forms/read-form.server";

const t = texts.editProfile;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.code ?? "") }];

async function load(request: Request, context: Parameters<typeof requireRole>[1], id: string | undefined) {
  await requireRole(request, context, "specialist");
  const { candidate } = await requireCandidateAccess(request, context, id);
  const full = await getCandidateFull(getDb(), candidate.id);
  if (!full) throw new Response("Not found", { status: 404 });
  return full;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const full = await load(request, context, params.id);
  return {
    id: full.id,
    code: full.code,
    defaults: profileFormDefaults(full.profile),
    municipalities: municipalityChoices(),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const full = await load(request, context, params.id);
  // The privacy guard also knows the candidate's names here, from the identity.
  const schema = profileFormSchema([full.identity.name]);
  const submission = parseForm(await readForm(request), schema);
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // The index job is written in the same transaction as the change.
  await updateProfile(getDb(), full.id, toProfileInput(submission.value));
  // Someone else changed the candidate's profile: they hear that it changed (not what), on their channel.
  await notifyCandidate(getDb(), full.id, "profile_edited", { origin: new URL(request.url).origin });
  return redirect(`/spesialist/kandidater/${full.id}?oppdatert=1`);
}

export default function EditProfile() {
  const { id, code, defaults, municipalities } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: defaults,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileFormSchema() }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {t.heading(code)}
      </Heading>
      <Form method="post" className="stack narrow-wide" {...getFormProps(form)}>
        <FormErrors form={form} />
        <CandidateProfileFields fields={fields} municipalities={municipalities} />
        <div className="row-actions">
          <Button type="submit" loading={navigation.state === "submitting"}>
            {t.submit}
          </Button>
          <Link href={`/spesialist/kandidater/${id}`}>{t.cancel}</Link>
        </div>
      </Form>
    </div>
  );
}
