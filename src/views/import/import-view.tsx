/** Import: placeholder, built in its own issue. */
import "@/i18n/views/import";
import { useT } from "@/i18n/i18n";

export default function ImportView() {
  const { t } = useT();
  return (
    <>
      <h1 className="view-title">{t("importView.heading")}</h1>
      <p className="view-intro">{t("importView.intro")}</p>
    </>
  );
}
