// How a grant application's answers read on its summary, in review and on the decision: money as
// "48 750 kr", percentages as "10,2 %", dates as "13. jan. 2027", the zone by name and the account
// number grouped. Formats come from ~/format; words from the text modules.
import { formatAccountNumber, formatDate, formatKroner, formatNumber, formatPercent } from "~/format";
import { readNumber } from "~/grants/calculation";
import * as texts from "~/texts";

const money = new Set(["payAmount", "monthlyWage"]);
const percents = new Set(["positionPercent", "holidayPayPercent", "otpPercent"]);
const numbers = new Set(["hoursPerMonth", "daysPerWeek"]);
const dates = new Set(["startDate", "endDate"]);

/** One answer as the employer and NAV read it; what cannot be read as its kind is shown as typed. */
export function answerValue(name: string, value: string): string {
  if (value === "yes") return texts.grants.yes;
  if (value === "no") return texts.grants.no;
  if (name === "taxZone") return texts.grants.taxZoneName(value);
  if (name === "accountNumber") return formatAccountNumber(value);
  if (dates.has(name)) return formatDate(value);
  const n = readNumber(value);
  if (n === undefined || Number.isNaN(n)) return value;
  if (money.has(name)) return formatKroner(n);
  if (percents.has(name)) return formatPercent(n);
  if (numbers.has(name)) return formatNumber(n);
  return value;
}
