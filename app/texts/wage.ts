// Lønnstilskudd (midlertidig, varig, sommerjobb): the employer's application, the candidate's
// need (innsatsbehov) recorded by the specialist, the period plan and the public calculator.

import { grants } from "./grants";

// The labels and messages every grant form shares are the grant forms' own (texts/grants.ts).
const g = grants;
const shared = grants.errors;
const nok = g.krWhole;

export const wage = {
  start: "Søk lønnstilskudd",
  startFromJob: "Søk lønnstilskudd for denne ansettelsen",
  hiresHeading: "Ansatt i denne jobben",
  kinds: { midlertidig: "Midlertidig lønnstilskudd", varig: "Varig lønnstilskudd", sommerjobb: "Sommerjobb" },
  kindsHelp: {
    midlertidig: "For å få en person inn i arbeid. 40 eller 60 prosent, satt av NAV ut fra personens behov.",
    varig: "For personer med varig og vesentlig nedsatt arbeidsevne. NAV fastsetter prosenten (0–75).",
    sommerjobb: "Fire uker mellom 1. juni og 31. august for unge mellom 16 og 30. NAV velger 50 eller 75 prosent.",
  },
  steps: ["Tilskudd og periode", "Stillingen", "Lønn og kostnader", "Formål og utbetaling", "Bekreft og send"],
  wageKind: "Hvilket lønnstilskudd søker dere?",
  startDate: g.startDate,
  endDate: g.endDate,
  jobTitle: "Stillingstittel",
  tasks: "Arbeidsoppgaver",
  tasksHelp: "Hva skal personen gjøre? Høyst 1000 tegn.",
  positionPercent: "Stillingsprosent",
  positionHelp: "Vises i avtalen. Tilskuddet regnes av den faktiske månedslønnen for stillingen.",
  daysPerWeek: "Arbeidsdager per uke",
  employmentType: "Ansettelsesform",
  employmentTypes: { permanent: "Fast", temporary: "Midlertidig" },
  familyTie: "Er dere i familie med personen?",
  familyTieExplanation: g.familyTieExplanation,
  monthlyWage: "Månedslønn for stillingen (kroner)",
  monthlyWageHelp: "Faktisk lønn per måned for den avtalte stillingsprosenten, i hele kroner.",
  monthlyWageWarning: "Månedslønnen er over 99 999 kr. Sjekk at tallet stemmer.",
  holidayPayPercent: g.holidayPayPercent,
  otpPercent: g.otpPercent,
  otpHelp: "Fra 0 til 30 %.",
  otpWarning: "Pensjonssatsen er over 25 %. Sjekk at den stemmer.",
  taxZone: g.taxZone,
  purpose: "Formålet med tilskuddet",
  purposeHelp: "Hva skal tilskuddet hjelpe personen med? Høyst 1000 tegn.",
  accountNumber: g.accountNumber,
  accountHelp: "11 siffer. Tilskuddet utbetales etterskuddsvis for hver periode.",
  yes: g.yes,
  no: g.no,
  percentOption: g.holidayPayOption,
  calcHeading: "Beregnet lønnstilskudd",
  calcLines: {
    wage: "Månedslønn",
    holidayPay: g.calcLines.holidayPay,
    pension: g.calcLines.pension,
    employerTax: g.calcLines.employerTax,
    costs: "Sum kostnader per måned",
    percent: "Tilskuddsprosent",
    monthly: g.calcMonthly,
  },
  calcIncomplete: "Fyll ut lønn og satser for å se beregningen.",
  calcRounding: "Feriepenger, pensjon og arbeidsgiveravgift legges sammen før avrunding til hele kroner.",
  percentByNav: {
    varig: "NAV fastsetter tilskuddsprosenten (0–75 %) i vedtaket.",
    sommerjobb: "NAV velger 50 eller 75 % i vedtaket.",
    midlertidig: "NAV setter prosenten ut fra personens behov. Behovet er ikke registrert ennå.",
  },
  planHeading: "Tilskuddsperioder",
  planCaption: "Perioden delt ved hvert månedsskifte og ved nedtrappingen",
  planFrom: "Fra",
  planTo: "Til",
  planDays: "Dager",
  planPercent: "Prosent",
  planAmount: "Beløp",
  planTotal: "Sum for hele perioden",
  stepDown: (date: string, from: number, to: number) => `Tilskuddet trappes ned fra ${from} til ${to} % fra ${date}.`,
  noStepDown: "Ingen nedtrapping i perioden.",
  partialNote:
    "Hele kalendermåneder gir fullt månedsbeløp. Delvise måneder gir månedsbeløpet ÷ 30,4375 × antall dager.",
  nok,
  errors: {
    wageKind: "Velg hvilket lønnstilskudd dere søker.",
    needMissing:
      "NAV har ikke registrert personens behov for bistand ennå, så lønnstilskudd kan ikke søkes nå. Ta kontakt med jobbspesialisten.",
    varigNeedsLastingNeed:
      "Varig lønnstilskudd gis bare til personer med varig eller gradert varig tilpasset innsats. Personen kan ikke få varig lønnstilskudd. Søk midlertidig lønnstilskudd i stedet.",
    endBeforeStart: shared.endBeforeStart,
    tooLong: (months: number) =>
      `Midlertidig lønnstilskudd kan vare høyst ${months} måneder. Velg en tidligere sluttdato.`,
    summerStartWindow: "Sommerjobb må starte mellom 1. juni og 31. august.",
    summerEndLimit: "Sommerjobb må slutte senest 27. september.",
    summerTooLong: "Sommerjobb kan vare høyst 4 uker (28 dager).",
    tooYoung: "Personen må være fylt 16 år når sommerjobben starter.",
    summerTooOld: "Sommerjobb gis bare til personer som ikke har fylt 30 år når den starter.",
    tooOld: "Personen må være under 72 år på sluttdatoen. Velg en tidligere sluttdato.",
    startTooFarBack:
      "Startdatoen kan ikke være mer enn 7 dager tilbake i tid. Ta kontakt med NAV om dere har startet tidligere.",
    jobTitle: "Skriv stillingstittelen.",
    tasks: "Beskriv arbeidsoppgavene.",
    positionPercent: shared.positionPercent,
    daysPerWeek: "Skriv antall arbeidsdager per uke, et helt tall fra 1 til 7.",
    employmentType: "Velg om ansettelsen er fast eller midlertidig.",
    familyTie: "Svar på om dere er i familie med personen.",
    familyTieExplanation: shared.familyTieExplanation,
    monthlyWage: "Skriv månedslønnen i hele kroner, 0 eller mer.",
    holidayPayPercent: shared.holidayPayPercent,
    otp: "Skriv pensjonssatsen i prosent, fra 0 til 30.",
    taxZone: shared.taxZone,
    purpose: "Beskriv formålet med tilskuddet.",
    accountNumber: shared.accountNumber,
    date: shared.date,
    tooLongText: shared.tooLong,
  },
  decision: {
    percent: "Tilskuddsprosent",
    percentVarig: "Tilskuddsprosent (hel prosent fra 0 til 75)",
    percentSummer: "Tilskuddsprosent for sommerjobben",
    percentFromNeed: (p: string) => `Tilskuddsprosent fra personens behov: ${p}`,
    percentVarigError: "Skriv en hel prosent fra 0 til 75.",
    percentSummerError: "Velg 50 eller 75 %.",
    needMissing: "Registrer personens behov for bistand før du innvilger.",
    notAllowed: "Personens behov gir ikke rett til denne typen lønnstilskudd. Avslå eller send tilbake.",
  },
} as const;

