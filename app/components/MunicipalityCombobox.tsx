import { UNSAFE_Combobox } from "@navikt/ds-react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { MunicipalitySelectProps } from "~/components/MunicipalitySelect";
import * as texts from "~/texts";

/**
 * The searchable side of MunicipalitySelect, in its own module so it loads only in the browser.
 * The typed text is not posted; a hidden field carries the chosen number under the field's name,
 * so the server reads the same value as from the plain select.
 */
export default function MunicipalityCombobox({
  label,
  name,
  id,
  error,
  size,
  municipalities,
  initial,
}: MunicipalitySelectProps & { initial: string }) {
  const options = useMemo(
    () => municipalities.map((m) => ({ label: `${m.name} (${m.number})`, value: m.number })),
    [municipalities],
  );
  const [value, setValue] = useState(initial);
  const selected = options.filter((o) => o.value === value);
  // Aksel's option list (role="listbox") has no accessible name of its own, so a screen reader
  // announces a nameless list (axe: aria-input-field-name). The list is made and remade as the
  // user types, so each one that appears gets the field's label.
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const nameLists = () => {
      for (const list of root.querySelectorAll('[role="listbox"]')) {
        if (list.getAttribute("aria-label") !== label) list.setAttribute("aria-label", label);
      }
    };
    nameLists();
    const observer = new MutationObserver(nameLists);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return (
    <div ref={wrapper}>
      <UNSAFE_Combobox
        label={label}
        id={id}
        description={texts.municipalityChoice.searchHint}
        options={options}
        selectedOptions={selected}
        onToggleSelected={(option, isSelected) => setValue(isSelected ? option : "")}
        error={error}
        size={size}
        shouldAutocomplete
      />
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
