import { newPasswordField, personNameField } from "~/forms/fields";
import { getFormProps, useForm } from "@conform-to/react";
import { getInputProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseForm } from "~/forms/echo";
import { Alert, BodyLong, Button, Heading, Link, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { acceptInvitation, findOpenInvitation } from "~/accounts/invitations.server";
import { getOptionalUser } from "~/auth/access.server";
import { createUserSession, signedInRedirect } from "~/auth/session.server";
import { FormErrors } from "~/components/FormErrors";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { findUserByEmail } from "../../db/repositories/users";
import { readForm } from "~/forms/read-form.server";

const t = texts.invitation;

const newAccountSchema = z.object({
  name: personNameField(),
  password: newPasswordField(),
});

export const meta: MetaFunction = () => [{ title: t.title }];

/** An unknown, used or expired token is simply not found. */
async function openInvitation(token: string | undefined) {
  const invitation = token ? await findOpenInvitation(getDb(), token) : undefined;
  if (!invitation) throw new Response("Not found", { status: 404 });
  return invitation;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await openInvitation(params.token);
  const user = await getOptionalUser(request);
  const hasAccount = Boolean(await findUserByEmail(getDb(), invitation.email));
  return {
    organisationName: invitation.organisationName,
    email: invitation.email,
    state: user
      ? user.email === invitation.email
        ? "signed-in"
        : "wrong-account"
      : hasAccount
        ? "has-account"
        : "new",
    signInHref: `/logg-inn?neste=${encodeURIComponent(new URL(request.url).pathname)}`,
  } as const;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const invitation = await openInvitation(params.token);
  const db = getDb();
  const user = await getOptionalUser(request);
  if (user) {
    if (user.email !== invitation.email) throw new Response("Forbidden", { status: 403 });
    await acceptInvitation(db, invitation, { userId: user.id }, context.requestId);
    return redirect(`/arbeidsgiver/${invitation.organisationId}`);
  }
  if (await findUserByEmail(db, invitation.email))
    throw redirect(`/logg-inn?neste=${encodeURIComponent(new URL(request.url).pathname)}`);
  const submission = parseForm(await readForm(request), newAccountSchema);
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const userId = await acceptInvitation(db, invitation, submission.value, context.requestId);
  const cookie = await createUserSession(request, userId);
  return signedInRedirect(`/arbeidsgiver/${invitation.organisationId}`, cookie);
}

export default function Invitation() {
  const { organisationName, email, state, signInHref } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: newAccountSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <div className="stack narrow">
      <Heading level="1" size="xlarge">
        {t.heading(organisationName)}
      </Heading>
      {state === "new" ? (
        <>
          <BodyLong>{t.intro(email)}</BodyLong>
          <Form method="post" className="stack" {...getFormProps(form)}>
            <FormErrors form={form} />
            <TextField
              {...getInputProps(fields.name, { type: "text" })}
              key={fields.name.key}
              label={texts.register.name}
              autoComplete="name"
              error={fields.name.errors?.[0]}
            />
            <TextField
              {...getInputProps(fields.password, { type: "password" })}
              key={fields.password.key}
              label={texts.register.password}
              description={texts.register.passwordHelp}
              autoComplete="new-password"
              error={fields.password.errors?.[0]}
            />
            <div>
              <Button type="submit">{t.accept}</Button>
            </div>
          </Form>
        </>
      ) : null}
      {state === "has-account" ? (
        <BodyLong>
          {t.existingAccount} <Link href={signInHref}>{texts.signIn.submit}</Link>
        </BodyLong>
      ) : null}
      {state === "signed-in" ? (
        <Form method="post">
          <Button type="submit">{t.accept}</Button>
        </Form>
      ) : null}
      {state === "wrong-account" ? <Alert variant="warning">{t.wrongAccount}</Alert> : null}
    </div>
  );
}
