import { BodyLong, Heading, List } from "@navikt/ds-react";
import type { MetaFunction } from "@remix-run/node";
import { InfoPage } from "~/components/InfoPage";
import * as texts from "~/texts";

const t = texts.privacyPage;

export const meta: MetaFunction = () => [{ title: t.title }];

export default function PrivacyStatement() {
  return (
    <InfoPage heading={t.heading} intro={t.intro} sections={t.sections}>
      {/*
        SLOT for the consent helper (#22): the component listing the retention rules with their
        numbers (how long each kind of data is kept) goes here, in place of this paragraph.
      */}
      <BodyLong data-slot="retention-rules">{t.retentionPending}</BodyLong>
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
