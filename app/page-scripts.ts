import { useMatches } from "@remix-run/react";

/**
 * Whether a page loads the portal's JavaScript (React, Remix, the route's code). A route that
 * does all it does with links and plain forms says `export const handle = serverRendered`: the
 * page is then sent as HTML and CSS alone, and works as it does without JavaScript, which every
 * page must (docs/decisions/023). On a phone that is 90–150 KB of JavaScript not fetched, parsed
 * or run.
 */
export interface PageHandle {
  scripts?: boolean;
}

export const serverRendered: PageHandle = { scripts: false };

/** True unless the page (its deepest route that says) asked to be sent without scripts. */
export function usePageScripts(): boolean {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const scripts = (matches[i]?.handle as PageHandle | undefined)?.scripts;
    if (scripts !== undefined) return scripts;
  }
  return true;
}

/**
 * The few things a page does in the browser without React, on every page: marks the document
 * as scripted (CSS shows the controls that need a script), and prints on a `data-print` button.
 * Inline in the head, under the page's nonce; ES5, so it runs in any browser that runs scripts.
 */
export const enhanceScript =
  'document.documentElement.classList.add("js");' +
  'document.addEventListener("click",function(e){var t=e.target;' +
  'if(t&&t.closest&&t.closest("[data-print]"))window.print()});';

/**
 * On a page sent without React only: a form is sent once. A second click on a submit button (a
 * double click, or an impatient one while the answer is on its way) would post the form again,
 * and the server would act twice: two carved jobs, two applications. The first submit marks the
 * form; a later one is stopped. The mark goes when the page comes back from the back-forward
 * cache, and after 15 s (a stopped load, a lost connection) so the form can be sent again.
 * Without any script the browser's own behaviour stays.
 */
export const submitOnceScript =
  'document.addEventListener("submit",function(e){var f=e.target;if(e.defaultPrevented)return;' +
  'if(f.hasAttribute("data-sent")){e.preventDefault();return}' +
  'f.setAttribute("data-sent","");setTimeout(function(){f.removeAttribute("data-sent")},15000)});' +
  'addEventListener("pageshow",function(e){if(e.persisted)[].forEach.call(' +
  'document.querySelectorAll("form[data-sent]"),function(f){f.removeAttribute("data-sent")})});';

/**
 * Whether an address is an employer page, sent without React. A link or a redirect there from a
 * page with React loads the document, so the page arrives as it is sent (decision 023), not
 * rendered by the React of the page before it.
 */
export function isServerRenderedPath(path: string): boolean {
  return path === "/arbeidsgiver" || path.startsWith("/arbeidsgiver/") || path.startsWith("/arbeidsgiver?");
}
