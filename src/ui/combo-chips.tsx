/** The values chosen in a MultiCombobox, as chips with a remove button each. */
export function ComboChips({
  label,
  selected,
  labelOf,
  removeLabel,
  onChange,
}: {
  label: string;
  selected: readonly string[];
  labelOf: ReadonlyMap<string, string>;
  removeLabel: (label: string) => string;
  onChange: (selected: string[]) => void;
}) {
  return (
    <ul className="combo__chips" aria-label={label}>
      {selected.map((value) => (
        <li key={value} className="chip">
          <span>{labelOf.get(value) ?? value}</span>
          <button
            type="button"
            className="chip__remove"
            aria-label={removeLabel(labelOf.get(value) ?? value)}
            onClick={() => {
              onChange(selected.filter((v) => v !== value));
            }}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
