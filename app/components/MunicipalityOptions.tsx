/** The <option>s of a municipality select: "Tromsø (5501)", in number order. */
export function MunicipalityOptions({
  municipalities,
  placeholder,
}: {
  municipalities: Array<{ number: string; name: string }>;
  placeholder?: string;
}) {
  return (
    <>
      {placeholder ? <option value="">{placeholder}</option> : null}
      {municipalities.map((m) => (
        <option key={m.number} value={m.number}>
          {m.name} ({m.number})
        </option>
      ))}
    </>
  );
}
