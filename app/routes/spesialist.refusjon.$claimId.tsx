import { BodyLong, BodyShort, Button, Heading, Link, Radio, RadioGroup, Textarea } from "@navikt/ds-react";
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { type FieldErrors, firstErrors, noticeFrom } from "~/afterhire/forms";
import { audit, requireRole } from "~/auth/access.server";
import { ClaimFacts, ClaimHistory, ClaimNotices, RefundCalculationTable } from "~/components/RefundClaim";
import { todayInOslo } from "~/domain/dates";
import { echoValues } from "~/forms/echo";
import { readForm } from "~/forms/read-form.server";
import { formatDate, formatKroner } from "~/format";
import { addMonthsMonthEnd, EXTENSION_MONTHS } from "~/grants/refund";
import { claimView } from "~/grants/refund.server";
import { idParam, notFound } from "~/jobs/access.server";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { activeMemberIds, notify } from "../../db/repositories/matching";
import { approveClaim, extendClaim, getClaim, returnClaim } from "../../db/repositories/refunds";

const t = texts.refund;
const r = t.review;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? t.claimTitle(t.period(formatDate(data.claim.start), formatDate(data.claim.end))) : t.queueTitle },
];

/** A wage claim of a candidate the specialist's office follows, or 404. */
async function officeClaim(officeId: string | null, claimId: string | undefined) {
  const claim = await getClaim(getDb(), idParam(claimId));
  if (!claim || !officeId || claim.office_id !== officeId || claim.kind !== "wage") notFound();
  return claim;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const claim = await officeClaim(user.navOfficeId, params.claimId);
  const identity = await getDb()
    .selectFrom("candidate_identities")
    .select("name")
    .where("candidate_id", "=", claim.candidate_id)
    .executeTakeFirst();
  return {
    who: `${identity?.name ?? ""} (${claim.code})`,
    organisation: claim.organisation_name,
    claim: await claimView(claim),
    notice: noticeFrom(new URL(request.url), { godkjent: r.approved, tilbake: r.returned, forlenget: r.extended }),
  };
}

const reason = z.string({ message: t.errors.reason }).trim().min(3, t.errors.reason).max(1000);
const decideSchema = z
  .object({
    decision: z.enum(["approve", "return"], { message: t.errors.decision }),
    reason: z.string().trim().max(1000).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && v.reason.length < 3)
      ctx.addIssue({ code: "custom", path: ["reason"], message: t.errors.reason });
  });
const extendSchema = z.object({ extensionReason: reason });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireRole(request, context, "specialist");
  const claim = await officeClaim(user.navOfficeId, params.claimId);
  const form = Object.fromEntries(await readForm(request));
  const values = echoValues(form, decideSchema, extendSchema);
  const refuse = (errors: FieldErrors, status: number) => data({ errors, values }, { status });
  const base = `/spesialist/refusjon/${claim.id}`;
  const period = t.period(formatDate(claim.start_date), formatDate(claim.end_date));
  const employerLink = `/arbeidsgiver/${claim.organisation_id}/refusjon/${claim.id}`;

  if (form.intent === "decide") {
    const parsed = decideSchema.safeParse(form);
    if (!parsed.success) return refuse(firstErrors(parsed.error), 400);
    const approve = parsed.data.decision === "approve";
    const done = await getDb()
      .transaction()
      .execute(async (trx) => {
        const ok = approve
          ? await approveClaim(trx, claim.id, user.id)
          : await returnClaim(trx, claim.id, user.id, parsed.data.reason);
        if (ok)
          await notify(trx, await activeMemberIds(trx, claim.organisation_id), {
            kind: "refund",
            text: approve ? t.notifyApproved(period) : t.notifyReturned(period),
            link: employerLink,
          });
        return ok;
      });
    if (!done) return refuse({ form: r.notSent }, 409);
    await audit(context, user, {
      action: approve ? "refund.approved" : "refund.returned",
      subjectType: "refund_claim",
      subjectId: claim.id,
      organisationId: claim.organisation_id,
      details: approve ? { paidKr: claim.claimed_kr } : { reason: parsed.data.reason },
    });
    return redirect(`${base}?${approve ? "godkjent" : "tilbake"}=1`);
  }
  if (form.intent === "extend") {
    const parsed = extendSchema.safeParse(form);
    if (!parsed.success) return refuse(firstErrors(parsed.error), 400);
    if (claim.extended_at || !claim.deadline) return refuse({ extensionReason: t.errors.alreadyExtended }, 409);
    const deadline = addMonthsMonthEnd(claim.deadline, EXTENSION_MONTHS);
    const ok = await extendClaim(getDb(), claim.id, user.id, parsed.data.extensionReason, deadline, todayInOslo());
    if (!ok) return refuse({ extensionReason: t.errors.alreadyExtended }, 409);
    await audit(context, user, {
      action: "refund.extended",
      subjectType: "refund_claim",
      subjectId: claim.id,
      organisationId: claim.organisation_id,
      details: { deadline, reason: parsed.data.extensionReason },
    });
    return redirect(`${base}?forlenget=1`);
  }
  return refuse({ form: texts.errors.badRequestTitle }, 400);
}

