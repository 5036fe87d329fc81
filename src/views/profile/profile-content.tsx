/**
 * A kommun's profile once its data has settled, in the order a reader needs it: the datasets that
 * failed (the rest is still shown), the verdict on health and need, the facts and funding, one
 * spine chart (or table) per theme (optionally against the kommungrupp too), the gaps and the sources' statements, and the full citations
 * folded away behind "Källor".
 */
import { useMemo } from "react";

import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { citedLocator } from "../shared/locate";
import { AccessSection } from "../shared/access-section";
import { ProfileGaps, ProfileStatements } from "../shared/profile-lists";
import type { ProfileModel } from "../shared/profile-model";
import { profileReferences } from "../shared/profile-references";
import { ReferenceList, VersionsLine } from "../shared/profile-sources";
import { ProfileVerdict } from "../shared/profile-verdict";

import { lineFor, ProfileFacts } from "./profile-facts";
import { ProfileThemes } from "./profile-themes";
import { useGroupReferences } from "./use-group-references";

export function ProfileContent({
  model,
  showTable,
  onToggleTable,
  showGroup,
  onShowGroup,
}: {
  readonly model: ProfileModel;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  /** The kommungrupp comparison (`ref=group`). */
  readonly showGroup: boolean;
  readonly onShowGroup: (shown: boolean) => void;
}) {
  const { t, locale } = useT();
  const { series, datasets, failed } = model;
  const rows = useMemo(() => series.groups.flatMap((g) => g.rows), [series]);
  const group = useGroupReferences(series.kommun, rows, showGroup);
  const locate = citedLocator(datasets, locale);
  const references = profileReferences(model);
  return (
    <>
      {failed.length > 0 && (
        <section
          className="profile-errors"
          aria-label={t("profile.errorsTitle")}
        >
          <p>{t("profile.errorsTitle")}</p>
          {failed.map((f, i) => (
            <DatasetErrorMessage key={i} error={f.error} onRetry={f.retry} />
          ))}
        </section>
      )}
      <ProfileVerdict series={series} />
      <ProfileFacts model={model} />
      <ProfileThemes
        model={model}
        locate={locate}
        showTable={showTable}
        onToggleTable={onToggleTable}
        group={group}
        onShowGroup={onShowGroup}
      />
      <AccessSection kommun={series.kommun.name} />
      <ProfileGaps series={series} locate={locate} />
      <ProfileStatements
        series={series}
        locate={locate}
        sourceLine={lineFor(
          datasets,
          series.statements.map((s) => s.observation.sourceId),
          t,
          locale,
        )}
      />
      <details className="profile-sources card">
        <summary>{t("profile.sourcesTitle")}</summary>
        <p>{t("profile.sourcesIntro")}</p>
        <ReferenceList references={references.list} />
        <VersionsLine datasets={datasets} />
      </details>
    </>
  );
}
