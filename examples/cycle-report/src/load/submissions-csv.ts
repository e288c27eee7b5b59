import type { DataValue } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import { checkAdministration, checkDataElement, type CycleInputContext } from "./context.js";
import { fieldLocation, parseCsv } from "./csv.js";
import { parseDecimalField, parsePeriodField } from "./values.js";

/** The columns of a submissions CSV file, in the long form: one figure per row. */
export const SUBMISSION_COLUMNS = ["administration", "data_element", "period", "value"] as const;

/** The figures read from a submissions file, and the rows set aside. */
export interface SubmissionRows {
  /** The figures per administration id, in file order. */
  readonly values: Map<string, DataValue[]>;
  /**
   * Rows of other administrations than the reported one that name a data element the framework
   * does not define, as `file:line:column: message`. They are left out of the computation.
   */
  readonly setAside: string[];
}

/**
 * Reads a submissions CSV file in the long form `administration,data_element,period,value`
 * into the figures of each administration.
 *
 * @param text - The file's content.
 * @param file - The file name for messages.
 * @param context - The cycle, framework and membership that rows are checked against.
 * @returns The figures per administration id, and the rows set aside.
 * @throws {ReportInputError} listing every bad row as `file:line:column: message`: an
 *   administration not in the membership, an unknown data element in the reported
 *   administration's rows, a bad period or value, or a figure given twice.
 * @example
 * ```ts
 * const rows = readSubmissionsCsv(text, "data/submissions-2025.csv", context);
 * rows.values.get("ADM01"); // [{ dataElement: "declarations", period: "T", value: "125000" }, ...]
 * ```
 */
export function readSubmissionsCsv(text: string, file: string, context: CycleInputContext): SubmissionRows {
  const table = parseCsv(text, file, { required: SUBMISSION_COLUMNS });
  const problems: string[] = [];
  const setAside: string[] = [];
  const values = new Map<string, DataValue[]>();
  const firstLine = new Map<string, number>();

  for (const row of table.rows) {
    const { administration = "", data_element: dataElement = "", period: periodText = "", value: valueText = "" } = row.fields;
    const rowProblems: string[] = [];
    const note = (column: string, message: string | undefined): void => {
      if (message !== undefined) rowProblems.push(`${fieldLocation(table, row, column)}: ${message}`);
    };

    note("administration", checkAdministration(administration, context));
    const elementProblem = checkDataElement(dataElement, context);
    const setAsideRow = elementProblem !== undefined && administration !== context.reported && dataElement !== "";
    if (!setAsideRow) note("data_element", elementProblem);
    const period = parsePeriodField(periodText, context.cycle);
    if (!period.ok) note("period", period.message);
    const value = parseDecimalField(valueText, "value");
    if (!value.ok) note("value", value.message);

    if (rowProblems.length > 0 || !period.ok || !value.ok) {
      problems.push(...rowProblems);
      continue;
    }
    if (setAsideRow) {
      const location = fieldLocation(table, row, "data_element").replace(file, context.setAsideFile ?? file);
      setAside.push(`${location}: ${elementProblem} The row of ${administration} is left out.`);
      continue;
    }

    const key = `${administration}\u0000${dataElement}\u0000${period.value}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      problems.push(`${fieldLocation(table, row, "value")}: ${administration} ${dataElement}[${period.value}] is given twice, first on line ${first}: keep one row`);
      continue;
    }
    firstLine.set(key, row.line);

    const list = values.get(administration) ?? [];
    list.push({ dataElement, period: period.value, value: value.value });
    values.set(administration, list);
  }

  if (problems.length > 0) throw new ReportInputError(`Invalid submissions in ${file}:`, problems);
  return { values, setAside };
}
