/** Placeholder: this view is being built (issue 4). */
import { useT } from "@/i18n/i18n";

export default function View() {
  const { t } = useT();
  return <h1 className="view-title">{t("map.heading")}</h1>;
}