export const needs = {
  title: (code: string) => `Behov for bistand – ${code} – Arbeidsbro`,
  heading: "Behov for bistand (innsatsbehov)",
  intro:
    "Behovet avgjør hvilket lønnstilskudd personen kan få: midlertidig med 40 % (situasjonsbestemt) eller 60 % (nedsatt arbeidsevne), og varig bare ved varig eller gradert varig tilpasset innsats. Det registreres én gang og kan endres.",
  link: "Behov for bistand",
  legend: "Personens behov for bistand",
  options: {
    situasjonsbestemt: "Situasjonsbestemt innsats",
    spesielt_tilpasset: "Spesielt tilpasset innsats",
    gradert_varig: "Gradert varig tilpasset innsats",
    varig_tilpasset: "Varig tilpasset innsats",
  },
  optionHelp: {
    situasjonsbestemt: "Midlertidig lønnstilskudd 40 %, høyst 12 måneder.",
    spesielt_tilpasset: "Nedsatt arbeidsevne: midlertidig lønnstilskudd 60 %, høyst 24 måneder.",
    gradert_varig: "Nedsatt arbeidsevne: midlertidig 60 % eller varig lønnstilskudd.",
    varig_tilpasset: "Nedsatt arbeidsevne: midlertidig 60 % eller varig lønnstilskudd.",
  },
  current: (need: string, by: string, date: string) => `Registrert: ${need} (${by}, ${date}).`,
  none: "Ikke registrert ennå.",
  save: "Lagre behovet",
  saved: "Behovet er lagret.",
  error: "Velg et av behovene.",
  back: "Tilbake til kandidaten",
} as const;

export const calculator = {
  title: "Beregn lønnstilskudd – Arbeidsbro",
  heading: "Beregn lønnstilskudd",
  intro:
    "Et overslag før dere tar kontakt med NAV. Tilskuddet regnes slik NAV gjør det: lønn, feriepenger, pensjon og arbeidsgiveravgift, ganget med tilskuddsprosenten. Det er NAV som bestemmer prosenten.",
  shareNote: "Adressen til siden inneholder tallene dine, så du kan dele eller lagre overslaget.",
  kind: "Type lønnstilskudd",
  percent: "Tilskuddsprosent",
  percentHelp: "Midlertidig: 40 eller 60. Varig: en hel prosent fra 0 til 75. Sommerjobb: 50 eller 75.",
  percentError: {
    midlertidig: "Midlertidig lønnstilskudd er 40 eller 60 %.",
    varig: "Varig lønnstilskudd er en hel prosent fra 0 til 75.",
    sommerjobb: "Sommerjobb er 50 eller 75 %.",
  },
  taxPercent: "Arbeidsgiveravgift",
  calculate: "Beregn",
  result: "Resultat",
  estimateNote: "Dette er et overslag. Det endelige beløpet står i vedtaket fra NAV.",
  apply: "Er dere arbeidsgiver i Arbeidsbro, kan dere søke fra siden Tilskudd når en person er ansatt.",
  linkText: "Beregn lønnstilskudd",
  linkHelp: "et overslag uten innlogging, som kan deles med andre.",
  fiveG: (fiveG: string, g: string, from: string) =>
    `Varig lønnstilskudd: utbetalingene er begrenset til 5 G per kalenderår, ${fiveG}. Regnet med grunnbeløpet (G) ${g}, som gjelder fra ${from}.`,
  fiveGStale: (missingFrom: string) =>
    `Grunnbeløpet fra ${missingFrom} er ikke lagt inn i Arbeidsbro ennå. Taket over er regnet med det forrige grunnbeløpet og er trolig for lavt. NAV bruker det gjeldende grunnbeløpet.`,
} as const;
