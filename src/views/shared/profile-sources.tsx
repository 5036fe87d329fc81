/**
 * The numbered references of a kommun's profile (profile-references.ts) and the dataset versions
 * in one line. Kommunprofil folds them behind "Källor"; the Kommunrapport ends with them.
 */
import { Fragment } from "react";

import { sourceText } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import { noteLang } from "@/domain/note-text";
import "@/i18n/views/profile";
import { useT } from "@/i18n/i18n";

import type { Reference } from "./profile-references";
import { versionLabel } from "./source-line";

/** "Title. Publisher. 2025" (a title that ends in "bef." gets no second full stop). */
function publication(ref: Reference): string {
  const { source } = ref;
  return [source.title, source.publisher, String(source.year)]
    .map((p) => p.replace(/\.$/, ""))
    .join(". ");
}

export function ReferenceList({
  references,
}: {
  readonly references: readonly Reference[];
}) {
  const { t, locale } = useT();
  return (
    <ol className="references">
      {references.map((ref) => (
        <li key={ref.number} value={ref.number}>
          {/* The publications' own (Swedish) words; a section that describes the place is translated. */}
          <span lang="sv">{publication(ref)}</span>
          {ref.sections.map((section, i) => {
            const text = sourceText(section);
            return (
              <Fragment key={section}>
                {i === 0 ? ". " : "; "}
                <span lang={noteLang(text, locale)}>
                  {text[locale].replace(/\.$/, "")}
                </span>
              </Fragment>
            );
          })}
          {ref.source.producer !== undefined && (
            <>
              {`. ${t("profile.producer")}: `}
              <span lang="sv">{ref.source.producer}</span>
            </>
          )}
          {ref.source.url !== undefined && (
            <>
              {". "}
              <span className="references__url">{ref.source.url}</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** "Dataversioner: befolkning v1, indikatorer v3, kolada-behov v1." (pinned versions say so). */
export function VersionsLine({
  datasets,
}: {
  readonly datasets: readonly DatasetMeta[];
}) {
  const { t } = useT();
  const list = [...datasets]
    .sort((a, b) => a.entry.id.localeCompare(b.entry.id))
    .map((d) => versionLabel(d, t))
    .join(", ");
  return <p className="versions-line">{t("profile.versions", { list })}</p>;
}
