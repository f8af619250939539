import { Select } from "@navikt/ds-react";
import { Suspense, lazy, useEffect, useRef, useState } from "react";
import { MunicipalityOptions } from "~/components/MunicipalityOptions";

export type MunicipalityChoice = { number: string; name: string };

export interface MunicipalitySelectProps {
  label: string;
  name: string;
  id?: string;
  defaultValue?: string;
  error?: string;
  /** The empty choice ("Alle kommuner", "Velg kommune"); without it a municipality is always chosen. */
  placeholder?: string;
  size?: "medium" | "small";
  municipalities: MunicipalityChoice[];
}

// Loaded only in the browser, after the page works: the combobox is not in the page's first
// JavaScript, and a page without JavaScript keeps the plain select (decision 017).
const MunicipalityCombobox = lazy(() => import("~/components/MunicipalityCombobox"));

/**
 * One municipality, chosen by name. The server renders a plain <select> (sorted by name) that
 * works without JavaScript; in the browser it becomes a searchable Aksel combobox that posts the
 * same field, starting from whatever the select held when it was swapped.
 */
export function MunicipalitySelect(props: MunicipalitySelectProps) {
  const selectRef = useRef<HTMLSelectElement>(null);
  const [upgradedFrom, setUpgradedFrom] = useState<string | null>(null);
  useEffect(() => {
    setUpgradedFrom(selectRef.current?.value ?? props.defaultValue ?? "");
  }, [props.defaultValue]);

  const select = (
    <Select
      ref={selectRef}
      label={props.label}
      name={props.name}
      id={props.id}
      defaultValue={upgradedFrom ?? props.defaultValue ?? ""}
      error={props.error}
      size={props.size}
    >
      <MunicipalityOptions municipalities={props.municipalities} placeholder={props.placeholder} />
    </Select>
  );
  if (upgradedFrom === null) return select;
  return (
    <Suspense fallback={select}>
      <MunicipalityCombobox key={upgradedFrom} {...props} initial={upgradedFrom} />
    </Suspense>
  );
}
