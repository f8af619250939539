// Demo (and benchmark) employers with realistic Norwegian task needs and carved jobs. Seeded, so
// every run produces the same data. Everything is written through the repositories, so the
// index jobs go through the outbox like any other change.
import type { Kysely } from "kysely";
import { type TaskNeedInput, createCarvedJob, createTaskNeed, setJobStatus } from "../repositories/jobs";
import type { Database } from "../schema";
import { pick, seededRandom } from "./candidates";

interface TaskTemplate {
  title: string;
  description: string;
  strengths: string[];
  tags: string[];
  physical: string[];
  social: "alone" | "small-team" | "customer-contact";
  times: Array<"morning" | "day" | "evening">;
  hoursPerDay: [number, number];
}

const tt = (
  title: string,
  description: string,
  strengths: string[],
  tags: string[],
  physical: string[],
  social: TaskTemplate["social"],
  times: TaskTemplate["times"],
  hoursPerDay: [number, number],
): TaskTemplate => ({ title, description, strengths, tags, physical, social, times, hoursPerDay });

export const taskTemplates: Record<string, TaskTemplate[]> = {
  "kjokken-kantine": [
    tt(
      "Oppvask etter lunsj",
      "Ta imot brett, sette i oppvaskmaskinen og rydde på plass. Roligere etter klokka 13.",
      ["palitelig", "praktisk"],
      ["oppvask"],
      ["standing"],
      "small-team",
      ["day"],
      [2, 3],
    ),
    tt(
      "Forberede salatbar",
      "Skylle og kutte grønnsaker og fylle opp salatbaren før lunsj.",
      ["noyaktig", "praktisk"],
      ["matlaging", "hygiene"],
      ["standing"],
      "small-team",
      ["morning"],
      [2, 3],
    ),
    tt(
      "Rydde og vaske kantina",
      "Tørke bord, feie og fylle på servietter og bestikk.",
      ["palitelig", "selvstendig"],
      ["renhold"],
      ["walking"],
      "alone",
      ["day"],
      [1.5, 2.5],
    ),
  ],
  lager: [
    tt(
      "Varemottak og utpakking",
      "Ta imot leveranser, sjekke mot pakkseddel og pakke ut på lager.",
      ["strukturert", "fysisk-sterk"],
      ["varemottak", "truck"],
      ["lifting", "standing"],
      "small-team",
      ["morning"],
      [3, 4],
    ),
    tt(
      "Plukke ordre",
      "Plukke varer etter plukkliste på skanner og gjøre klar for sending.",
      ["noyaktig", "strukturert"],
      ["plukk", "skanner"],
      ["walking", "lifting"],
      "small-team",
      ["day"],
      [3, 5],
    ),
    tt(
      "Sortere returer",
      "Gå gjennom returvarer, sortere etter tilstand og registrere dem.",
      ["noyaktig", "rolig"],
      ["retur"],
      ["standing", "repetitive"],
      "alone",
      ["day"],
      [2, 4],
    ),
  ],
  renhold: [
    tt(
      "Renhold av fellesarealer",
      "Vaske gulv, toaletter og trapper etter fast plan.",
      ["palitelig", "selvstendig"],
      ["vask"],
      ["walking", "standing"],
      "alone",
      ["morning", "evening"],
      [2, 3],
    ),
    tt(
      "Rengjøring av hotellrom",
      "Re opp senger, vaske bad og klargjøre rom for nye gjester.",
      ["noyaktig", "fysisk-sterk"],
      ["hotell", "vask"],
      ["standing", "lifting"],
      "small-team",
      ["day"],
      [3, 5],
    ),
    tt(
      "Vask av kontorer",
      "Tømme søppel og vaske kontorer etter arbeidstid.",
      ["palitelig", "selvstendig"],
      ["vask"],
      ["walking"],
      "alone",
      ["evening"],
      [2, 3],
    ),
  ],
  butikk: [
    tt(
      "Fylle varer i hyllene",
      "Fylle opp hyller med dagens leveranse og sjekke datoer.",
      ["strukturert", "palitelig"],
      ["varepåfylling"],
      ["standing", "lifting"],
      "customer-contact",
      ["morning"],
      [2, 4],
    ),
    tt(
      "Ta imot pant og rydde",
      "Tømme pantemaskinen, sortere kasser og holde butikken ryddig.",
      ["praktisk", "palitelig"],
      ["pant"],
      ["lifting"],
      "customer-contact",
      ["day", "evening"],
      [2, 3],
    ),
    tt(
      "Frukt og grønt",
      "Gjøre frukt- og gråntavdelingen fin: fylle opp, fjerne det som er dårlig.",
      ["noyaktig", "serviceinnstilt"],
      ["frukt", "grønt"],
      ["standing"],
      "customer-contact",
      ["morning"],
      [2, 3],
    ),
  ],
  kontor: [
    tt(
      "Skanning og arkiv",
      "Skanne papirer, navngi filer etter mal og arkivere.",
      ["noyaktig", "strukturert"],
      ["skanning", "arkiv"],
      ["sitting", "repetitive"],
      "alone",
      ["day"],
      [2, 4],
    ),
    tt(
      "Post og sentralbord",
      "Sortere post, ta imot pakker og svare på telefonen.",
      ["serviceinnstilt", "strukturert"],
      ["post", "telefon"],
      ["sitting"],
      "customer-contact",
      ["morning", "day"],
      [3, 4],
    ),
    tt(
      "Registrering av data",
      "Føre inn opplysninger fra skjema i fagsystemet.",
      ["noyaktig", "datakyndig"],
      ["excel", "tastatur"],
      ["sitting"],
      "alone",
      ["day"],
      [2, 4],
    ),
  ],
  omsorg: [
    tt(
      "Turvenn for beboere",
      "Gå tur og prate med beboere som ønsker det.",
      ["rolig", "samarbeid"],
      ["tur", "samtale"],
      ["walking"],
      "small-team",
      ["day"],
      [2, 3],
    ),
    tt(
      "Kjøkkenhjelp på avdeling",
      "Dekke bord, servere og rydde etter måltidene.",
      ["serviceinnstilt", "palitelig"],
      ["servering"],
      ["standing"],
      "small-team",
      ["day"],
      [2, 3],
    ),
    tt(
      "Hjelpe til i garderoben i barnehagen",
      "Hjelpe barna med klær før og etter utetid, og rydde garderoben.",
      ["rolig", "samarbeid"],
      ["barn"],
      ["standing"],
      "small-team",
      ["morning"],
      [2, 3],
    ),
  ],
  "utendors-park": [
    tt(
      "Plukke søppel i parkene",
      "Gå fast rute, tømme søppelbøtter og plukke søppel.",
      ["selvstendig", "palitelig"],
      ["park"],
      ["walking", "outdoors"],
      "alone",
      ["morning"],
      [2, 4],
    ),
    tt(
      "Snømåking og strøing",
      "Måke og strø inngangspartier og gangveier når det har snødd.",
      ["fysisk-sterk", "palitelig"],
      ["snømåking"],
      ["outdoors", "lifting"],
      "alone",
      ["morning"],
      [2, 3],
    ),
    tt(
      "Plenklipping og luking",
      "Klippe plen og luke bed i sommerhalvåret.",
      ["praktisk", "selvstendig"],
      ["hage", "gressklipper"],
      ["outdoors", "walking"],
      "small-team",
      ["day"],
      [3, 5],
    ),
  ],
  transport: [
    tt(
      "Levere varer med bil",
      "Kjøre ut varer til kunder i nærområdet. Førerkort klasse B.",
      ["selvstendig", "palitelig"],
      ["førerkort", "levering"],
      ["lifting"],
      "customer-contact",
      ["day"],
      [3, 5],
    ),
    tt(
      "Vaske og klargjøre biler",
      "Vaske bilene innvendig og utvendig og sjekke at utstyret er på plass.",
      ["noyaktig", "praktisk"],
      ["bilvask"],
      ["standing", "outdoors"],
      "alone",
      ["morning"],
      [2, 3],
    ),
  ],
  produksjon: [
    tt(
      "Pakke produkter",
      "Pakke ferdige produkter i esker og merke dem.",
      ["noyaktig", "rolig"],
      ["pakking"],
      ["standing", "repetitive"],
      "small-team",
      ["day"],
      [3, 5],
    ),
    tt(
      "Kvalitetskontroll",
      "Sjekke produkter mot sjekkliste og sette til side det som har feil.",
      ["noyaktig", "strukturert"],
      ["kvalitet"],
      ["sitting"],
      "small-team",
      ["day"],
      [2, 4],
    ),
  ],
  it: [
    tt(
      "Klargjøre PC-er",
      "Pakke ut, installere og merke nye PC-er etter oppskrift.",
      ["datakyndig", "strukturert"],
      ["pc", "windows"],
      ["sitting"],
      "alone",
      ["day"],
      [3, 5],
    ),
    tt(
      "Enkel brukerstøtte",
      "Hjelpe kolleger med skrivere, passord og tilgang.",
      ["datakyndig", "serviceinnstilt"],
      ["brukerstøtte"],
      ["sitting"],
      "customer-contact",
      ["day"],
      [2, 4],
    ),
  ],
  kundeservice: [
    tt(
      "Resepsjon om morgenen",
      "Ta imot gjester, svare på spørsmål og sjekke ut.",
      ["serviceinnstilt", "rolig"],
      ["resepsjon", "engelsk"],
      ["standing"],
      "customer-contact",
      ["morning"],
      [3, 4],
    ),
    tt(
      "Svare på telefon og e-post",
      "Svare kunder etter faste svarmaler og sende videre det som trengs.",
      ["serviceinnstilt", "strukturert"],
      ["telefon", "e-post"],
      ["sitting"],
      "customer-contact",
      ["day"],
      [2, 4],
    ),
  ],
};

