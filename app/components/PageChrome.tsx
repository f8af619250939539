import { BodyShort } from "@navikt/ds-react";
import { Form, Link as RemixLink } from "@remix-run/react";
import { isServerRenderedPath } from "~/page-scripts";
import * as texts from "~/texts";
import type { UserRole } from "../../db/schema";

export interface HeaderUser {
  name: string;
  role: UserRole;
  home: string;
  /** Conversations and the count of unread messages in them (employers and specialists). */
  messages?: { href: string; unread: number } | null;
}

export function PageHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <RemixLink to="/" className="page-header__brand">
          {texts.appName}
        </RemixLink>
        <BodyShort as="span" className="page-header__tagline">
          {texts.tagline}
        </BodyShort>
        <nav aria-label={texts.layout.mainNav} className="page-header__nav">
          {user ? (
            <>
              <RemixLink to={user.home} reloadDocument={isServerRenderedPath(user.home)} className="page-header__link">
                {texts.nav.homeFor[user.role]}
              </RemixLink>
              {user.messages ? (
                <RemixLink
                  to={user.messages.href}
                  reloadDocument={isServerRenderedPath(user.messages.href)}
                  className="page-header__link"
                >
                  {texts.nav.conversations}
                  {user.messages.unread > 0 ? ` (${texts.nav.conversationsUnread(user.messages.unread)})` : ""}
                </RemixLink>
              ) : null}
              <BodyShort as="span" size="small" className="page-header__who">
                {texts.nav.signedInAs} {user.name} ({texts.nav.roles[user.role]})
              </BodyShort>
              <Form method="post" action="/logg-ut">
                {/* Aksel's Button as its markup: the component would bring its loader and
                    Aksel's translations (date-fns' locale among them) into every page (decision 018). */}
                <button
                  type="submit"
                  data-color="neutral"
                  data-variant="secondary"
                  className="page-header__button aksel-button aksel-button--small"
                >
                  <span className="aksel-label aksel-label--small">{texts.nav.signOut}</span>
                </button>
              </Form>
            </>
          ) : (
            <>
              <RemixLink to="/registrer" className="page-header__link">
                {texts.nav.register}
              </RemixLink>
              <RemixLink to="/logg-inn" className="page-header__link">
                {texts.nav.signIn}
              </RemixLink>
            </>
          )}
        </nav>
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
        <nav aria-label={texts.footerLinks.label}>
          <ul className="page-footer__links">
            <li>
              <RemixLink to="/slik-fungerer-arbeidsbro">{texts.footerLinks.howItWorks}</RemixLink>
            </li>
            <li>
              <RemixLink to="/lonnstilskudd">{texts.footerLinks.wageCalculator}</RemixLink>
            </li>
            <li>
              <RemixLink to="/hjelp">{texts.footerLinks.help}</RemixLink>
            </li>
            <li>
              <RemixLink to="/personvern">{texts.footerLinks.privacy}</RemixLink>
            </li>
            <li>
              <RemixLink to="/tilgjengelighet">{texts.footerLinks.accessibility}</RemixLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
