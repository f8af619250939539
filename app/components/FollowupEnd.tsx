// The specialist's candidate page: the follow-up's state, and the form to end it or take it up again.
import { BodyShort, Button, Heading, Radio, RadioGroup, TextField } from "@navikt/ds-react";
import { Form } from "@remix-run/react";
import { followupEndReasons } from "~/candidates/followup-end";
import { formatDate } from "~/format";
import * as texts from "~/texts";
import type { FollowupEndReason } from "../../db/schema";

const t = texts.followupEnd;

export interface FollowupEndView {
  endedOn: string | null;
  reason: FollowupEndReason | null;
  /** Today, as the date field shows it by default (dd.mm.åååå). */
  today: string;
}

export function FollowupEnd({
  followup,
  errors,
  values,
}: {
  followup: FollowupEndView;
  errors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}) {
  return (
    <section aria-labelledby="followup-end-heading" className="stack">
      <Heading level="2" size="large" id="followup-end-heading">
        {t.heading}
      </Heading>
      {followup.endedOn && followup.reason ? (
        <>
          <BodyShort>{t.endedOn(formatDate(followup.endedOn), t.reasons[followup.reason])}</BodyShort>
          <BodyShort size="small">{t.reopenHelp}</BodyShort>
          <Form method="post">
            <input type="hidden" name="intent" value="reopenFollowup" />
            <Button type="submit" variant="secondary" size="small">
              {t.reopen}
            </Button>
          </Form>
        </>
      ) : (
        <>
          <BodyShort size="small">{t.ongoing}</BodyShort>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="endFollowup" />
            <RadioGroup
              legend={t.reasonLegend}
              name="endReason"
              size="small"
              defaultValue={values?.endReason ?? ""}
              error={errors?.endReason?.join(" ")}
            >
              {followupEndReasons.map((r) => (
                <Radio key={r} value={r}>
                  {t.reasons[r]}
                </Radio>
              ))}
            </RadioGroup>
            <TextField
              label={t.dateLabel}
              description={t.dateDescription}
              name="endedOn"
              size="small"
              htmlSize={12}
              defaultValue={values?.endedOn ?? followup.today}
              error={errors?.endedOn?.join(" ")}
            />
            <div>
              <Button type="submit" size="small">
                {t.end}
              </Button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
