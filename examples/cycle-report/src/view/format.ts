import type { KpiUnit } from "@pmm/model";

/** A unit of a figure the report shows: a KPI unit, or `score` for 0–100 scores. */
export type DisplayUnit = KpiUnit | "score";

/** Digits after the point shown for each unit. report.json keeps every digit. */
const DECIMALS: Record<DisplayUnit, number> = {
  percent: 1,
  ratio: 2,
  "per-1000": 2,
  count: 0,
  currency: 0,
  hours: 1,
  days: 1,
  number: 2,
  "yes-no": 0,
  score: 1,
};

const SUFFIX: Record<DisplayUnit, string> = {
  percent: " %",
  ratio: "",
  "per-1000": " per 1,000",
  count: "",
  currency: "",
  hours: " h",
  days: " days",
  number: "",
  "yes-no": "",
  score: "",
};

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let format = formatters.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    formatters.set(decimals, format);
  }
  return format;
}

/**
 * Formats a canonical decimal string for people: rounded to the unit's usual precision, with
 * thousands separators and the unit, such as `"98.1 %"`, `"12.5 h"` or `"1,250"`. A mean of
 * counts keeps one decimal. Display only: the exact value stays in report.json.
 *
 * @param value - A canonical decimal string, such as `"98.1234"`.
 * @param unit - The unit of the value.
 * @param options - `withUnit` (default true) appends the unit; `fractional` (default false)
 *   shows one decimal for counts and currency, for statistics such as a mean.
 * @returns The formatted text.
 * @example
 * ```ts
 * formatValue("98.1234", "percent"); // "98.1 %"
 * formatValue("1", "yes-no");         // "yes"
 * ```
 */
export function formatValue(value: string, unit: DisplayUnit, options: { withUnit?: boolean; fractional?: boolean } = {}): string {
  if (unit === "yes-no" && (value === "0" || value === "1")) return value === "1" ? "yes" : "no";
  const base = DECIMALS[unit];
  const decimals = options.fractional === true && base === 0 ? 1 : base;
  const text = formatter(decimals).format(Number(value)).replace(/^-(0(\.0+)?)$/, "$1");
  return options.withUnit === false ? text : `${text}${SUFFIX[unit]}`;
}

/**
 * Formats a signed difference, such as `"+6.8"` or `"−12.0 pp"`, with the unit's precision.
 * Differences of percentages are in percentage points (`pp`).
 *
 * @example
 * ```ts
 * formatChange("6.83", "score"); // "+6.8"
 * ```
 */
export function formatChange(value: string, unit: DisplayUnit, options: { withUnit?: boolean; fractional?: boolean } = {}): string {
  if (Number(value) === 0) return `±${formatMagnitude("0", unit, options, 0)}`;
  // A small change keeps up to two more digits, so that it does not read as no change at all.
  let extra = 0;
  let text = formatMagnitude(value.replace(/^-/, ""), unit, options, extra);
  while (Number(text.replace(/[^0-9.]/g, "")) === 0 && extra < 2) {
    extra++;
    text = formatMagnitude(value.replace(/^-/, ""), unit, options, extra);
  }
  return value.startsWith("-") ? `−${text}` : `+${text}`;
}

// A difference of two percentages is in percentage points (pp), not percent.
function formatMagnitude(magnitude: string, unit: DisplayUnit, options: { withUnit?: boolean; fractional?: boolean }, extraDecimals: number): string {
  const base = DECIMALS[unit] === 0 && options.fractional === true ? 1 : DECIMALS[unit];
  const number = formatter(base + extraDecimals).format(Number(magnitude));
  if (options.withUnit === false) return number;
  return unit === "percent" ? `${number} pp` : `${number}${SUFFIX[unit]}`;
}
