// One stylesheet for every page, bundled by Vite in this order: the self-hosted font, Aksel's
// tokens, reset and baseline, only the Aksel components the portal uses (Aksel's index.css would
// load fonts from NAV's CDN, and its components.css holds every component: 28 KB gzipped against
// ~15 KB for these), then our own page chrome. Decision 018.
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-ext-400.css";
import "@fontsource/source-sans-3/latin-600.css";
import "@navikt/ds-css/dist/global/tokens.css";
import "@navikt/ds-css/dist/global/reset.css";
import "@navikt/ds-css/dist/global/baseline.css";
import "./styles/aksel-components.css";
import "./styles/app.css";
import akselPrint from "@navikt/ds-css/dist/global/print.css?url";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { type ReactNode, useContext } from "react";
// Every route's action data, for the page title; @remix-run/react does not re-export it, so
// react-router-dom is a direct dependency, pinned to the version @remix-run/react uses.
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import { unreadMessages } from "./afterhire/unread.server";
import { getOptionalUser, homeFor } from "./auth/access.server";
import { GeneralErrorBoundary } from "./components/GeneralErrorBoundary";
import { PageFooter, PageHeader } from "./components/PageChrome";
import { useNonce } from "./nonce";
import { enhanceScript, submitOnceScript, usePageScripts } from "./page-scripts";
import * as texts from "./texts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: akselPrint, media: "print" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: texts.appName }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return {
    user: user
      ? { name: user.name, role: user.role, home: homeFor[user.role], messages: await unreadMessages(user) }
      : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const scripts = usePageScripts();
  // Pages without React also send each form once (decision 023: a second submit is stopped).
  const headScript = scripts ? enhanceScript : enhanceScript + submitOnceScript;
  // Also rendered for errors, when the loader may not have run.
  const user = useRouteLoaderData<typeof loader>("root")?.user ?? null;
  const actionTitle = pageTitleFromAction(useContext(UNSAFE_DataRouterStateContext)?.actionData);
  return (
    <html lang="nb">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* The first <title> wins: a guided form's answer names its step and its errors. */}
        {actionTitle ? <title>{actionTitle}</title> : null}
        <Meta />
        <Links />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed string of our own, under the page's nonce */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: headScript }} />
      </head>
      <body>
        <a className="skip-link" href="#hovedinnhold">
          {texts.layout.skipLink}
        </a>
        <PageHeader user={user} />
        <main id="hovedinnhold" tabIndex={-1} className="page-main">
          {children}
        </main>
        <PageFooter />
        {/* Kept on every page: React may render one sent without scripts after a client-side navigation. */}
        <ScrollRestoration nonce={nonce} />
        {scripts ? <Scripts nonce={nonce} /> : null}
      </body>
    </html>
  );
}

/**
 * A page title an action answered with (`pageTitle` in its data): route `meta` only sees loader
 * data, but after a post the title must name the step and say "Feil: …", with or without JavaScript.
 */
function pageTitleFromAction(actionData: Record<string, unknown> | null | undefined): string | undefined {
  for (const answer of Object.values(actionData ?? {})) {
    const title = (answer as { pageTitle?: unknown } | null)?.pageTitle;
    if (typeof title === "string") return title;
  }
  return undefined;
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
