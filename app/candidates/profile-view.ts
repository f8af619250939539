import type { ProfileView } from "~/components/ProfileFacts";
import { municipalityName } from "../../db/data/places";
import type { CandidateProfile } from "../../db/schema";
import { ageBand } from "../../search/documents";

export function profileView(profile: CandidateProfile, birthDate: string | null, now = new Date()): ProfileView {
  return {
    interests: profile.interests,
    strengths: profile.strengths,
    tags: profile.tags,
    hoursMin: profile.hours_min,
    hoursMax: profile.hours_max,
    weekdays: profile.weekdays,
    timesOfDay: profile.times_of_day,
    municipality: municipalityName(profile.municipality_number),
    availableFrom: profile.available_from,
    languages: profile.languages,
    norwegianLevel: profile.norwegian_level,
    drivingLicence: profile.driving_licence,
    facilitation: (profile.facilitation ?? {}) as Record<string, string[]>,
    summary: profile.summary,
    euseStage: profile.euse_stage,
    ageBand: birthDate ? ageBand(birthDate, now) : undefined,
  };
}
