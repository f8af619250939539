import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  ErrorSummary,
  Heading,
  Link,
  Radio,
  RadioGroup,
  TextField,
} from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { audit } from "~/auth/access.server";
import { type FieldErrors, firstErrors, noticeFrom } from "~/afterhire/forms";
import { EmployerNav } from "~/components/EmployerNav";
import { ClaimFacts, ClaimHistory, ClaimNotices, RefundCalculationTable } from "~/components/RefundClaim";
import { echoValues } from "~/forms/echo";
import { readForm } from "~/forms/read-form.server";
import { formatDate, formatKroner } from "~/format";
import { participantLabel } from "~/grants/applications.server";
import { claimSchema } from "~/grants/refund-form";
import { calculationFor, claimRates, claimView, savedClaim } from "~/grants/refund.server";
import { idParam, notFound, requireEmployerOrganisation } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { employerNavCounts } from "../../db/repositories/employer-nav";
import { notify } from "../../db/repositories/matching";
import { getClaim, saveClaim, sendClaim } from "../../db/repositories/refunds";
import { serverRendered } from "~/page-scripts";

const t = texts.refund;
const f = t.fields;

// Links and plain forms only: sent without scripts (docs/decisions/023).
export const handle = serverRendered;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t.claimTitle(t.period(formatDate(data.claim.start), formatDate(data.claim.end))) : t.claimHeading },
];

/** The organisation's own wage claim, or 404 (someone else's claim is answered as if it did not exist). */
async function ownClaim(organisationId: string, claimId: string | undefined) {
  const claim = await getClaim(getDb(), idParam(claimId));
  if (!claim || claim.organisation_id !== organisationId || claim.kind !== "wage") notFound();
  return claim;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisationId, user } = await requireEmployerOrganisation(request, context, params);
  const claim = await ownClaim(organisationId, params.claimId);
  return {
    organisationId,
    navCounts: await employerNavCounts(getDb(), organisationId, user.id),
    who: await participantLabel(claim.candidate_id, organisationId, claim.code),
    claim: await claimView(claim),
    notice: noticeFrom(new URL(request.url), { beregnet: t.calculationIntro, sendt: t.sent }),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { organisationId, user } = await requireEmployerOrganisation(request, context, params);
  const claim = await ownClaim(organisationId, params.claimId);
  const form = Object.fromEntries(await readForm(request));
  const values = echoValues(form, claimSchema);
  const refuse = (errors: FieldErrors, status: number) => data({ errors, values }, { status });
  if (form.intent !== "calculate" && form.intent !== "send") return refuse({ form: texts.errors.badRequestTitle }, 400);
  if (claim.state !== "ready" && claim.state !== "returned") return refuse({ form: t.errors.notOpen }, 409);
  const base = `/arbeidsgiver/${organisationId}/refusjon/${claim.id}`;
  const rates = await claimRates(claim);

  if (form.intent === "calculate") {
    const parsed = claimSchema.safeParse(form);
    if (!parsed.success) return refuse(firstErrors(parsed.error), 400);
    const saved = savedClaim(claim, parsed.data, calculationFor(rates, parsed.data));
    if (!(await saveClaim(getDb(), claim.id, user.id, saved))) return refuse({ form: texts.form.conflict }, 409);
    await audit(context, user, {
      action: "refund.saved",
      subjectType: "refund_claim",
      subjectId: claim.id,
      organisationId,
    });
    return redirect(`${base}?beregnet=1#calculation-heading`);
  }
  // intent "send"
  // What is sent is what was calculated and shown: the saved figures, recalculated with today's rates.
  const parsed = claimSchema.safeParse(
    Object.fromEntries(Object.entries(claim.form ?? {}).map(([k, v]) => [k, String(v)])),
  );
  if (!parsed.success) return refuse({ form: t.errors.noWages }, 400);
  const calculation = calculationFor(rates, parsed.data);
  const sent = await getDb()
    .transaction()
    .execute(async (trx) => {
      const ok = await sendClaim(trx, claim.id, user.id, {
        ...savedClaim(claim, parsed.data, calculation),
        claimedKr: calculation.payableKr,
        carriedOutKr: calculation.carriedOutKr,
      });
      if (!ok) return false;
      const specialist = await trx
        .selectFrom("candidates")
        .select("specialist_id")
        .where("id", "=", claim.candidate_id)
        .executeTakeFirst();
      if (specialist?.specialist_id)
        await notify(trx, [specialist.specialist_id], {
          kind: "refund",
          text: t.notifySent(t.period(formatDate(claim.start_date), formatDate(claim.end_date))),
          link: `/spesialist/refusjon/${claim.id}`,
        });
      return true;
    });
  if (!sent) return refuse({ form: texts.form.conflict }, 409);
  await audit(context, user, {
    action: "refund.sent",
    subjectType: "refund_claim",
    subjectId: claim.id,
    organisationId,
    details: { claimedKr: calculation.payableKr },
  });
  return redirect(`${base}?sendt=1`);
}

