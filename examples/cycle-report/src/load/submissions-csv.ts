import type { DataValue } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import { checkAdministration, checkDataElement, type CycleInputContext } from "./context.js";
import { fieldLocation, parseCsv } from "./csv.js";
import { parseDecimalField, parsePeriodField } from "./values.js";

/** The columns of a submissions CSV file, in the long form: one figure per row. */
export const SUBMISSION_COLUMNS = ["administration", "data_element", "period", "value"] as const;

/**
 * Reads a submissions CSV file in the long form `administration,data_element,period,value`
 * into the figures of each administration.
 *
 * @param text - The file's content.
 * @param file - The file name for messages.
 * @param context - The cycle, framework and membership that rows are checked against.
 * @returns The figures per administration id, in file order.
 * @throws {ReportInputError} listing every bad row as `file:line:column: message`: an
 *   administration not in the membership, an unknown data element, a bad period or value, or a
 *   figure given twice.
 * @example
 * ```ts
 * const values = readSubmissionsCsv(text, "data/submissions-2025.csv", context);
 * values.get("ADM01"); // [{ dataElement: "declarations", period: "T", value: "125000" }, ...]
 * ```
 */
export function readSubmissionsCsv(text: string, file: string, context: CycleInputContext): Map<string, DataValue[]> {
  const table = parseCsv(text, file, { required: SUBMISSION_COLUMNS });
  const problems: string[] = [];
  const values = new Map<string, DataValue[]>();
  const firstLine = new Map<string, number>();

  for (const row of table.rows) {
    const { administration = "", data_element: dataElement = "", period: periodText = "", value: valueText = "" } = row.fields;
    const rowProblems: string[] = [];
    const note = (column: string, message: string | undefined): void => {
      if (message !== undefined) rowProblems.push(`${fieldLocation(table, row, column)}: ${message}`);
    };

    note("administration", checkAdministration(administration, context));
    note("data_element", checkDataElement(dataElement, context));
    const period = parsePeriodField(periodText, context.cycle);
    if (!period.ok) note("period", period.message);
    const value = parseDecimalField(valueText, "value");
    if (!value.ok) note("value", value.message);

    if (rowProblems.length > 0 || !period.ok || !value.ok) {
      problems.push(...rowProblems);
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
  return values;
}
