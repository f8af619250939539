// Live previews on pages sent without React (docs/decisions/023). A form with `data-live-url`
// posts its fields to that address a moment after the user stops typing; the server answers with
// the preview (the same component the page renders, as HTML), and the element named by
// `data-live-target` takes its text and attributes node by node, so a screen reader hears what changed in the preview's live region
// and nothing else. Without this script, or when a request fails, the preview shows the values
// as the server last saw them and the form posts as always. Under React (a page reached by
// client-side navigation) this file is never run: React renders the preview itself.
(() => {
  if (!window.fetch || !("content" in document.createElement("template"))) return;
  const WAIT_MS = 250;
  const timers = new WeakMap();
  const latest = new WeakMap();

  /** Makes `live` look like `next`: text and attributes in place; a different shape is replaced. */
  function sync(live, next) {
    if (live.nodeType !== next.nodeType || live.nodeName !== next.nodeName) {
      live.replaceWith(next);
      return;
    }
    if (live.nodeType === Node.TEXT_NODE) {
      if (live.nodeValue !== next.nodeValue) live.nodeValue = next.nodeValue;
      return;
    }
    if (live.nodeType !== Node.ELEMENT_NODE) return;
    for (const { name } of [...live.attributes]) if (!next.hasAttribute(name)) live.removeAttribute(name);
    for (const { name, value } of [...next.attributes])
      if (live.getAttribute(name) !== value) live.setAttribute(name, value);
    syncChildren(live, next);
  }

  /** Pair by pair, so a line that appears or goes leaves the nodes before it (a live region) in place. */
  function syncChildren(live, next) {
    const before = [...live.childNodes];
    const after = [...next.childNodes];
    const shared = Math.min(before.length, after.length);
    for (let i = 0; i < shared; i++) sync(before[i], after[i]);
    for (const gone of before.slice(shared)) gone.remove();
    live.append(...after.slice(shared));
  }

  async function refresh(form) {
    const target = document.getElementById(form.dataset.liveTarget || "");
    if (!target) return;
    const asked = {};
    latest.set(form, asked);
    try {
      // Posted, not put in the address: the fields may hold names and wages, which addresses
      // carry into logs. A redirect (the session has ended) is not followed, and is no preview.
      const response = await fetch(form.dataset.liveUrl, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "text/html" },
        redirect: "manual",
      });
      const html = await response.text();
      // Only the answer to the newest question counts; an error leaves the preview as it was.
      if (!response.ok || !response.headers.has("X-Live-Preview") || latest.get(form) !== asked) return;
      const template = document.createElement("template");
      template.innerHTML = html;
      syncChildren(target, template.content);
    } catch {
      // Offline or the server away: the preview stays, the form still posts.
    }
  }

  function changed(event) {
    const form = event.target?.form;
    if (!form?.dataset.liveUrl) return;
    clearTimeout(timers.get(form));
    timers.set(
      form,
      setTimeout(() => refresh(form), WAIT_MS),
    );
  }
  document.addEventListener("input", changed);
  document.addEventListener("change", changed);
})();
