import { emailField } from "~/forms/fields";
import { getFormProps, useForm } from "@conform-to/react";
import { getInputProps } from "~/forms/field-props";
import { parseWithZod } from "@conform-to/zod/v4";
// zod's own messages in Norwegian in the browser too: this page validates there as well.
import "~/validation";
import { parseForm } from "~/forms/echo";
import { BodyLong, Box, Button, Heading, Link, TextField } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { audit, getOptionalUser, homeFor } from "~/auth/access.server";
import { demoSignInEnabled } from "~/auth/demo.server";
import { createUserSession, signedInRedirect } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { FormErrors } from "~/components/FormErrors";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { findUserByEmail } from "../../db/repositories/users";
import { type DemoUserKey, demoUsers, oneClickDemoUsers } from "../../db/seed/demo";
import { readForm } from "~/forms/read-form.server";
import { localPathOr } from "~/auth/next-path";

const t = texts.signIn;

const schema = z.object({
  email: emailField(),
  password: z
    .string({ message: t.passwordRequired })
    .min(1, t.passwordRequired)
    .max(200, texts.fieldLimits.tooLong(200)),
});

export const meta: MetaFunction = () => [{ title: t.title }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(homeFor[user.role]);
  const demo = demoSignInEnabled(context)
    ? oneClickDemoUsers.map((key) => ({ key, name: demoUsers[key].name, role: texts.nav.roles[demoUsers[key].role] }))
    : [];
  return { demo, signedOut: new URL(request.url).searchParams.has("utlogget") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const next = new URL(request.url).searchParams.get("neste");
  const db = getDb();

  if (formData.get("intent") === "demo") {
    const key = String(formData.get("user")) as DemoUserKey;
    if (!demoSignInEnabled(context) || !Object.hasOwn(demoUsers, key)) throw new Response("Not found", { status: 404 });
    const user = await findUserByEmail(db, demoUsers[key].email);
    if (!user) throw new Response("Not found", { status: 404 });
    const cookie = await createUserSession(request, user.id);
    await audit(context, null, {
      action: "auth.sign_in",
      subjectType: "user",
      subjectId: user.id,
      details: { method: "demo" },
    });
    return signedInRedirect(localPathOr(next, homeFor[user.role]), cookie);
  }

  const submission = parseForm(formData, schema);
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const result = await signIn(db, { ...submission.value, ip: context.clientIp });
  if (!result.ok) {
    await audit(context, null, {
      action: "auth.sign_in",
      outcome: "denied",
      subjectType: "email",
      subjectId: submission.value.email.toLowerCase(),
      details: { reason: result.reason },
    });
    if (result.reason === "throttled") {
      return data(submission.reply({ formErrors: [t.wait(result.retryAfterSeconds)], hideFields: ["password"] }), {
        status: 429,
        headers: { "Retry-After": String(result.retryAfterSeconds) },
      });
    }
    return data(submission.reply({ formErrors: [t.invalid], hideFields: ["password"] }), { status: 401 });
  }
  const cookie = await createUserSession(request, result.user.id);
  await audit(context, null, {
    action: "auth.sign_in",
    subjectType: "user",
    subjectId: result.user.id,
    details: { method: "password" },
  });
  return signedInRedirect(localPathOr(next, homeFor[result.user.role]), cookie);
}

export default function SignIn() {
  const { demo, signedOut } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });

  return (
    <div className="stack narrow">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      {signedOut ? <BodyLong role="status">{t.signedOut}</BodyLong> : null}
      <Form method="post" className="stack" {...getFormProps(form)}>
        <FormErrors form={form} />
        <TextField
          {...getInputProps(fields.email, { type: "email" })}
          key={fields.email.key}
          label={t.email}
          autoComplete="username"
          error={fields.email.errors?.[0]}
        />
        <TextField
          {...getInputProps(fields.password, { type: "password" })}
          key={fields.password.key}
          label={t.password}
          autoComplete="current-password"
          error={fields.password.errors?.[0]}
        />
        <div>
          <Button type="submit" loading={navigation.state === "submitting"}>
            {t.submit}
          </Button>
        </div>
      </Form>
      <BodyLong>
        {t.noAccount} <Link href="/registrer">{t.registerLink}</Link>
      </BodyLong>
      {demo.length > 0 ? (
        <Box padding="space-24" borderRadius="12" background="warning-soft">
          <Heading level="2" size="small" spacing>
            {t.demoHeading}
          </Heading>
          <BodyLong>{t.demoBody}</BodyLong>
          <div className="demo-users">
            {demo.map((user) => (
              <Form method="post" key={user.key}>
                <input type="hidden" name="intent" value="demo" />
                <input type="hidden" name="user" value={user.key} />
                <Button type="submit" variant="secondary" size="small">
                  {t.demoButton(user.name, user.role)}
                </Button>
              </Form>
            ))}
          </div>
        </Box>
      ) : null}
    </div>
  );
}
