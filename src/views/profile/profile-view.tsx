/**
 * Kommunprofil: one kommun against the county on every indicator. The kommun is the first code in
 * the URL's `kommuner`, so the selection carries between views. Without one, the 26 kommuner to
 * choose from; with one, the verdict first, then the facts, the charts and the sources
 * (profile-content). The data comes from views/shared/use-profile-data, as the Kommunrapport's.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/profile";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { DataGate } from "../shared/data-gate";
import { GatedView } from "../shared/gated-view";
import { UrlNotices } from "../shared/url-notices";
import { useProfileData } from "../shared/use-profile-data";

import { KommunChooser } from "./kommun-chooser";
import { KommunPicker } from "./kommun-picker";
import { ProfileContent } from "./profile-content";
import "./profile.css";

export default function ProfileView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const data = useProfileData(url.state.kommuner);
  const { kommun } = data;
  return (
    <GatedView
      title={
        kommun
          ? t("profile.headingKommun", { name: kommun.name })
          : t("profile.heading")
      }
      lead={<UrlNotices notices={data.notices} />}
      gate={data.base}
    >
      {() =>
        kommun ? (
          <>
            <KommunPicker data={data} kommun={kommun} url={url} />
            <DataGate gate={data.model}>
              {(model) => (
                <ProfileContent
                  model={model}
                  showTable={url.state.table}
                  onToggleTable={() => {
                    url.update({ table: !url.state.table });
                  }}
                  showGroup={url.state.ref === "group"}
                  onShowGroup={(shown) => {
                    url.update({ ref: shown ? "group" : "county" });
                  }}
                />
              )}
            </DataGate>
          </>
        ) : (
          <KommunChooser kommuner={data.kommuner} url={url} />
        )
      }
    </GatedView>
  );
}
