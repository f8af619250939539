import { BodyLong, Box, Heading, Link } from "@navikt/ds-react";
import type { MetaFunction } from "@remix-run/node";
import * as texts from "~/texts";

export const meta: MetaFunction = () => [{ title: texts.home.title }];

export default function Index() {
  return (
    <>
      <section className="page-section" aria-labelledby="home-heading">
        <Heading level="1" size="xlarge" id="home-heading" spacing>
          {texts.home.heading}
        </Heading>
        <BodyLong size="large">{texts.home.intro}</BodyLong>
      </section>
      <section className="card-grid" aria-label={texts.appName}>
        {texts.home.audiences.map((audience) => (
          <Box key={audience.heading} padding="space-24" borderRadius="12" background="accent-soft">
            <Heading level="2" size="medium" spacing>
              {audience.heading}
            </Heading>
            <BodyLong spacing={"link" in audience}>{audience.body}</BodyLong>
            {"link" in audience ? <Link href={audience.link.href}>{audience.link.text}</Link> : null}
          </Box>
        ))}
      </section>
    </>
  );
}
