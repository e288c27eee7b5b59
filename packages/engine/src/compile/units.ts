import type { DataElementKind, KpiUnit } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";

/**
 * What a formula or one of its parts gives, as the compiler infers it:
 *
 * - `value`: a number with a unit. `detail` names a compound unit such as `count × count`,
 *   which counts as `number`.
 * - `dimensionless`: a number literal, or a formula of literals only. It takes the unit of the
 *   other operand. `constant` is its value when the compiler knows it.
 * - `condition`: true or false.
 * - `invalid`: a part with a problem that has already been reported; it checks against anything,
 *   so that one mistake is reported once.
 */
export type FormulaType =
  | { readonly kind: "value"; readonly unit: KpiUnit; readonly detail?: string }
  | { readonly kind: "dimensionless"; readonly constant?: string }
  | { readonly kind: "condition" }
  | { readonly kind: "invalid" };

/** The unit each kind of data element has in formulas. */
export const UNIT_OF_KIND: Readonly<Record<DataElementKind, KpiUnit>> = {
  count: "count",
  currency: "currency",
  hours: "hours",
  days: "days",
  share: "percent",
  "yes-no": "yes-no",
  number: "number",
};

/** Units that an average per item keeps when divided by a count, such as release hours per declaration. */
const AVERAGEABLE: ReadonlySet<KpiUnit> = new Set(["currency", "hours", "days", "number"]);

/** Writes a type for messages: `hours`, `count × count`, `a number` or `a condition`. */
export function describeType(type: FormulaType): string {
  switch (type.kind) {
    case "value":
      return type.detail ?? type.unit;
    case "dimensionless":
      return "a plain number";
    case "condition":
      return "a condition";
    case "invalid":
      return "an invalid expression";
  }
}

/** Tells whether two value types have the same unit. */
export function sameUnit(a: FormulaType & { kind: "value" }, b: FormulaType & { kind: "value" }): boolean {
  return a.unit === b.unit && a.detail === b.detail;
}

/** One factor of a product or quotient chain: its type and whether it multiplies (1) or divides (-1). */
export interface Factor {
  readonly type: FormulaType;
  readonly exponent: 1 | -1;
}

/**
 * Infers the unit of a chain of `*` and `/`, such as `100 * electronic_declarations / declarations`.
 *
 * The rules, applied to the whole chain so that the order of the factors does not matter:
 * 1. A unit divided by the same unit cancels (`count / count` is a ratio).
 * 2. A ratio factor keeps the other unit (`count * ratio` is a count).
 * 3. An amount, a duration or a number divided by a count keeps its unit: an average per item.
 * 4. Number literals scale the value and keep its unit, except that a ratio times exactly 100 is a
 *    percent and times exactly 1000 is per-1000, and a percent divided by exactly 100 (or a
 *    per-1000 by 1000) is a ratio again.
 * 5. Any other product is a compound unit (such as `count × count`), which counts as `number`.
 *
 * @param factors - The factors with their types; none may be a condition or invalid.
 * @returns The type of the chain.
 */
export function inferProductType(factors: readonly Factor[]): FormulaType {
  let constant: EngineDecimal | undefined = new EngineDecimal(1);
  const numerator: KpiUnit[] = [];
  const denominator: KpiUnit[] = [];
  for (const { type, exponent } of factors) {
    if (type.kind === "dimensionless") {
      constant = scaleConstant(constant, type.constant, exponent);
    } else if (type.kind === "value") {
      (exponent === 1 ? numerator : denominator).push(type.detail === undefined ? type.unit : "number");
    }
  }

  let dimensionlessPart = false;
  for (let index = numerator.length - 1; index >= 0; index--) {
    const unit = numerator[index];
    const match = unit === undefined ? -1 : denominator.indexOf(unit);
    if (match !== -1) {
      numerator.splice(index, 1);
      denominator.splice(match, 1);
      dimensionlessPart = true;
    }
  }
  dimensionlessPart = removeAll(numerator, "ratio") || dimensionlessPart;
  dimensionlessPart = removeAll(denominator, "ratio") || dimensionlessPart;

  const [first] = numerator;
  if (numerator.length === 1 && first !== undefined && AVERAGEABLE.has(first) && denominator.length === 1 && denominator[0] === "count") {
    denominator.length = 0;
  }

  if (numerator.length === 0 && denominator.length === 0) {
    if (!dimensionlessPart) return constant === undefined ? { kind: "dimensionless" } : { kind: "dimensionless", constant: constant.toString() };
    return { kind: "value", unit: convertByConstant("ratio", constant) };
  }
  if (numerator.length === 1 && first !== undefined && denominator.length === 0) {
    return { kind: "value", unit: convertByConstant(first, constant) };
  }
  const top = numerator.length === 0 ? "1" : numerator.join(" × ");
  const bottom = denominator.length === 0 ? "" : ` / ${denominator.length === 1 ? denominator[0] : `(${denominator.join(" × ")})`}`;
  return { kind: "value", unit: "number", detail: `${top}${bottom}` };
}

function scaleConstant(constant: EngineDecimal | undefined, value: string | undefined, exponent: 1 | -1): EngineDecimal | undefined {
  if (constant === undefined || value === undefined) return undefined;
  const factor = new EngineDecimal(value);
  if (exponent === 1) return constant.times(factor);
  return factor.isZero() ? undefined : constant.div(factor);
}

function removeAll(units: KpiUnit[], unit: KpiUnit): boolean {
  let removed = false;
  for (let index = units.indexOf(unit); index !== -1; index = units.indexOf(unit)) {
    units.splice(index, 1);
    removed = true;
  }
  return removed;
}

const CONVERSIONS: readonly { from: KpiUnit; factor: string; to: KpiUnit }[] = [
  { from: "ratio", factor: "100", to: "percent" },
  { from: "ratio", factor: "1000", to: "per-1000" },
  { from: "percent", factor: "0.01", to: "ratio" },
  { from: "percent", factor: "10", to: "per-1000" },
  { from: "per-1000", factor: "0.001", to: "ratio" },
  { from: "per-1000", factor: "0.1", to: "percent" },
];

function convertByConstant(unit: KpiUnit, constant: EngineDecimal | undefined): KpiUnit {
  if (constant === undefined) return unit;
  const conversion = CONVERSIONS.find((candidate) => candidate.from === unit && constant.eq(candidate.factor));
  return conversion?.to ?? unit;
}

/**
 * Adds or subtracts two dimensionless constants when both are known.
 *
 * @returns The constant as a decimal string, or `undefined` when either is unknown.
 */
export function combineConstants(a: string | undefined, b: string | undefined, operator: "+" | "-"): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  const left = new EngineDecimal(a);
  return (operator === "+" ? left.plus(b) : left.minus(b)).toString();
}
