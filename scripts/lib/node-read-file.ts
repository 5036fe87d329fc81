/** ReadFile for Node: reads published files from public/data (or another folder). */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { ReadFileError, type ReadFile } from "../../src/data/read-file";

import { DATA_DIR } from "./paths";

export function nodeReadFile(dir: string = DATA_DIR): ReadFile {
  return async (file) => {
    try {
      return new Uint8Array(await readFile(resolve(dir, file)));
    } catch (error) {
      throw new ReadFileError(
        error instanceof Error ? error.message : String(error),
      );
    }
  };
}