/** ~40 demo employers: name, municipality and the kinds of work they have. The first three already exist. */
export const demoEmployers: Array<{ name: string; municipality: string; categories: string[] }> = [
  { name: "Polarkjøkken AS", municipality: "5501", categories: ["kjokken-kantine", "renhold"] },
  { name: "Harstad Hotell AS", municipality: "5503", categories: ["renhold", "kundeservice", "kjokken-kantine"] },
  { name: "Bryn Lager og Logistikk AS", municipality: "0301", categories: ["lager", "transport"] },
  { name: "Nærbutikken Tromsø sentrum", municipality: "5501", categories: ["butikk"] },
  { name: "Tromsø kommune, park og vei", municipality: "5501", categories: ["utendors-park"] },
  { name: "Ishavet Hotell Tromsø", municipality: "5501", categories: ["renhold", "kundeservice"] },
  { name: "Prestvannet barnehage", municipality: "5501", categories: ["omsorg", "kjokken-kantine"] },
  { name: "Nordlys Lager AS", municipality: "5501", categories: ["lager"] },
  { name: "Tromsø Vaskeri AS", municipality: "5501", categories: ["renhold", "produksjon"] },
  { name: "Kantina på Breivika", municipality: "5501", categories: ["kjokken-kantine"] },
  { name: "Arktisk Kontorservice AS", municipality: "5501", categories: ["kontor"] },
  { name: "Tromsø Bilpleie", municipality: "5501", categories: ["transport"] },
  { name: "Fjellheisen Kafé", municipality: "5501", categories: ["kjokken-kantine", "kundeservice"] },
  { name: "Tromsø IT-drift AS", municipality: "5501", categories: ["it"] },
  { name: "Kroken sykehjem", municipality: "5501", categories: ["omsorg"] },
  { name: "Dagligvare Harstad", municipality: "5503", categories: ["butikk"] },
  { name: "Harstad kommune, grøntanlegg", municipality: "5503", categories: ["utendors-park"] },
  { name: "Kanebogen barnehage", municipality: "5503", categories: ["omsorg"] },
  { name: "Harstad Mekaniske AS", municipality: "5503", categories: ["produksjon", "lager"] },
  { name: "Bakeriet i Sjøgata", municipality: "5503", categories: ["kjokken-kantine", "butikk"] },
  { name: "Harstad sykehjem", municipality: "5503", categories: ["omsorg", "renhold"] },
  { name: "Harstad Flytt og Transport", municipality: "5503", categories: ["transport"] },
  { name: "Kontorhuset Harstad", municipality: "5503", categories: ["kontor"] },
  { name: "Harstad Sportshall", municipality: "5503", categories: ["renhold", "kundeservice"] },
  { name: "Dagligvare Bryn", municipality: "0301", categories: ["butikk"] },
  { name: "Oslo kommune, Bymiljøetaten park Østensjø", municipality: "0301", categories: ["utendors-park"] },
  { name: "Kantina på Helsfyr", municipality: "0301", categories: ["kjokken-kantine"] },
  { name: "Tveita barnehage", municipality: "0301", categories: ["omsorg"] },
  { name: "Hotell Oslo Øst", municipality: "0301", categories: ["renhold", "kundeservice"] },
  { name: "Vaskeriet Alnabru", municipality: "0301", categories: ["renhold", "produksjon"] },
  { name: "Nærbutikken Manglerud", municipality: "0301", categories: ["butikk"] },
  { name: "Oppsal sykehjem", municipality: "0301", categories: ["omsorg", "kjokken-kantine"] },
  { name: "Østensjø bydelskontor", municipality: "0301", categories: ["kontor"] },
  { name: "Sykkelverkstedet Bryn", municipality: "0301", categories: ["produksjon", "kundeservice"] },
  { name: "Grønland Bakeri", municipality: "0301", categories: ["kjokken-kantine"] },
  { name: "Oslo Gjenvinning Øst AS", municipality: "0301", categories: ["produksjon", "lager"] },
  { name: "IT-hjelpen Helsfyr", municipality: "0301", categories: ["it"] },
  { name: "Ryen Matsentral", municipality: "0301", categories: ["lager", "transport"] },
  { name: "Bøler bibliotek og kafé", municipality: "0301", categories: ["kundeservice", "kontor"] },
  { name: "Skullerud idrettspark", municipality: "0301", categories: ["utendors-park", "renhold"] },
];

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"] as const;

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A task need from a template: a few weekdays at the template's time of day, hours that fit. */
export function generateTask(rand: () => number, category: string, municipality: string, today: Date): TaskNeedInput {
  const template = pick(rand, taskTemplates[category] ?? taskTemplates.lager ?? []);
  const dayCount = 2 + Math.floor(rand() * 4); // 2–5 days
  const start = Math.floor(rand() * (WEEKDAYS.length - dayCount + 1));
  const days = WEEKDAYS.slice(start, start + dayCount);
  const time = pick(rand, template.times);
  const [lo, hi] = template.hoursPerDay;
  const perDay = Math.round((lo + rand() * (hi - lo)) * 2) / 2;
  return {
    title: template.title,
    description: template.description,
    category,
    hoursPerWeek: Math.min(40, perDay * days.length),
    slots: days.map((d) => `${d}:${time}`),
    municipalityNumber: municipality,
    address: "",
    earliestStart: rand() < 0.4 ? null : addDays(today, 7 + Math.floor(rand() * 60)),
    strengths: template.strengths,
    tags: template.tags,
    physicalDemands: template.physical,
    socialSetting: template.social,
    adaptations:
      rand() < 0.6
        ? pick(rand, [
            "Faste pauser og rolig opplæring.",
            "Kan starte med få timer og øke gradvis.",
            "Fast kontaktperson de første ukene.",
            "Skriftlig sjekkliste for oppgavene.",
          ])
        : "",
    mentorPossible: rand() < 0.6,
  };
}