const amountFields = [
  "fixed",
  "hourly",
  "fixedSupplement",
  "irregularSupplement",
  "other",
  "holidayDeduction",
] as const;

export default function RefundClaimPage() {
  const { organisationId, navCounts, who, claim, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: FieldErrors = result?.errors ?? {};
  const values: Record<string, string> = result ? (result.values as Record<string, string>) : claim.form;
  const open = claim.state === "ready" || claim.state === "returned";
  const fieldErrors = Object.entries(errors).filter(([name, e]) => e && name !== "form");
  const absenceKr = claim.form.absence === "yes" ? Number(claim.form.absenceAmount || 0) : 0;
  return (
    <div className="stack narrow-wide">
      <EmployerNav organisationId={organisationId} counts={navCounts} current="refunds" />
      <BodyShort>
        <Link href={`/arbeidsgiver/${organisationId}/refusjon`}>{t.back}</Link>
      </BodyShort>
      <Heading level="1" size="xlarge">
        {t.claimTitle(t.period(formatDate(claim.start), formatDate(claim.end)))}
      </Heading>
      <ClaimNotices notice={notice} error={errors.form} />
      <ClaimFacts claim={claim} who={who} />
      {claim.state === "not_yet" ? <BodyLong>{t.notYet(formatDate(claim.end))}</BodyLong> : null}
      {claim.state === "expired" ? <Alert variant="warning">{t.expiredText}</Alert> : null}
      {claim.state === "sent" ? <BodyLong>{t.sentText}</BodyLong> : null}
      {claim.state === "paid" ? <Alert variant="success">{t.paidText(formatKroner(claim.paidKr ?? 0))}</Alert> : null}
      {claim.state === "returned" && claim.returnReason ? (
        <Alert variant="warning">{t.returnedText(claim.returnReason)}</Alert>
      ) : null}
      {claim.extended && claim.extensionReason ? <BodyShort>{t.extendedText(claim.extensionReason)}</BodyShort> : null}
      {open ? (
        <Form method="post" className="stack" noValidate>
          <Heading level="2" size="large">
            {t.formHeading}
          </Heading>
          <BodyLong>{t.formIntro}</BodyLong>
          {fieldErrors.length > 0 ? (
            <ErrorSummary heading={texts.wizardTitle.errorSummaryHeading} autoFocus>
              {fieldErrors.map(([name, e]) => (
                <ErrorSummary.Item key={name} href={`#claim-${name}`}>
                  {e}
                </ErrorSummary.Item>
              ))}
            </ErrorSummary>
          ) : null}
          {amountFields.map((name) => (
            <TextField
              key={name}
              id={`claim-${name}`}
              name={name}
              label={f[name].label}
              description={f[name].help}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={values[name] ?? ""}
              error={errors[name]}
              htmlSize={12}
            />
          ))}
          <RadioGroup
            id="claim-absence"
            name="absence"
            legend={f.absence.legend}
            description={f.absence.help}
            defaultValue={values.absence || undefined}
            error={errors.absence}
          >
            <Radio value="no">{f.absence.no}</Radio>
            <Radio value="yes">{f.absence.yes}</Radio>
          </RadioGroup>
          <TextField
            id="claim-absenceAmount"
            name="absenceAmount"
            label={f.absenceAmount.label}
            description={f.absenceAmount.help}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.absenceAmount ?? ""}
            error={errors.absenceAmount}
            htmlSize={12}
          />
          <div>
            <Button type="submit" name="intent" value="calculate" variant="secondary">
              {t.calculate}
            </Button>
          </div>
        </Form>
      ) : null}
      {claim.calculation ? (
        <RefundCalculationTable calculation={claim.calculation} rates={claim.rates} absenceKr={absenceKr} />
      ) : null}
      {open && claim.calculation ? (
        <Form method="post">
          <Button type="submit" name="intent" value="send">
            {t.send}
          </Button>
        </Form>
      ) : null}
      <ClaimHistory history={claim.history} />
    </div>
  );
}
