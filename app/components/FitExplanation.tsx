import { BodyShort, Tag } from "@navikt/ds-react";
import * as texts from "~/texts";

const t = texts.matching;

/** The score and the reasons: "Passer: kjøkken, morgen. Passer ikke: lørdag." */
export function FitExplanation({ score, fits, misfits }: { score: number; fits: string[]; misfits: string[] }) {
  return (
    <div className="fit">
      <Tag size="small" variant={score >= 80 ? "success" : score >= 50 ? "warning" : "neutral"}>
        {`${t.scoreLabel}: ${t.score(score)}`}
      </Tag>
      {fits.length ? (
        <BodyShort size="small">
          <strong>{t.fits}:</strong> {fits.join(", ")}
        </BodyShort>
      ) : null}
      {misfits.length ? (
        <BodyShort size="small">
          <strong>{t.misfits}:</strong> {misfits.join(", ")}
        </BodyShort>
      ) : null}
    </div>
  );
}
