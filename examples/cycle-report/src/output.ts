import { existsSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import path from "node:path";
import { ReportInputError } from "./errors.js";
import { displayPath } from "./load/files.js";

/** One file to write into the output folder. */
export interface OutputFile {
  /** The file name, without folders, such as `report.json`. */
  readonly name: string;
  readonly content: string;
}

/** The file system functions the writer uses; tests replace one to simulate a failure. */
export type OutputFileSystem = Pick<typeof fsPromises, "chmod" | "mkdir" | "mkdtemp" | "readdir" | "rename" | "rm" | "stat" | "writeFile">;

/** Where paths in messages start, and the file system to write with. */
export interface WriteOptions {
  /** The folder the user ran the command in. Default: the working directory. */
  readonly base?: string;
  /** Default: node:fs/promises. */
  readonly fileSystem?: OutputFileSystem;
}

/** Error codes that mean the output folder cannot be written: the user must choose another. */
const WRITE_REFUSED: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

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
 * @param options - The folder paths in messages start from, and the file system functions.
 * @throws {ReportInputError} when the output folder is a file or holds other files, or when it
 *   cannot be written: permission denied, read-only file system or no space left.
 * @example
 * ```ts
 * await writeOutputFolder("out", [{ name: "report.json", content: "{}\n" }]);
 * ```
 */
export async function writeOutputFolder(outDir: string, files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  const base = options.base ?? process.cwd();
  const fileSystem = options.fileSystem ?? fsPromises;
  try {
    await replaceFolder(outDir, files, base, fileSystem);
  } catch (error) {
    throw describeWriteError(error, outDir, base);
  }
}

/**
 * Turns a failure to write the output folder that the user can fix (permission denied, a
 * read-only file system, no space left) into a {@link ReportInputError} naming the folder;
 * returns any other error as it is.
 *
 * @param error - What the file system threw.
 * @param outDir - The output folder.
 * @param base - The folder paths in messages start from. Default: the working directory.
 * @returns The error to throw.
 * @example
 * ```ts
 * describeWriteError(Object.assign(new Error("EACCES"), { code: "EACCES" }), "/srv/out").message;
 * // "cannot write the report to /srv/out: permission denied; choose another --out"
 * ```
 */
export function describeWriteError(error: unknown, outDir: string, base = process.cwd()): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : WRITE_REFUSED[code];
  if (reason === undefined) return error;
  return new ReportInputError(`cannot write the report to ${displayPath(outDir, base)}: ${reason}; choose another --out`);
}

async function replaceFolder(outDir: string, files: readonly OutputFile[], base: string, fileSystem: OutputFileSystem): Promise<void> {
  const { chmod, mkdir, mkdtemp, rename, rm, writeFile } = fileSystem;
  await checkReplaceable(outDir, base, fileSystem);

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

async function checkReplaceable(outDir: string, base: string, fileSystem: OutputFileSystem): Promise<void> {
  let entries: string[];
  try {
    const info = await fileSystem.stat(outDir);
    if (!info.isDirectory()) throw new ReportInputError(`--out ${displayPath(outDir, base)} is a file: give a folder.`);
    entries = await fileSystem.readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const foreign = entries.filter((name) => !(REPORT_FILE_NAMES as readonly string[]).includes(name));
  if (foreign.length > 0) {
    throw new ReportInputError(
      `--out ${displayPath(outDir, base)} contains other files (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""}), and the report replaces the whole folder.`,
      ["Give a new or empty folder, or one that contains only report.json and report.html."],
    );
  }
}
