import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root, two folders above this example. */
const REPOSITORY = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * Finds the folder of the ASEM dataset: `$PMM_ASEM_DIR` when set, else `../shared/data/asem`
 * next to the repository.
 *
 * @returns The folder's absolute path, whether or not it exists.
 * @example
 * ```ts
 * const directory = asemDirectory();
 * if (!existsSync(directory)) console.error(`no ASEM data in ${directory}`);
 * ```
 */
export function asemDirectory(): string {
  const override = process.env.PMM_ASEM_DIR;
  return override !== undefined && override !== "" ? resolve(override) : resolve(REPOSITORY, "../shared/data/asem");
}

/** Tells whether the ASEM dataset's two files are present in a folder. */
export function hasAsemData(directory: string = asemDirectory()): boolean {
  return existsSync(resolve(directory, "iMeta.csv")) && existsSync(resolve(directory, "iData.csv"));
}
