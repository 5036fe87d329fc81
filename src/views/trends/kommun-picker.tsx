/** The trend view's kommun multi-select: type to search, in SCB code order in the URL. */
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
      label={t("trends.kommuner")}
      hint={t("trends.kommunerHint")}
      options={kommuner.map((k) => ({ value: k.code, label: k.name }))}
      selected={selected}
      onChange={(codes) => {
        onChange(
          kommuner.filter((k) => codes.includes(k.code)).map((k) => k.code),
        );
      }}
      removeLabel={(name) => t("trends.remove", { name })}
      clearLabel={t("trends.clear")}
      noMatchLabel={t("trends.noMatch")}
    />
  );
}
