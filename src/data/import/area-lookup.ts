/**
 * The lookups behind AreaMatcher, uncached: a code cell or a name cell against the index of the
 * context's areas and the rest of Sweden, with the note a reading that needed interpretation gets.
 */
import {
  type AreaIndex,
  COUNTRY,
  COUNTY,
  foldKey,
  nameKey,
} from "./area-index";
import { koladaCodeNote, nameNote, paddedCodeNote } from "./area-notes";
import {
  type AreaNote,
  type AreaResult,
  areaMismatch,
  isOutside,
  MISSING_AREA,
  outsideCounty,
  type OutsideArea,
  unknownCode,
  unknownName,
  ZERO_CODE,
} from "./area-results";

const SUFFIXES = [" kommun", " stad", " municipality", " kommune"];

/** The area's name for messages ("Botkyrka"). */
export function displayName(
  code: string,
  names: ReadonlyMap<string, string>,
): string {
  return (
    names.get(code) ??
    (code === COUNTRY ? "Riket" : code === COUNTY ? "Stockholms län" : code)
  );
}

/** An area of the context, or an unknown code when the context does not have it. */
export function okArea(
  index: AreaIndex,
  code: string,
  note: AreaNote | null,
): AreaResult {
  const at = index.byCode.get(code);
  if (at === undefined) return unknownCode(code);
  return { ok: true, code, index: at, note };
}

/** A kommun or län of Sweden outside the county (kept at its dense index). */
export function outsideArea(
  index: AreaIndex,
  text: string,
  code: string,
): OutsideArea {
  return outsideCounty(
    text,
    code,
    index.national.get(code) ?? code,
    index.nationalIndex.get(code) ?? -1,
  );
}

/**
 * A code elsewhere in Sweden with a name beside it (in the same cell, or a name column): kept
 * when the name is the same area (a län by any of its names), a mismatch when it names another
 * area. A name that is no area at all (an English or older spelling) leaves the code to decide.
 */
export function outsideWithName(
  index: AreaIndex,
  byCode: OutsideArea,
  texts: { readonly code: string; readonly name: string },
): AreaResult {
  const { code } = byCode.kept;
  const byName = lookupName(index, texts.name);
  const nameCode = byName.ok
    ? byName.code
    : isOutside(byName.code) && "kept" in byName
      ? byName.kept.code
      : null;
  if (nameCode === code) return byCode;
  if (code.length === 2) {
    const key = nameKey(texts.name);
    const county =
      index.countyByName.get(key) ?? index.countyByName.get(foldKey(key));
    if (county === code) return byCode;
  }
  if (nameCode === null) return byCode;
  const codeName = index.national.get(code) ?? code;
  return areaMismatch(
    texts.code,
    texts.name,
    codeName,
    byName.ok
      ? { name: displayName(nameCode, index.names) }
      : { outside: texts.name },
  );
}

/** A cell of digits: an SCB code, padded ("127" → "0127") or Kolada's ("0001" → "01"). */
function lookupCode(index: AreaIndex, text: string): AreaResult {
  if (text.length === 4 && text.startsWith("00")) {
    // Kolada: "0000" is Riket, "00NN" region NN ("0001" Region Stockholm).
    const code = text === "0000" ? COUNTRY : text.slice(2);
    if (code === COUNTRY || code === COUNTY) {
      return okArea(
        index,
        code,
        koladaCodeNote(text, code, displayName(code, index.names)),
      );
    }
    if (index.national.has(code)) return outsideArea(index, text, code);
    return unknownCode(text);
  }
  if (text === "0") return ZERO_CODE;
  let code = text;
  if (text.length === 3) code = `0${text}`;
  else if (text.length === 1) code = `0${text}`;
  if (code.length !== 2 && code.length !== 4) return unknownCode(text);
  if (index.byCode.has(code)) {
    if (code === text) return okArea(index, code, null);
    return okArea(
      index,
      code,
      paddedCodeNote(text, code, displayName(code, index.names)),
    );
  }
  if (index.national.has(code)) return outsideArea(index, text, code);
  return unknownCode(text);
}

/** A name cell: the context's names and aliases, a "kommun"/"stad" suffix removed, then Sweden. */
function lookupName(index: AreaIndex, text: string): AreaResult {
  let key = nameKey(text);
  let code = index.byName.get(key);
  if (code === undefined) {
    for (const suffix of SUFFIXES) {
      if (!key.endsWith(suffix)) continue;
      const base = key.slice(0, -suffix.length).trim();
      code =
        index.byName.get(base) ??
        (base.endsWith("s") ? index.byName.get(base.slice(0, -1)) : undefined);
      if (code !== undefined) {
        key = base;
        break;
      }
    }
  }
  code ??= index.byFolded.get(foldKey(key));
  if (code === undefined) {
    const national =
      index.nationalByName.get(key) ?? index.nationalByName.get(foldKey(key));
    if (national !== undefined) return outsideArea(index, text, national);
    return unknownName(text);
  }
  const own = text === index.names.get(code);
  return okArea(
    index,
    code,
    nameNote(text, code, own ? null : displayName(code, index.names)),
  );
}

/** One area cell: a code, a name, or both ("0127 Botkyrka", "Botkyrka (0127)"), which must agree. */
export function lookupCell(index: AreaIndex, raw: string): AreaResult {
  const text = raw
    .normalize("NFC")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
  if (text === "") return MISSING_AREA;
  if (/^\d+$/.test(text)) return lookupCode(index, text);
  // "0127 Botkyrka" (PxWeb, SCB) or "Botkyrka (0127)".
  const codeFirst = /^(\d{1,4})\s*[-–:]?\s*(\D.*)$/.exec(text);
  const nameFirst = codeFirst ? null : /^(\D.*?)\s*\((\d{1,4})\)$/.exec(text);
  if (codeFirst ?? nameFirst) {
    const codeText = (codeFirst ? codeFirst[1] : nameFirst?.[2]) ?? "";
    const nameText = (codeFirst ? codeFirst[2] : nameFirst?.[1]) ?? "";
    const byCode = lookupCode(index, codeText);
    if (!byCode.ok)
      return "kept" in byCode
        ? outsideWithName(index, byCode, { code: codeText, name: nameText })
        : byCode;
    const byName = lookupName(index, nameText);
    if (!byName.ok && isOutside(byName.code))
      return areaMismatch(
        codeText,
        nameText,
        displayName(byCode.code, index.names),
        {
          outside: nameText,
        },
      );
    if (!byName.ok)
      return areaMismatch(
        codeText,
        nameText,
        displayName(byCode.code, index.names),
        null,
      );
    if (byName.code !== byCode.code)
      return areaMismatch(
        codeText,
        nameText,
        displayName(byCode.code, index.names),
        {
          name: displayName(byName.code, index.names),
        },
      );
    return byCode;
  }
  return lookupName(index, text);
}
