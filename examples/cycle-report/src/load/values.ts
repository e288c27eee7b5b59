import { canonicalizeDecimal, type Cycle, type Period } from "@pmm/model";

/** A parsed field: the value, or a message that names the problem and its fix. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Parses a decimal written in a CSV field. A point is the decimal separator, and a decimal comma
 * gets a message that asks for a point.
 *
 * @param text - The field, already trimmed.
 * @param column - The column name, for the message.
 * @returns The canonical decimal string, such as `"12.5"`, or a message.
 * @example
 * ```ts
 * parseDecimalField("12,5", "value"); // { ok: false, message: 'value "12,5" is not a decimal number: use a point as the decimal separator' }
 * ```
 */
export function parseDecimalField(text: string, column: string): FieldResult<string> {
  if (text === "") return { ok: false, message: `${column} is empty: write a number such as 12.5` };
  if (/^[+-]?\d+,\d+$/.test(text) && !/^[+-]?\d{1,3}(,\d{3})+$/.test(text)) {
    return { ok: false, message: `${column} "${text}" is not a decimal number: use a point as the decimal separator` };
  }
  if (/^[+-]?\d{1,3}([, \u00A0'_]\d{3})+(\.\d+)?$/.test(text)) {
    return { ok: false, message: `${column} "${text}" is not a decimal number: remove the thousands separators (write 1234567.5)` };
  }
  const result = canonicalizeDecimal(text);
  if (result.ok) return result;
  return { ok: false, message: `${column} "${text}" is not a decimal number: write digits with an optional sign and a point, such as 1250 or 98.1` };
}

/**
 * Parses the period of a figure: `T` (the reporting year), `T-1` (the year before), or the
 * calendar year itself, which must be the cycle's reporting year or the year before.
 *
 * @example
 * ```ts
 * parsePeriodField("2023", { reportingYear: 2024 } as Cycle); // { ok: true, value: "T-1" }
 * ```
 */
export function parsePeriodField(text: string, cycle: Pick<Cycle, "id" | "reportingYear">): FieldResult<Period> {
  if (text === "T" || text === "T-1") return { ok: true, value: text };
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    if (year === cycle.reportingYear) return { ok: true, value: "T" };
    if (year === cycle.reportingYear - 1) return { ok: true, value: "T-1" };
    return {
      ok: false,
      message: `period ${text} is not collected by cycle "${cycle.id}": use ${cycle.reportingYear} (T) or ${cycle.reportingYear - 1} (T-1)`,
    };
  }
  return { ok: false, message: `period "${text}" is not valid: use T, T-1, ${cycle.reportingYear} or ${cycle.reportingYear - 1}` };
}
