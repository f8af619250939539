import livePreviewUrl from "~/browser/live-preview.js?url&no-inline";
import { useNonce } from "~/nonce";

/**
 * The small script that keeps a form's preview live on a page sent without React
 * (app/browser/live-preview.js, about 1 KB). Rendered by the server only: React never runs a
 * script it renders in the browser, and there it keeps the preview live itself.
 */
export function LivePreviewScript() {
  const nonce = useNonce();
  return <script src={livePreviewUrl} nonce={nonce} defer />;
}

/** What a form needs to ask for its preview: where, and which element shows it. */
export function livePreviewAttributes(url: string, targetId: string): Record<string, string> {
  return { "data-live-url": url, "data-live-target": targetId };
}
