// Grant rates like those the grant_rates migration seeds (a copy: migrations share no code with the app), for unit tests.
import type { GrantRates } from "./calculation";

const zones = [
  { id: "1", percent: 14.1 },
  { id: "1a", percent: 10.6 },
  { id: "3", percent: 6.4 },
  { id: "4", percent: 5.1 },
  { id: "4a", percent: 7.9 },
  { id: "5", percent: 0 },
];
export const rates2026: GrantRates = {
  year: 2026,
  inclusionMaxKr: 160_400,
  otpMinimumPercent: 2,
  hoursPerYear: 1950,
  holidayPayPercents: [10.2, 12],
  employerTaxZones: zones,
  mentorMaxMonths: 6,
  mentorMaxMonthsExtended: 36,
  inclusionMaxMonths: 12,
  inclusionMaxAgeExclusive: 72,
  fullTimeHoursPerMonth: 173.3,
};
export const rates2025 = { ...rates2026, year: 2025, inclusionMaxKr: 154_800 };
