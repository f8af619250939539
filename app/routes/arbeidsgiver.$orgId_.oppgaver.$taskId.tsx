import { getFormProps, useForm } from "@conform-to/react";
import { parseForm } from "~/forms/echo";
import { Alert, BodyShort, Button, Fieldset, Heading, Link, Tag } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FormErrors } from "~/components/FormErrors";
import { TaskNeedFields } from "~/components/TaskNeedFields";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { taskNeedSteps } from "~/jobs/form-layout";
import { taskNeedEditSchema } from "~/jobs/forms";
import { taskFormValues, toTaskNeedInput } from "~/jobs/values";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { municipalityChoices } from "../../db/data/places";
import { getTaskNeed, listTaskNeeds, setTaskStatus, updateTaskNeed } from "../../db/repositories/jobs";
import { readForm } from "~/forms/read-form.server";
import { serverRendered } from "~/page-scripts";

const t = texts.taskForm;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.editTitle(data?.task.title ?? "") }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const taskId = idParam(params.taskId);
  const task = (await listTaskNeeds(getDb(), organisationId)).find((x) => x.id === taskId);
  if (!task) notFound();
  const saved = new URL(request.url).searchParams.get("lagret");
  return {
    organisationId,
    task: {
      id: task.id,
      title: task.title,
      status: task.status,
      inJobs: task.inJobs,
      earliestStart: task.earliest_start,
    },
    values: taskFormValues(task),
    municipalities: municipalityChoices(),
    notice: saved === "1" ? t.saved : null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisationId } = await requireEmployerOrganisation(request, context, params);
  const taskId = idParam(params.taskId);
  const db = getDb();
  const saved = await getTaskNeed(db, organisationId, taskId);
  if (!saved) notFound();
  const formData = await readForm(request);
  const intent = formData.get("intent");
  if (intent === "close" || intent === "reopen") {
    await setTaskStatus(db, organisationId, taskId, intent === "close" ? "closed" : "open");
    return data({ notice: intent === "close" ? t.closed : t.reopened, result: undefined });
  }
  const schema = taskNeedEditSchema(saved.earliest_start);
  const submission = parseForm(formData, schema);
  if (submission.status !== "success") return data({ notice: null, result: submission.reply() }, { status: 400 });
  await updateTaskNeed(db, organisationId, taskId, toTaskNeedInput(submission.value));
  return data({ notice: t.saved, result: submission.reply() });
}

export default function EditTaskNeed() {
  const { organisationId, task, values, municipalities } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: `task-${task.id}`,
    lastResult: actionData?.result,
    defaultValue: values,
    // Validated on the server only: employer pages ship no validator (docs/decisions/009).
  });
  const open = task.status === "open";
  return (
    <div className="stack">
      <Heading level="1" size="xlarge">
        {task.title}
      </Heading>
      <div className="row-actions">
        <Tag variant={open ? "success" : "neutral"} size="small">
          {texts.vocabulary.taskStatuses[task.status]}
        </Tag>
        {task.inJobs.length > 0 ? (
          <BodyShort size="small">{`${texts.jobForm.tasksLabel}: ${task.inJobs.join(", ")}`}</BodyShort>
        ) : null}
      </div>
      {actionData?.notice ? (
        <Alert variant="success" role="status">
          {actionData.notice}
        </Alert>
      ) : null}
      <div className="row-actions">
        <Form method="post">
          <input type="hidden" name="intent" value={open ? "close" : "reopen"} />
          <Button type="submit" variant="secondary" size="small">
            {open ? t.close : t.reopen}
          </Button>
        </Form>
        <Link href={`/arbeidsgiver/${organisationId}/oppgaver/ny?kopi=${task.id}`}>{t.duplicate}</Link>
      </div>
      <Form method="post" className="stack narrow" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="save" />
        <FormErrors form={form} />
        {t.steps.slice(0, -1).map((label, i) => (
          <Fieldset key={label} legend={label} className="stack">
            <TaskNeedFields names={taskNeedSteps[i] ?? []} fields={fields} municipalities={municipalities} />
          </Fieldset>
        ))}
        <div className="row-actions">
          <Button type="submit" loading={navigation.state === "submitting"}>
            {t.save}
          </Button>
          <Link href={`/arbeidsgiver/${organisationId}`}>{texts.editProfile.cancel}</Link>
        </div>
      </Form>
    </div>
  );
}
