// TEMPORARY stub while the full list is prepared.
export interface County { number: string; name: string }
export interface Municipality { number: string; name: string; countyNumber: string }
export const counties: County[] = [{ number: "03", name: "Oslo" }, { number: "55", name: "Troms" }];
export const municipalities: Municipality[] = [
  { number: "0301", name: "Oslo", countyNumber: "03" },
  { number: "5501", name: "Tromsø", countyNumber: "55" },
  { number: "5503", name: "Harstad", countyNumber: "55" },
];
