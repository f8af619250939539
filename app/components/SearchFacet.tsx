import { Checkbox, CheckboxGroup } from "@navikt/ds-react";

/** A filter group of a search page: one checkbox per vocabulary value, with its hit count. */
export function SearchFacet({
  legend,
  name,
  vocabulary,
  selected,
  counts,
}: {
  legend: string;
  name: string;
  vocabulary: Record<string, string>;
  selected: string[];
  counts: Record<string, number> | undefined;
}) {
  return (
    <CheckboxGroup legend={legend} name={name} defaultValue={selected} size="small">
      {Object.entries(vocabulary).map(([id, label]) => (
        <Checkbox key={id} name={name} value={id}>
          {label} <span className="facet-count">({counts?.[id] ?? 0})</span>
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}
