/**
 * A kommun's name on a tile. Names are never hyphenated (CSS `hyphens: none`): where a long name
 * cannot fit a narrow tile it breaks between the parts of the compound, with no hyphen drawn
 * ("Sollen" / "tuna"), at the places listed here and nowhere else.
 */
import { Fragment } from "react";

/** Where a name may break on a narrow tile (display only; "|" marks the place). */
const BREAKS: readonly string[] = [
  "Bot|kyrka",
  "Dande|ryd",
  "Hud|dinge",
  "Jär|fälla",
  "Norr|tälje",
  "Ny|kvarn",
  "Nynäs|hamn",
  "Sig|tuna",
  "Sollen|tuna",
  "Stock|holm",
  "Sundby|berg",
  "Söder|tälje",
  "Vallen|tuna",
  "Öster|åker",
];

const PARTS: ReadonlyMap<string, readonly string[]> = new Map(
  BREAKS.map((b) => [b.replaceAll("|", ""), b.split("|")]),
);

/** The name's parts where it may break: ["Sollen", "tuna"]; one part when it never breaks. */
function nameParts(name: string): readonly string[] {
  return PARTS.get(name) ?? [name];
}

export function TileName({ name }: { readonly name: string }) {
  return nameParts(name).map((part, i) => (
    <Fragment key={part}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
