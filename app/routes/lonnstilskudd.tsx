import { Alert, BodyLong, BodyShort, Button, Heading, Radio, RadioGroup, Select, TextField } from "@navikt/ds-react";
import { type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { WageCalculation } from "~/components/WageSubsidy";
import { todayInOslo } from "~/domain/dates";
import { ratesForYear } from "~/grants/calculation";
import { readCalculator } from "~/grants/calculator";
import { wageHolidayPayPercents, wageKinds } from "~/grants/wage-subsidy";
import { getDb } from "~/services.server";
import * as texts from "~/texts";
import { loadRates } from "../../db/repositories/grants";
import { grunnbelopRowOn } from "../../db/repositories/wage-subsidy";
import { formatDate, formatNumber as nb } from "~/format";
import { grunnbelopUsed } from "~/grants/grunnbelop";

const t = texts.calculator;
const w = texts.wage;

export const meta: MetaFunction = () => [{ title: t.title }];

// Public: no sign-in. A GET form, so the address holds the figures and can be shared.
export async function loader({ request }: LoaderFunctionArgs) {
  const today = todayInOslo();
  const rates = ratesForYear(Number(today.slice(0, 4)), await loadRates(getDb()));
  const taxPercents = [...new Set(rates.employerTaxZones.map((z) => z.percent))].sort((a, b) => b - a);
  const read = readCalculator(new URL(request.url).searchParams, taxPercents);
  return data(
    {
      taxPercents,
      values: read.values,
      errors: read.status === "error" ? read.errors : {},
      input: read.status === "ok" ? read.input : null,
      // The 5 G cap of varig, with the G it is computed from (and whether a newer G is missing).
      grunnbelop: grunnbelopUsed(today, await grunnbelopRowOn(getDb(), today)),
    },
    { status: read.status === "error" ? 400 : 200 },
  );
}

export default function Calculator() {
  const d = useLoaderData<typeof loader>();
  const v = d.values;
  return (
    <div className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {t.heading}
      </Heading>
      <BodyLong>{t.intro}</BodyLong>
      <Form method="get" className="stack" aria-labelledby="calc-form-heading">
        <Heading level="2" size="medium" id="calc-form-heading" className="visually-hidden">
          {t.heading}
        </Heading>
        <RadioGroup legend={t.kind} name="kind" defaultValue={v.kind ?? ""} error={d.errors.kind}>
          {wageKinds.map((k) => (
            <Radio key={k} value={k} description={w.kindsHelp[k]}>
              {w.kinds[k]}
            </Radio>
          ))}
        </RadioGroup>
        <TextField
          label={t.percent}
          description={t.percentHelp}
          name="percent"
          inputMode="decimal"
          htmlSize={6}
          defaultValue={v.percent}
          error={d.errors.percent}
        />
        <TextField
          label={w.monthlyWage}
          description={w.monthlyWageHelp}
          name="wage"
          inputMode="numeric"
          htmlSize={10}
          defaultValue={v.wage}
          error={d.errors.wage}
        />
        <RadioGroup legend={w.holidayPayPercent} name="holiday" defaultValue={v.holiday ?? ""} error={d.errors.holiday}>
          {wageHolidayPayPercents.map((p) => (
            <Radio key={p} value={String(p)}>
              {w.percentOption(nb(p))}
            </Radio>
          ))}
        </RadioGroup>
        <TextField
          label={w.otpPercent}
          description={w.otpHelp}
          name="otp"
          inputMode="decimal"
          htmlSize={6}
          defaultValue={v.otp}
          error={d.errors.otp}
        />
        <Select label={t.taxPercent} name="tax" defaultValue={v.tax ?? ""} error={d.errors.tax}>
          <option value="">{texts.form.choose}</option>
          {d.taxPercents.map((p) => (
            <option key={p} value={String(p)}>
              {w.percentOption(nb(p))}
            </option>
          ))}
        </Select>
        <TextField
          label={w.startDate}
          description={texts.form.dateFormat}
          name="start"
          htmlSize={12}
          defaultValue={v.start}
          error={d.errors.start}
        />
        <TextField
          label={w.endDate}
          description={texts.form.dateFormat}
          name="end"
          htmlSize={12}
          defaultValue={v.end}
          error={d.errors.end}
        />
        <div>
          <Button type="submit">{t.calculate}</Button>
        </div>
      </Form>
      {d.input ? (
        <section aria-labelledby="result-heading" className="stack" data-testid="calculator-result">
          <Heading level="2" size="large" id="result-heading">
            {t.result}
          </Heading>
          <WageCalculation
            answers={{
              wageKind: d.input.kind,
              monthlyWage: String(d.input.wage),
              holidayPayPercent: String(d.input.holiday),
              otpPercent: String(d.input.otp),
              startDate: d.input.start,
              endDate: d.input.end,
            }}
            employerTaxPercent={d.input.tax}
            percent={d.input.percent}
          />
          {d.input.kind === "varig" && d.grunnbelop ? (
            <div className="stack-tight" data-testid="five-g">
              <BodyShort size="small">
                {t.fiveG(w.nok(d.grunnbelop.fiveGKr), w.nok(d.grunnbelop.amountKr), formatDate(d.grunnbelop.validFrom))}
              </BodyShort>
              {d.grunnbelop.missingFrom ? (
                <Alert variant="warning" size="small">
                  {t.fiveGStale(formatDate(d.grunnbelop.missingFrom))}
                </Alert>
              ) : null}
            </div>
          ) : null}
          <BodyShort size="small">{t.estimateNote}</BodyShort>
          <BodyShort size="small">{t.shareNote}</BodyShort>
        </section>
      ) : null}
      <BodyShort size="small">{t.apply}</BodyShort>
    </div>
  );
}
