/** A native radio group in a fieldset, for the choices of the "Kolumner" form; children follow it. */
import { useId, type ReactNode } from "react";

export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  children,
}: {
  legend: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (value: V) => void;
  children?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className="field import-mapping__choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="import-mapping__radio">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => {
              onChange(o.value);
            }}
          />{" "}
          {o.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
