import { BodyLong, Heading, List } from "@navikt/ds-react";
import type { MetaFunction } from "@remix-run/node";
import { InfoPage } from "~/components/InfoPage";
import { RetentionRules } from "~/components/RetentionRules";
import * as texts from "~/texts";

const t = texts.privacyPage;

export const meta: MetaFunction = () => [{ title: t.title }];

export default function PrivacyStatement() {
  return (
    <InfoPage heading={t.heading} intro={t.intro} sections={t.sections}>
      <RetentionRules />
      <section className="stack-tight">
        <Heading level="2" size="medium">
          {t.rightsHeading}
        </Heading>
        <List>
          {t.rights.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
        <BodyLong>{t.contact}</BodyLong>
      </section>
    </InfoPage>
  );
}
