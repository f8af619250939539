import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

/**
 * A live preview's answer: the same component the page shows, rendered to HTML for
 * app/browser/live-preview.js. Never cached: it follows what the user is typing.
 */
export function previewResponse(element: ReactElement): Response {
  return new Response(renderToStaticMarkup(element), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The form's fields, as the preview's address carries them (a list field may repeat). */
export function queryFormData(request: Request): FormData {
  const formData = new FormData();
  for (const [name, value] of new URL(request.url).searchParams) formData.append(name, value);
  return formData;
}
