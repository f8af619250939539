// Ending a person's follow-up: why (a fixed set of reasons) and the day, which must be between the
// person's start and today. The day it ends the person no longer counts in the caseload
// (app/norms/figures.ts, caseload).
import { z } from "zod";
import type { FollowupEndReason } from "../../db/schema";
import { dateField } from "~/forms/fields";
import { formatDate } from "~/format";
import * as texts from "~/texts";

export const followupEndReasons: FollowupEndReason[] = ["in_work", "declined", "moved", "other_measure", "other"];

/** The form's rules for one person: started on `startedOn`, the day being `today` (both YYYY-MM-DD). */
export function followupEndSchema(startedOn: string, today: string) {
  const t = texts.followupEnd;
  return z.object({
    reason: z.enum(followupEndReasons as [FollowupEndReason, ...FollowupEndReason[]], { message: t.reasonRequired }),
    endedOn: dateField(t.dateFormat)
      .refine((d) => d <= today, t.dateInFuture)
      .refine((d) => d >= startedOn, t.dateBeforeStart(formatDate(startedOn))),
  });
}
