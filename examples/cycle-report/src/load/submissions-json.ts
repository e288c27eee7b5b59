import { safeParseSubmission, type Submission } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import { checkAdministration, checkDataElement, checkKpi, type CycleInputContext } from "./context.js";

/**
 * Checks a submissions JSON document: an array of submission documents of one cycle, at most
 * one per administration.
 *
 * @param json - The parsed JSON.
 * @param file - The file name for messages.
 * @param context - The cycle, framework and membership that submissions are checked against.
 * @returns The submissions in file order, and the figures set aside: in the submissions of
 *   other administrations than the reported one, figures of a data element the framework does
 *   not define are left out and listed as `file: [index].path: message`.
 * @throws {ReportInputError} listing every problem as `file: [index].path: message`: a document
 *   that does not match the submission schema, another cycle, an administration not in the
 *   membership, an unknown data element in the reported administration's submission, an unknown
 *   KPI, or two submissions of one administration.
 * @example
 * ```ts
 * const { submissions } = readSubmissionsJson(JSON.parse(text), "data/submissions-2025.json", context);
 * ```
 */
export function readSubmissionsJson(json: unknown, file: string, context: CycleInputContext): { submissions: Submission[]; setAside: string[] } {
  if (!Array.isArray(json)) {
    throw new ReportInputError(`Invalid submissions in ${file}: expected an array of submission documents, found ${json === null ? "null" : typeof json}.`);
  }

  const problems: string[] = [];
  const setAside: string[] = [];
  const submissions: Submission[] = [];
  const firstIndex = new Map<string, number>();

  json.forEach((document: unknown, index) => {
    const result = safeParseSubmission(document);
    if (!result.success) {
      for (const problem of result.problems) problems.push(`${file}: [${index}]${problem.path === "" ? "" : `.${problem.path}`}: ${problem.message}`);
      return;
    }
    const submission = result.data;
    const at = (path: string, message: string | undefined): void => {
      if (message !== undefined) problems.push(`${file}: [${index}].${path}: ${message}`);
    };

    if (submission.cycle !== context.cycle.id) {
      at("cycle", `cycle "${submission.cycle}" is not the file's cycle "${context.cycle.id}": move the submission to that cycle's file or correct the id`);
    }
    at("administration", checkAdministration(submission.administration, context));
    const kept = submission.values.filter((value, valueIndex) => {
      const problem = checkDataElement(value.dataElement, context);
      if (problem === undefined) return true;
      if (submission.administration === context.reported) at(`values[${valueIndex}].dataElement`, problem);
      else setAside.push(`${context.setAsideFile ?? file}: [${index}].values[${valueIndex}].dataElement: ${problem} The figure of ${submission.administration} is left out.`);
      return false;
    });
    submission.notApplicable.forEach((declaration, declarationIndex) => at(`notApplicable[${declarationIndex}].kpi`, checkKpi(declaration.kpi, context)));
    for (const kpi of Object.keys(submission.disclosure)) at(`disclosure.${kpi}`, checkKpi(kpi, context));
    for (const kpi of Object.keys(submission.nationalTargets)) at(`nationalTargets.${kpi}`, checkKpi(kpi, context));

    const first = firstIndex.get(submission.administration);
    if (first !== undefined) at("administration", `administration "${submission.administration}" already has a submission at [${first}]: keep one per administration and cycle`);
    else firstIndex.set(submission.administration, index);

    submissions.push({ ...submission, values: kept });
  });

  if (problems.length > 0) throw new ReportInputError(`Invalid submissions in ${file}:`, problems);
  return { submissions, setAside };
}
