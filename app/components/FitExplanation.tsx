import { BodyShort, Tag } from "@navikt/ds-react";
import { Explain } from "~/components/Explain";
import * as texts from "~/texts";

const t = texts.matching;

/**
 * The score and, in one sentence, why the job fits or not: "Passer delvis: kjøkken og morgen
 * stemmer, men ikke lørdag." The sentence names every reason, so they are not listed again.
 */
export function FitExplanation({ score, fits, misfits }: { score: number; fits: string[]; misfits: string[] }) {
  return (
    <div className="fit">
      <div className="row-actions">
        <Tag size="small" variant={score >= 80 ? "success" : score >= 50 ? "warning" : "neutral"}>
          {`${t.scoreLabel}: ${t.score(score)}`}
        </Tag>
        <Explain title={texts.explain.scoreTitle}>{texts.explain.score}</Explain>
      </div>
      <BodyShort size="small" data-testid="fit-sentence">
        {texts.explain.fitSentence(score, fits, misfits)}
      </BodyShort>
    </div>
  );
}
