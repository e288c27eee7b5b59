import { existsSync } from "node:fs";
import path from "node:path";
import { parseSubmission, type Submission } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import type { CycleInputContext } from "./context.js";
import { readDeclarationsCsv, type Declarations } from "./declarations-csv.js";
import { displayPath, readJsonFile, readTextFile } from "./files.js";
import { readSubmissionsCsv } from "./submissions-csv.js";
import { readSubmissionsJson } from "./submissions-json.js";

/** The files that hold one cycle's data, as found in the data folder. */
export interface CycleFiles {
  /** `submissions-<cycle>.csv` or `submissions-<cycle>.json`. */
  readonly submissions: string;
  /** `declarations-<cycle>.csv`, when there is one. */
  readonly declarations: string | undefined;
}

/**
 * Finds a cycle's files in the data folder. `<cycle>` is the cycle's id or its launch year, so
 * that `submissions-2025.csv` and `submissions-pmm-2025.csv` both work.
 *
 * @param dataDir - The data folder.
 * @param cycle - The cycle's id and launch year.
 * @param base - The folder paths in messages are relative to. Default: the working directory.
 * @returns The submissions file and the declarations file if any.
 * @throws {ReportInputError} when there is no submissions file, or when both a CSV and a JSON
 *   file are there.
 * @example
 * ```ts
 * findCycleFiles("data", { id: "pmm-2025", launchYear: 2025 });
 * // { submissions: "data/submissions-2025.csv", declarations: "data/declarations-2025.csv" }
 * ```
 */
export function findCycleFiles(dataDir: string, cycle: { id: string; launchYear: number }, base = process.cwd()): CycleFiles {
  const names = [...new Set([cycle.id, String(cycle.launchYear)])];
  const candidates = names.flatMap((name) => [`submissions-${name}.csv`, `submissions-${name}.json`]);
  const found = candidates.map((name) => path.join(dataDir, name)).filter((file) => existsSync(file));
  if (found.length === 0) {
    throw new ReportInputError(
      `Missing submissions for cycle "${cycle.id}": none of ${candidates.join(", ")} is in ${displayPath(dataDir, base)}.`,
      ["Add the cycle's data in the long CSV form administration,data_element,period,value, or remove the cycle from cycles.json."],
    );
  }
  if (found.length > 1) {
    throw new ReportInputError(`Ambiguous submissions for cycle "${cycle.id}": ${found.map((file) => displayPath(file, base)).join(" and ")} are both there. Keep one.`);
  }
  const declarationFile = names.map((name) => path.join(dataDir, `declarations-${name}.csv`)).find((file) => existsSync(file));
  return { submissions: found[0] as string, declarations: declarationFile };
}

/**
 * Reads one cycle's submissions (CSV or JSON) and declarations (CSV) and combines them into one
 * submission document per administration, sorted by administration id.
 *
 * @param files - The files found by {@link findCycleFiles}.
 * @param context - The cycle, framework and membership that rows are checked against.
 * @param dataDir - The data folder; set-aside rows name their file relative to it, so that
 *   report.json holds no absolute paths.
 * @param base - The folder paths in messages are relative to. Default: the working directory.
 * @returns The cycle's submissions, and the rows of other administrations set aside because
 *   they name a data element the framework does not define.
 * @throws {ReportInputError} on any bad row or document, or when a JSON submission and the
 *   declarations file declare different things for one KPI.
 * @example
 * ```ts
 * const { submissions } = await readCycleData(findCycleFiles("data", cycle), context, "data");
 * ```
 */
export async function readCycleData(files: CycleFiles, context: CycleInputContext, dataDir: string, base = process.cwd()): Promise<{ submissions: Submission[]; setAside: string[] }> {
  const declarations = files.declarations === undefined
    ? new Map<string, Declarations>()
    : readDeclarationsCsv(await readTextFile(files.declarations, "declarations file", base), displayPath(files.declarations, base), context);

  const submissionsFile = displayPath(files.submissions, base);
  // Set-aside rows go into report.json, which must not depend on where the data folder is.
  const inDataDir = { ...context, setAsideFile: path.relative(dataDir, files.submissions) };
  let submissions: Submission[];
  let setAside: string[];
  if (files.submissions.endsWith(".json")) {
    const json = await readJsonFile(files.submissions, "submissions file", base);
    ({ submissions, setAside } = readSubmissionsJson(json, submissionsFile, inDataDir));
  } else {
    const rows = readSubmissionsCsv(await readTextFile(files.submissions, "submissions file", base), submissionsFile, inDataDir);
    setAside = rows.setAside;
    submissions = [...rows.values].map(([administration, list]) => parseSubmission({ administration, cycle: context.cycle.id, values: list, status: "submitted" }));
  }

  const byAdministration = new Map(submissions.map((submission) => [submission.administration, submission]));
  const problems: string[] = [];
  for (const [administration, declared] of declarations) {
    const submission = byAdministration.get(administration) ?? parseSubmission({ administration, cycle: context.cycle.id, values: [], status: "submitted" });
    byAdministration.set(administration, mergeDeclarations(submission, declared, submissionsFile, problems));
  }
  if (problems.length > 0) {
    throw new ReportInputError(`Conflicting declarations between ${submissionsFile} and ${displayPath(files.declarations ?? "", base)}:`, problems);
  }

  const sorted = [...byAdministration.values()].sort((a, b) => compareCodeUnits(a.administration, b.administration));
  return { submissions: sorted, setAside };
}

function mergeDeclarations(submission: Submission, declared: Declarations, file: string, problems: string[]): Submission {
  const conflict = (kpi: string, what: string): void => {
    problems.push(`${submission.administration} ${kpi}: ${what} differs from the one in ${file}: keep it in one file`);
  };

  const notApplicable = [...submission.notApplicable];
  for (const declaration of declared.notApplicable) {
    const existing = notApplicable.find((item) => item.kpi === declaration.kpi);
    if (existing === undefined) notApplicable.push(declaration);
    else if (existing.reason !== declaration.reason) conflict(declaration.kpi, "the not-applicable reason");
  }
  for (const [kpi, level] of Object.entries(declared.disclosure)) {
    const existing = submission.disclosure[kpi];
    if (existing !== undefined && existing !== level) conflict(kpi, "the disclosure level");
  }
  for (const [kpi, target] of Object.entries(declared.nationalTargets)) {
    const existing = submission.nationalTargets[kpi];
    if (existing !== undefined && existing !== target) conflict(kpi, "the national target");
  }

  return {
    ...submission,
    notApplicable,
    disclosure: { ...submission.disclosure, ...declared.disclosure },
    nationalTargets: { ...submission.nationalTargets, ...declared.nationalTargets },
  };
}

function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
