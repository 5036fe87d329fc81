/** Accessibility: placeholder, built in its own issue. */
import "@/i18n/views/accessibility";
import { useT } from "@/i18n/i18n";

export default function AccessibilityView() {
  const { t } = useT();
  return (
    <>
      <h1 className="view-title">{t("accessibility.heading")}</h1>
      <p className="view-intro">{t("accessibility.intro")}</p>
    </>
  );
}