/**
 * Task needs for each organisation (1–3 each) and, for about half of them, a carved job made of
 * one or two of those tasks: mostly published, some drafts, a few already filled.
 */
export async function seedEmployerWork(
  db: Kysely<Database>,
  organisations: Array<{ id: string; municipality: string; categories: string[]; userId: string | null }>,
  options: { seed?: number; today?: Date } = {},
): Promise<{ tasks: number; jobs: number }> {
  const rand = seededRandom(options.seed ?? 4040);
  const today = options.today ?? new Date();
  let tasks = 0;
  let jobs = 0;
  for (const [index, org] of organisations.entries()) {
    const count = 1 + Math.floor(rand() * 3);
    const created: Array<{ id: string; input: TaskNeedInput }> = [];
    for (let i = 0; i < count; i++) {
      const input = generateTask(rand, org.categories[i % org.categories.length] ?? "lager", org.municipality, today);
      if (created.some((c) => c.input.title === input.title)) continue;
      created.push({ id: await createTaskNeed(db, org.id, org.userId, input), input });
      tasks++;
    }
    // The first organisation (the demo employer's) always has a published job to look at.
    if (created.length === 0 || (rand() < 0.5 && index > 0)) continue;
    const parts = created.slice(0, created.length > 1 && rand() < 0.5 ? 2 : 1);
    const slots = [...new Set(parts.flatMap((p) => p.input.slots))];
    const hours = Math.min(
      parts.reduce((a, p) => a + p.input.hoursPerWeek, 0),
      slots.length * 7.5,
    );
    const roll = rand();
    const id = await createCarvedJob(
      db,
      org.id,
      org.userId,
      {
        taskIds: parts.map((p) => p.id),
        title:
          parts.length > 1
            ? `${parts[0]?.input.title} og ${parts[1]?.input.title.toLowerCase()}`
            : (parts[0]?.input.title ?? ""),
        description: "",
        hoursPerWeek: hours,
        slots,
        employmentForm: pick(rand, ["work-trial", "temporary", "permanent"]),
        wageSubsidyExpected: rand() < 0.4,
        mentorName:
          rand() < 0.6 ? pick(rand, ["Kari Nilsen", "Per Johansen", "Aisha Ali", "Tor Hansen", "Ingrid Larsen"]) : "",
        adaptations: parts
          .map((p) => p.input.adaptations)
          .filter(Boolean)
          .join(" "),
        startDate: addDays(today, 14 + Math.floor(rand() * 60)),
      },
      roll < 0.15 && index > 0 ? "draft" : "open",
    );
    if (roll > 0.9 && index > 0) await setJobStatus(db, org.id, id, "filled");
    jobs++;
  }
  return { tasks, jobs };
}
