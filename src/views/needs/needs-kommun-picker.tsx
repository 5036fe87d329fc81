/** The kommun multi-select of Behov och resurser (the shared combobox with this view's words). */
import type { Area, AreaCode } from "@/domain/areas";
import { useT } from "@/i18n/i18n";
import { MultiCombobox } from "@/ui/multi-combobox";

export interface NeedsKommunPickerProps {
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly onChange: (codes: AreaCode[]) => void;
}

export function NeedsKommunPicker({
  kommuner,
  selected,
  onChange,
}: NeedsKommunPickerProps) {
  const { t } = useT();
  return (
    <MultiCombobox
      label={t("needs.kommuner")}
      hint={t("needs.kommunerHint")}
      options={kommuner.map((k) => ({ value: k.code, label: k.name }))}
      selected={selected}
      onChange={(codes) => {
        onChange(
          kommuner.filter((k) => codes.includes(k.code)).map((k) => k.code),
        );
      }}
      removeLabel={(name) => t("needs.remove", { name })}
      clearLabel={t("needs.clear")}
      noMatchLabel={t("needs.noMatch")}
    />
  );
}
