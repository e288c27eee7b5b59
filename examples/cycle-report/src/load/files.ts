import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ModelProblem, SafeParseResult } from "@pmm/model";
import { ReportInputError } from "../errors.js";

/**
 * Writes a path the way messages show it: relative to the folder the user ran the command in
 * when it is inside that folder, absolute otherwise.
 *
 * @param file - The path to show.
 * @param base - The folder the user typed the command in. Default: the working directory,
 *   which differs from it under `pnpm --filter` (the command then runs in the package folder).
 * @example
 * ```ts
 * displayPath("/home/me/data/cycles.json", "/home/me"); // "data/cycles.json"
 * ```
 */
export function displayPath(file: string, base = process.cwd()): string {
  const relative = path.relative(base, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.resolve(file);
}

/**
 * Reads a UTF-8 text file.
 *
 * @param file - The path to read.
 * @param role - What the file is, for the message, such as `"framework"`.
 * @param base - The folder paths in messages are relative to. Default: the working directory.
 * @returns The file's content.
 * @throws {ReportInputError} when the file is missing or cannot be read, naming the path and the
 *   flag or file name that sets it.
 * @example
 * ```ts
 * const text = await readTextFile("data/cycles.json", "cycles file");
 * ```
 */
export async function readTextFile(file: string, role: string, base = process.cwd()): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ReportInputError(`Missing ${role}: ${displayPath(file, base)} does not exist.`);
    if (code === "EISDIR") throw new ReportInputError(`Invalid ${role}: ${displayPath(file, base)} is a folder, not a file.`);
    throw new ReportInputError(`Cannot read the ${role} ${displayPath(file, base)}: ${(error as Error).message}`);
  }
}

/**
 * Reads and parses a JSON file.
 *
 * @param base - The folder paths in messages are relative to. Default: the working directory.
 * @returns The parsed JSON value, not yet checked against any schema.
 * @throws {ReportInputError} when the file is missing or is not valid JSON; a syntax error names
 *   the line and column.
 * @example
 * ```ts
 * const json = await readJsonFile("data/administrations.json", "administrations file");
 * ```
 */
export async function readJsonFile(file: string, role: string, base = process.cwd()): Promise<unknown> {
  const text = await readTextFile(file, role, base);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? displayPath(file, base) : `${displayPath(file, base)}:${lineAndColumn(text, Number(position))}`;
    throw new ReportInputError(`Invalid ${role}: ${where}: the file is not valid JSON (${message}).`);
  }
}

/**
 * Checks a parsed JSON document with one of the model's `safeParse*` functions.
 *
 * @param file - The file the document came from, for the message.
 * @param role - What the document is, such as `"administrations file"`.
 * @param safeParse - The model's parser, such as `safeParseMembership`.
 * @param input - The parsed JSON.
 * @param base - The folder paths in messages are relative to. Default: the working directory.
 * @returns The typed document.
 * @throws {ReportInputError} listing every problem as `file: path: message`.
 * @example
 * ```ts
 * const membership = checkDocument("data/administrations.json", "administrations file", safeParseMembership, json);
 * ```
 */
export function checkDocument<T>(file: string, role: string, safeParse: (input: unknown) => SafeParseResult<T>, input: unknown, base = process.cwd()): T {
  const result = safeParse(input);
  if (result.success) return result.data;
  throw new ReportInputError(`Invalid ${role} ${displayPath(file, base)}:`, result.problems.map((problem) => formatProblem(displayPath(file, base), problem)));
}

function formatProblem(shownFile: string, problem: ModelProblem): string {
  const where = problem.path === "" ? "(document)" : problem.path;
  const received = problem.received === undefined || typeof problem.received === "object" ? "" : ` (found ${JSON.stringify(problem.received)})`;
  return `${shownFile}: ${where}: ${problem.message}${received}`;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `${line}:${column}`;
}
