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

/**
 * The anonymised profile exactly as an employer sees it: no name, birth date or contact, an age
 * band, and no EUSE stage (the stage would hint at a placement with another employer). The
 * candidate's own preview uses this same function.
 */
export function employerProfileView(
  profile: CandidateProfile,
  birthDate: string | null,
  now = new Date(),
): ProfileView {
  const { euseStage: _stage, ...view } = profileView(profile, birthDate, now);
  return view;
}
