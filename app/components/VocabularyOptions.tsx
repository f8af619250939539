import { Checkbox } from "@navikt/ds-react";

// Aksel's CheckboxGroup does not give its checkboxes a name: each one needs it for the form to post.
export function VocabularyOptions({ name, vocabulary }: { name: string; vocabulary: Record<string, string> }) {
  return (
    <>
      {Object.entries(vocabulary).map(([id, label]) => (
        <Checkbox key={id} name={name} value={id}>
          {label}
        </Checkbox>
      ))}
    </>
  );
}
