import { Alert, BodyLong, Button, Heading, Link, Radio, RadioGroup } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { audit, requireCandidateAccess, requireRole } from "~/auth/access.server";
import { formatDate } from "~/format";
import { readForm } from "~/forms/read-form.server";
import { needs as needValues } from "~/grants/wage-subsidy";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { getNeedRecord, recordNeed } from "../../db/repositories/wage-subsidy";

const t = texts.needs;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t.title(data?.code ?? "") }];

async function load(request: Request, context: LoaderFunctionArgs["context"], id: string | undefined) {
  // Only the specialists of the candidate's own office record the need (the candidate does not).
  await requireRole(request, context, "specialist");
  return requireCandidateAccess(request, context, id);
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { candidate } = await load(request, context, params.id);
  const db = getDb();
  const { code } = await db
    .selectFrom("candidates")
    .select("code")
    .where("id", "=", candidate.id)
    .executeTakeFirstOrThrow();
  const record = await getNeedRecord(db, candidate.id);
  return {
    id: candidate.id,
    code,
    need: record?.need ?? null,
    recorded: record ? { by: record.recorded_by_name ?? "", at: record.recorded_at.toISOString() } : null,
    saved: new URL(request.url).searchParams.has("lagret"),
  };
}

const schema = z.object({ need: z.enum(needValues, { message: t.error }) });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, candidate } = await load(request, context, params.id);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return data({ error: t.error }, { status: 400 });
  await getDb()
    .transaction()
    .execute(async (trx) => {
      await recordNeed(trx, candidate.id, parsed.data.need, user.id);
    });
  await audit(context, user, {
    action: "candidate.need_recorded",
    subjectType: "candidate",
    subjectId: candidate.id,
    details: { need: parsed.data.need },
  });
  return redirect(`/spesialist/kandidater/${candidate.id}/innsatsbehov?lagret=1`);
}

export default function CandidateNeed() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="stack narrow">
      <Heading level="1" size="xlarge">
        {`${t.heading} – ${d.code}`}
      </Heading>
      {d.saved ? (
        <Alert variant="success" role="status">
          {t.saved}
        </Alert>
      ) : null}
      <BodyLong>{t.intro}</BodyLong>
      <BodyLong data-testid="need-current">
        {d.need && d.recorded ? t.current(t.options[d.need], d.recorded.by, formatDate(d.recorded.at)) : t.none}
      </BodyLong>
      <Form method="post" className="stack">
        <RadioGroup legend={t.legend} name="need" defaultValue={d.need ?? ""} error={result?.error}>
          {needValues.map((n) => (
            <Radio key={n} value={n} description={t.optionHelp[n]}>
              {t.options[n]}
            </Radio>
          ))}
        </RadioGroup>
        <div>
          <Button type="submit">{t.save}</Button>
        </div>
      </Form>
      <Link href={`/spesialist/kandidater/${d.id}`}>{t.back}</Link>
    </div>
  );
}
