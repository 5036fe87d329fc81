/**
 * How the loader gets bytes: the browser fetches from `<base>/data/`, Node scripts and tests read
 * from public/data. The loader itself never knows which.
 */
export type ReadFile = (file: string) => Promise<Uint8Array>;

/** Raised by a ReadFile when the file cannot be had; the loader turns it into a DatasetError. */
export class ReadFileError extends Error {
  override readonly name = "ReadFileError";
}

/** Reads files from the app's own origin under BASE_URL/data/. */
export const fetchDataFile: ReadFile = async (file) => {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  let response: Response;
  try {
    // The manifest may change when a version is published; dataset files never do.
    response = await fetch(url, {
      cache: file === "manifest.json" ? "no-cache" : "default",
    });
  } catch (error) {
    throw new ReadFileError(
      error instanceof Error ? error.message : String(error),
    );
  }
  if (!response.ok)
    throw new ReadFileError(`HTTP ${response.status} for ${url}`);
  return new Uint8Array(await response.arrayBuffer());
};
