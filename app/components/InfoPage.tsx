import { BodyLong, Heading, List } from "@navikt/ds-react";
import type { ReactNode } from "react";
import type { InfoSection } from "~/texts/info";

/** A page of plain text: a heading, an introduction and sections of paragraphs or lists. */
export function InfoPage({
  heading,
  intro,
  sections,
  children,
}: {
  heading: string;
  intro: string;
  sections: readonly InfoSection[];
  children?: ReactNode;
}) {
  return (
    <article className="stack narrow-wide">
      <Heading level="1" size="xlarge">
        {heading}
      </Heading>
      <BodyLong size="large">{intro}</BodyLong>
      {sections.map((s) => (
        <InfoSectionBlock key={s.heading} section={s} />
      ))}
      {children}
    </article>
  );
}

export function InfoSectionBlock({ section }: { section: InfoSection }) {
  return (
    <section className="stack-tight">
      <Heading level="2" size="medium">
        {section.heading}
      </Heading>
      {section.paragraphs?.map((p) => (
        <BodyLong key={p}>{p}</BodyLong>
      ))}
      {section.list ? (
        <List>
          {section.list.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      ) : null}
    </section>
  );
}
