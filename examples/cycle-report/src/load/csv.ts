import { CsvError, parse } from "csv-parse/sync";
import { ReportInputError } from "../errors.js";

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRow {
  /** The 1-based line the row starts on, counting the header line. */
  readonly line: number;
  /** The fields by column name, with surrounding whitespace removed. */
  readonly fields: Readonly<Record<string, string>>;
}

/** A parsed CSV file whose header has been checked. */
export interface CsvTable {
  /** The file name used in messages, such as `data/submissions-2025.csv`. */
  readonly file: string;
  /** The column names in file order. */
  readonly columns: readonly string[];
  /** The data rows in file order; empty lines are skipped. */
  readonly rows: readonly CsvRow[];
}

/** The columns a CSV file must and may have. */
export interface CsvColumns {
  /** Columns that must be in the header, in any order. */
  readonly required: readonly string[];
  /** Columns that may be in the header. Default none. */
  readonly optional?: readonly string[] | undefined;
}

/**
 * Parses CSV text with a header line into rows keyed by column name. Line endings may be LF or
 * CRLF; a byte order mark is ignored; empty lines are skipped.
 *
 * @param text - The file's content.
 * @param file - The file name to put in messages.
 * @param columns - The columns the header must and may have.
 * @returns The rows, each with the line it starts on.
 * @throws {ReportInputError} when the CSV is malformed (an unclosed quote, a row with more or
 *   fewer fields than the header) or the header lacks a required column or has an unknown one.
 *   The message names the file and line.
 * @example
 * ```ts
 * const table = parseCsv("administration,kpi\nADM01,tf.release_time\n", "declarations.csv", { required: ["administration", "kpi"] });
 * table.rows[0]; // { line: 2, fields: { administration: "ADM01", kpi: "tf.release_time" } }
 * ```
 */
export function parseCsv(text: string, file: string, columns: CsvColumns): CsvTable {
  // csv-parse keeps a stray "\r" in the last field when a file mixes line endings, so every
  // line ending becomes "\n" first. Line numbers do not change.
  const normalized = text.replace(/\r\n?/g, "\n");

  let header: string[] | undefined;
  let records: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    records = parse(normalized, {
      columns: (names: string[]) => {
        header = checkHeader(names.map((name) => name.trim()), file, columns);
        return header;
      },
      bom: true,
      info: true,
      raw: true,
      skip_empty_lines: true,
      trim: true,
    }) as typeof records;
  } catch (error) {
    if (error instanceof ReportInputError) throw error;
    if (error instanceof CsvError) throw new ReportInputError(describeCsvError(error, file));
    throw error;
  }

  if (header === undefined) {
    throw new ReportInputError(`${file} is empty: it needs a header line such as ${[...columns.required, ...(columns.optional ?? [])].join(",")}`);
  }
  const rows = records.map(({ record, raw, info }) => ({ line: startLine(info.lines, raw), fields: record }));
  return { file, columns: header, rows };
}

/**
 * Formats the place of a field as `file:line:column`, the column being the field's 1-based
 * position in the header.
 *
 * @example
 * ```ts
 * fieldLocation(table, row, "value"); // "data/submissions-2025.csv:214:4"
 * ```
 */
export function fieldLocation(table: CsvTable, row: CsvRow, column: string): string {
  const index = table.columns.indexOf(column);
  return index < 0 ? `${table.file}:${row.line}` : `${table.file}:${row.line}:${index + 1}`;
}

function checkHeader(header: string[], file: string, columns: CsvColumns): string[] {
  const allowed = [...columns.required, ...(columns.optional ?? [])];
  const problems: string[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (seen.has(name)) problems.push(`${file}:1:${index + 1}: column "${name}" appears twice: keep one`);
    else if (!allowed.includes(name)) problems.push(`${file}:1:${index + 1}: unknown column "${name}": the columns are ${allowed.join(", ")}`);
    seen.add(name);
  });
  for (const name of columns.required) {
    if (!seen.has(name)) problems.push(`${file}:1: column "${name}" is missing: the header must be ${allowed.join(",")}`);
  }
  if (problems.length > 0) throw new ReportInputError(`Invalid header in ${file}.`, problems);
  return header;
}

// csv-parse reports the line a record ends on. A quoted field may span lines, and the raw text
// starts with any empty lines skipped before the record, so the start line is the end line
// minus the line breaks inside the record itself.
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^\n+/, "").replace(/\n$/, "");
  const breaks = body.split("\n").length - 1;
  return endLine - breaks;
}

function describeCsvError(error: CsvError, file: string): string {
  const line = typeof error.lines === "number" ? error.lines : undefined;
  const where = line === undefined ? file : `${file}:${line}`;
  const record = Array.isArray(error.record) ? (error.record as unknown[]) : undefined;
  const expected = Array.isArray(error.columns) ? error.columns.length : undefined;

  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const got = record?.length;
      const hint = got !== undefined && expected !== undefined && got > expected
        ? " If a value has a decimal comma, use a point as the decimal separator (12.5, not 12,5); quote text fields that contain commas."
        : "";
      return `${where}: the row has ${got ?? "a different number of"} fields but the header has ${expected ?? "another number"}.${hint}`;
    }
    case "CSV_QUOTE_NOT_CLOSED":
      return `${where}: a quoted field is not closed: add the closing double quote (")`;
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return `${where}: misplaced double quote: quote the whole field ("like this") and double any quote inside it ("")`;
    default:
      return `${where}: the file is not valid CSV: ${error.message}`;
  }
}
