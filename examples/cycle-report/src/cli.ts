import path from "node:path";
import { assess } from "./assess/assess.js";
import { isReportInputError } from "./errors.js";
import { renderPage } from "./html/page.js";
import { displayPath } from "./load/files.js";
import { loadDataset } from "./load/dataset.js";
import { helpText, parseCommandLine, type ReportOptions } from "./options.js";
import { writeOutputFolder } from "./output.js";
import { buildReportJson } from "./report/json.js";
import { renderTerminalSummary } from "./report/terminal.js";
import { buildView } from "./view/build.js";

/** The output streams of the command: the summary goes to stdout, errors to stderr. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit status: 0 when the report was written, 1 on bad input, 2 on an unexpected failure (a bug). */
export type ExitStatus = 0 | 1 | 2;

const PROCESS_IO: CommandIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Runs the cycle report command: reads the flags, loads and checks the inputs, runs the engine,
 * prints the terminal summary and writes report.json and report.html. Nothing is written when
 * an input is bad, and the output folder is replaced in one step at the end.
 *
 * @param argv - The arguments after the script name, such as `["--administration", "ADM102"]`.
 * @param io - Where messages go. Default: the process's stdout and stderr.
 * @param cwd - The folder relative paths are resolved against. Default: the working directory.
 * @returns The exit status: 0 on success, 1 with one message on stderr on bad input, 2 on an
 *   unexpected failure.
 * @example
 * ```ts
 * process.exitCode = await runCycleReport(process.argv.slice(2));
 * ```
 */
export async function runCycleReport(argv: readonly string[], io: CommandIo = PROCESS_IO, cwd = process.cwd()): Promise<ExitStatus> {
  try {
    const parsed = parseCommandLine(argv[0] === "--" ? argv.slice(1) : argv, cwd);
    if (parsed.help) {
      io.stdout(helpText(cwd));
      return 0;
    }
    const written = await createReport(parsed.options);
    io.stdout(written.summary);
    io.stdout(`\nWrote ${written.files.map((file) => displayPath(file, cwd)).join(" and ")}.`);
    return 0;
  } catch (error) {
    if (isReportInputError(error)) {
      io.stderr(`Error: ${error.message}`);
      return 1;
    }
    io.stderr(`Unexpected failure, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

/**
 * Computes the report and writes its files.
 *
 * @param options - The parsed flags.
 * @returns The terminal summary and the paths written.
 * @throws {ReportInputError} on bad input.
 *
 * @example
 * ```ts
 * const { summary } = await createReport(parseCommandLine(["--administration", "ADM102"]).options);
 * ```
 */
export async function createReport(options: ReportOptions): Promise<{ summary: string; files: string[] }> {
  const dataset = await loadDataset({
    dataDir: options.dataDir,
    frameworkFile: options.frameworkFile,
    cycleId: options.cycleId,
    administration: options.administration,
    cwd: options.cwd,
  });
  const assessment = assess(dataset, options);

  const view = buildView(assessment);
  const json = `${JSON.stringify(buildReportJson(assessment), null, 2)}\n`;
  const page = renderPage(view);

  await writeOutputFolder(options.outDir, [
    { name: "report.json", content: json },
    { name: "report.html", content: page },
  ], { base: options.cwd });
  return {
    summary: renderTerminalSummary(view, assessment.setAside),
    files: [path.join(options.outDir, "report.json"), path.join(options.outDir, "report.html")],
  };
}
