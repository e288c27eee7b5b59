import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { ReportInputError } from "./errors.js";
import { displayPath } from "./load/files.js";

/** One file to write into the output folder. */
export interface OutputFile {
  /** The file name, without folders, such as `report.json`. */
  readonly name: string;
  readonly content: string;
}

/** The files this program writes; an existing output folder may hold only these. */
export const REPORT_FILE_NAMES = ["report.json", "report.html"] as const;

/**
 * Writes the report files so that the output folder is never left half-written: the files go
 * into a temporary folder next to it, which then replaces the output folder in one rename. On
 * failure the temporary folder is removed and the output folder is as it was.
 *
 * An existing output folder is replaced only when it contains nothing but files this program
 * writes, so that `--out` pointed at a folder with other content cannot delete it.
 *
 * @param outDir - The output folder; created with its parents when missing.
 * @param files - The files to write.
 * @throws {ReportInputError} when the output folder is a file or holds other files.
 * @example
 * ```ts
 * await writeOutputFolder("out", [{ name: "report.json", content: "{}\n" }]);
 * ```
 */
export async function writeOutputFolder(outDir: string, files: readonly OutputFile[]): Promise<void> {
  await checkReplaceable(outDir);

  const parent = path.dirname(outDir);
  await mkdir(parent, { recursive: true });
  const temporary = await mkdtemp(path.join(parent, `.${path.basename(outDir)}.tmp-`));
  let previous: string | undefined;
  try {
    // mkdtemp makes the folder private (0700); the output folder is an ordinary one.
    await chmod(temporary, 0o755);
    for (const file of files) await writeFile(path.join(temporary, file.name), file.content, "utf8");

    if (existsSync(outDir)) {
      previous = `${temporary}-previous`;
      await rename(outDir, previous);
    }
    try {
      await rename(temporary, outDir);
    } catch (error) {
      if (previous !== undefined) await rename(previous, outDir);
      previous = undefined;
      throw error;
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  if (previous !== undefined) await rm(previous, { recursive: true, force: true });
}

async function checkReplaceable(outDir: string): Promise<void> {
  let entries: string[];
  try {
    const info = await stat(outDir);
    if (!info.isDirectory()) throw new ReportInputError(`--out ${displayPath(outDir)} is a file: give a folder.`);
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const foreign = entries.filter((name) => !(REPORT_FILE_NAMES as readonly string[]).includes(name));
  if (foreign.length > 0) {
    throw new ReportInputError(
      `--out ${displayPath(outDir)} contains other files (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""}), and the report replaces the whole folder.`,
      ["Give a new or empty folder, or one that contains only report.json and report.html."],
    );
  }
}
