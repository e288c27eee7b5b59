import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCycleReport, type ExitStatus } from "../src/cli.js";

/** The output of one in-process run of the command. */
export interface RunResult {
  status: ExitStatus;
  stdout: string;
  stderr: string;
}

/** Runs the command in this process and captures what it prints. */
export async function runInProcess(argv: readonly string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const status = await runCycleReport(argv, {
    stdout: (text) => {
      stdout += `${text}\n`;
    },
    stderr: (text) => {
      stderr += `${text}\n`;
    },
  });
  return { status, stdout, stderr };
}

/** Makes a fresh temporary folder; remove it with {@link removeFolder}. */
export function makeTemporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `pmm-cycle-report-${prefix}-`));
}

/** Removes a folder and everything in it. */
export function removeFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true });
}

/** Reads a folder's files (names and contents), or `undefined` when it does not exist. */
export async function snapshotFolder(folder: string): Promise<Map<string, string> | undefined> {
  try {
    await stat(folder);
  } catch {
    return undefined;
  }
  const files = new Map<string, string>();
  for (const name of (await readdir(folder)).sort()) files.set(name, await readFile(path.join(folder, name), "utf8"));
  return files;
}

/** Reads and parses a report.json. */
export async function readReport(outDir: string): Promise<Record<string, any>> {
  return JSON.parse(await readFile(path.join(outDir, "report.json"), "utf8")) as Record<string, any>;
}
