import { BodyShort } from "@navikt/ds-react";
import { Link as RemixLink } from "@remix-run/react";
import { texts } from "~/texts";

export function PageHeader() {
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <RemixLink to="/" className="page-header__brand">
          {texts.appName}
        </RemixLink>
        <BodyShort as="span" className="page-header__tagline">
          {texts.tagline}
        </BodyShort>
      </div>
    </header>
  );
}

export function PageFooter() {
  return (
    <footer className="page-footer">
      <div className="page-footer__inner">
        <BodyShort>{texts.layout.footer}</BodyShort>
        <BodyShort size="small">{texts.layout.footerPrivacy}</BodyShort>
      </div>
    </footer>
  );
}