export default function SpecialistRefundClaim() {
  const { who, organisation, claim, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: FieldErrors = result?.errors ?? {};
  const values = (result?.values ?? {}) as Record<string, string>;
  const absenceKr = claim.form.absence === "yes" ? Number(claim.form.absenceAmount || 0) : 0;
  const extendable = !claim.extended && ["not_yet", "ready", "returned", "expired"].includes(claim.state);
  return (
    <div className="stack narrow-wide">
      <BodyShort>
        <Link href="/spesialist/refusjon">{t.backQueue}</Link>
      </BodyShort>
      <Heading level="1" size="xlarge">
        {t.claimTitle(t.period(formatDate(claim.start), formatDate(claim.end)))}
      </Heading>
      <BodyShort>{`${t.colOrganisation}: ${organisation}`}</BodyShort>
      <ClaimNotices notice={notice} error={errors.form} />
      <ClaimFacts claim={claim} who={who} />
      {claim.returnReason && claim.state === "returned" ? (
        <BodyShort>{t.returnedText(claim.returnReason)}</BodyShort>
      ) : null}
      {claim.extended && claim.extensionReason ? <BodyShort>{t.extendedText(claim.extensionReason)}</BodyShort> : null}
      {claim.calculation ? (
        <RefundCalculationTable calculation={claim.calculation} rates={claim.rates} absenceKr={absenceKr} />
      ) : null}
      {claim.state === "sent" ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="decide" />
          <Heading level="2" size="large">
            {r.heading}
          </Heading>
          <RadioGroup
            id="review-decision"
            name="decision"
            legend={r.decisionLegend}
            defaultValue={values.decision || undefined}
            error={errors.decision}
          >
            <Radio value="approve">{r.approve}</Radio>
            <Radio value="return">{r.sendBack}</Radio>
          </RadioGroup>
          <Textarea
            id="review-reason"
            name="reason"
            label={r.reason}
            description={r.reasonHelp}
            defaultValue={values.reason ?? ""}
            error={errors.reason}
            maxLength={1000}
          />
          <div>
            <Button type="submit">{r.submit}</Button>
          </div>
        </Form>
      ) : (
        <BodyLong>{claim.state === "paid" ? t.paidText(formatKroner(claim.paidKr ?? 0)) : r.notSent}</BodyLong>
      )}
      {extendable ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="extend" />
          <Heading level="2" size="large">
            {r.extendHeading}
          </Heading>
          <BodyShort>{r.extendHelp}</BodyShort>
          <Textarea
            id="review-extensionReason"
            name="extensionReason"
            label={r.extendReason}
            defaultValue={values.extensionReason ?? ""}
            error={errors.extensionReason}
            maxLength={1000}
          />
          <div>
            <Button type="submit" variant="secondary">
              {r.extend}
            </Button>
          </div>
        </Form>
      ) : null}
      <ClaimHistory history={claim.history} />
    </div>
  );
}
