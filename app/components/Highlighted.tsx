import { HIGHLIGHT_END, HIGHLIGHT_START } from "../../search/candidate-search";

/** Renders Meilisearch's highlight markers as <mark>, without ever injecting HTML. */
export function Highlighted({ text }: { text: string }) {
  const [first = "", ...rest] = text.split(HIGHLIGHT_START);
  // Keyed by character offset: the pieces of one string never move.
  let offset = first.length;
  return (
    <>
      {first}
      {rest.map((part) => {
        const [marked = "", after = ""] = part.split(HIGHLIGHT_END);
        const key = offset;
        offset += part.length + 1;
        return (
          <span key={key}>
            <mark>{marked}</mark>
            {after}
          </span>
        );
      })}
    </>
  );
}
