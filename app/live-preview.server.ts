import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * A live preview's answer: the same component the page shows, rendered to HTML for
 * app/browser/live-preview.js, which applies only answers marked as previews (a sign-in page
 * after an ended session is not one). Never cached: it follows what the user is typing.
 */
export function previewResponse(element: ReactElement): Response {
  return new Response(renderToStaticMarkup(element), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Live-Preview": "1" },
  });
}
