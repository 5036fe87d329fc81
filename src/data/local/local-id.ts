/**
 * Local dataset ids ("Egen data"): small on purpose, since the query layer in the app shell
 * needs them; everything else about local datasets loads on demand.
 */

/** Local dataset ids start with this prefix; published ids never do (they come from the manifest). */
const LOCAL_PREFIX = "egen-";

export const isLocalDatasetId = (id: string): boolean =>
  id.startsWith(LOCAL_PREFIX);

/** A stable id for a file's content: the prefix and the first 10 hex digits of its SHA-256. */
export const localDatasetId = (sha256: string): string =>
  `${LOCAL_PREFIX}${sha256.slice(0, 10)}`;
