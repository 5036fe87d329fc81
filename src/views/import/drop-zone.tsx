/**
 * Where a file comes in: a native file input (keyboard and screen-reader friendly) inside a zone
 * that also accepts a dropped file.
 */
import { useId, useState } from "react";

import { useT } from "@/i18n/i18n";

export function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useT();
  const id = useId();
  const [over, setOver] = useState(false);
  return (
    // Dropping is a pointer shortcut; the file input inside is the keyboard and screen-reader path.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={over ? "drop-zone drop-zone--over" : "drop-zone"}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => {
        setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p className="drop-zone__text" aria-hidden="true">
        {t("importView.drop")}
      </p>
      <p className="drop-zone__or" aria-hidden="true">
        {t("importView.or")}
      </p>
      <label htmlFor={id} className="button button--primary drop-zone__button">
        {t("importView.choose")}
      </label>
      <input
        id={id}
        className="visually-hidden drop-zone__input"
        type="file"
        accept=".csv,.txt,.tsv,.json,.px,text/csv,application/json,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
