/** A labelled text field with a hint under it, for the free-text choices of the "Kolumner" form. */
import { useId } from "react";

export function HintedTextField({
  label,
  hint,
  value,
  maxLength,
  inputMode,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  maxLength: number;
  inputMode?: "text";
  onChange: (value: string) => void;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        maxLength={maxLength}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      <span id={hintId} className="field__hint">
        {hint}
      </span>
    </div>
  );
}
