/** A labelled native <select>: accessible, keyboard-friendly and phone-friendly by default. */
import { useId } from "react";

interface Option {
  readonly value: string;
  readonly label: string;
  /** Not choosable now (Segmented): the hint the group is described by says why. */
  readonly disabled?: boolean;
}

interface OptionGroup {
  readonly label: string;
  readonly options: readonly Option[];
}

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options?: readonly Option[];
  readonly groups?: readonly OptionGroup[];
  readonly wide?: boolean;
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  groups,
  wide,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={wide ? "field field--wide" : "field"}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export interface SegmentedProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly onChange: (value: string) => void;
  /** The id of a hint that describes the group (e.g. why an option is disabled). */
  readonly describedBy?: string | undefined;
}

/** A small radio group that looks like a segmented control. */
export function Segmented({
  label,
  value,
  options,
  onChange,
  describedBy,
}: SegmentedProps) {
  const name = useId();
  return (
    <fieldset className="field segmented" aria-describedby={describedBy}>
      <legend>{label}</legend>
      <div className="segmented__options">
        {options.map((o) => (
          <label key={o.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              disabled={o.disabled}
              onChange={() => {
                onChange(o.value);
              }}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
