import { newPasswordField } from "~/forms/fields";
import { getFormProps, useForm } from "@conform-to/react";
import { getInputProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { BodyLong, Button, Heading, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { completeRegistration, findOpenRegistration } from "~/accounts/registration.server";
import { getOptionalUser, homeFor } from "~/auth/access.server";
import { createUserSession, signedInRedirect } from "~/auth/session.server";
import { FormErrors } from "~/components/FormErrors";
import { parseForm } from "~/forms/echo";
import { readForm } from "~/forms/read-form.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { findOrganisationByOrgNumber } from "../../db/repositories/organisations";

// The link in the registration mail: the address is confirmed by following it, and the
// password is chosen here, so an account is never made for an address its owner did not open.
const t = texts.registration;

const schema = z.object({
  password: newPasswordField(),
});

export const meta: MetaFunction = () => [{ title: t.confirmTitle }];

/** An unknown, used or expired link is simply not found. */
async function openRegistration(token: string | undefined) {
  const registration = token && token.length <= 100 ? await findOpenRegistration(getDb(), token) : undefined;
  if (!registration) throw new Response("Not found", { status: 404 });
  return registration;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(homeFor[user.role]);
  const registration = await openRegistration(params.token);
  const existing = await findOrganisationByOrgNumber(getDb(), registration.org_number);
  return {
    email: registration.email,
    organisation: existing
      ? t.confirmJoin(registration.org_number)
      : t.confirmNewOrg(registration.org_name ?? registration.org_number),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(homeFor[user.role]);
  const registration = await openRegistration(params.token);
  const submission = parseForm(await readForm(request), schema);
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });

  const db = getDb();
  const result = await completeRegistration(db, registration, submission.value.password, context.requestId);
  // Used by a second tab in the meantime, or the address got an account another way: sign in.
  if (result.kind === "gone" || result.kind === "email-taken") throw redirect("/logg-inn");
  const cookie = await createUserSession(request, result.user.id);
  const notice = result.kind === "created" ? "opprettet" : "venter";
  return signedInRedirect(`/arbeidsgiver?registrert=${notice}`, cookie);
}

export default function ConfirmRegistration() {
  const { email, organisation } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    // Checked when sent, then again as the user types: the message goes away while typing, so
    // the button does not move away from under the pointer when the field loses focus.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="stack narrow">
      <Heading level="1" size="xlarge">
        {t.confirmHeading}
      </Heading>
      <BodyLong>{t.confirmIntro(email)}</BodyLong>
      <BodyLong>{organisation}</BodyLong>
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormErrors form={form} />
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
        <TextField
          {...getInputProps(fields.password, { type: "password" })}
          key={fields.password.key}
          label={texts.register.password}
          description={texts.register.passwordHelp}
          autoComplete="new-password"
          error={fields.password.errors?.[0]}
        />
        <div>
          <Button type="submit">{t.confirmButton}</Button>
        </div>
      </Form>
    </div>
  );
}
