/** The buttons of the "Kolumner" form that save its choices as a JSON file and load such a file. */
import { useId } from "react";

import { useT } from "@/i18n/i18n";

export function MappingFiles({
  onSave,
  onLoad,
}: {
  onSave: () => void;
  onLoad: (file: File) => void;
}) {
  const { t } = useT();
  const loadId = useId();
  const saveHintId = useId();
  return (
    <div className="import-mapping__files">
      <div>
        <button
          type="button"
          className="button"
          aria-describedby={saveHintId}
          onClick={onSave}
        >
          {t("importView.mapping.save")}
        </button>
        <p id={saveHintId} className="field__hint">
          {t("importView.mapping.saveHint")}
        </p>
      </div>
      <div className="import-mapping__load">
        <label htmlFor={loadId} className="button">
          {t("importView.mapping.load")}
        </label>
        <input
          id={loadId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) onLoad(file);
          }}
        />
      </div>
    </div>
  );
}
