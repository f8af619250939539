import { UNSAFE_Combobox } from "@navikt/ds-react";
import { useMemo, useState } from "react";
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
  return (
    <div>
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
