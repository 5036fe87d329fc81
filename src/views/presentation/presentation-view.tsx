/** Presentation: placeholder, built in its own issue. */
import "@/i18n/views/presentation";
import { useT } from "@/i18n/i18n";

export default function PresentationView() {
  const { t } = useT();
  return (
    <>
      <h1 className="view-title">{t("presentation.heading")}</h1>
      <p className="view-intro">{t("presentation.intro")}</p>
    </>
  );
}
