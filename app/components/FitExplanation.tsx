import { BodyShort, HelpText, Tag } from "@navikt/ds-react";
import * as texts from "~/texts";

const t = texts.matching;

/** The score and the reasons: "Passer: kjøkken, morgen. Passer ikke: lørdag." */
export function FitExplanation({ score, fits, misfits }: { score: number; fits: string[]; misfits: string[] }) {
  return (
    <div className="fit">
      <div className="row-actions">
        <Tag size="small" variant={score >= 80 ? "success" : score >= 50 ? "warning" : "neutral"}>
          {`${t.scoreLabel}: ${t.score(score)}`}
        </Tag>
        <HelpText title={texts.explain.scoreTitle}>{texts.explain.score}</HelpText>
      </div>
      <BodyShort size="small" data-testid="fit-sentence">
        {texts.explain.fitSentence(score, fits, misfits)}
      </BodyShort>
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
