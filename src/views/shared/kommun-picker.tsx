/** "Markera kommuner": the kommun multi-select every view uses; codes stay in SCB order in the URL. */
import type { Area, AreaCode } from "@/domain/areas";
import { useT } from "@/i18n/i18n";
import { MultiCombobox } from "@/ui/multi-combobox";

export function KommunPicker({
  kommuner,
  selected,
  onChange,
}: {
  kommuner: readonly Area[];
  selected: readonly AreaCode[];
  onChange: (codes: AreaCode[]) => void;
}) {
  const { t } = useT();
  return (
    <MultiCombobox
      label={t("compare.kommuner")}
      hint={t("compare.kommunerHint")}
      options={kommuner.map((k) => ({ value: k.code, label: k.name }))}
      selected={selected}
      onChange={(codes) => {
        onChange(
          kommuner.filter((k) => codes.includes(k.code)).map((k) => k.code),
        );
      }}
      removeLabel={(name) => t("compare.remove", { name })}
      clearLabel={t("compare.clear")}
      noMatchLabel={t("compare.noMatch")}
    />
  );
}
