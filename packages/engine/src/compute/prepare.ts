import { canonicalizeDecimal, isCanonicalDecimal, type DataValue, type Period, type Submission } from "@pmm/model";
import type { CompiledFramework } from "../compile/compile-framework.js";
import { markPrepared, type PreparedValues } from "../compile/compiled-formula.js";
import { DataSlots } from "../compile/data-slots.js";
import { PmmEngineError } from "../errors.js";
import { Rational } from "../exact/rational.js";

/** A submitted value that could not be placed in a data slot, and why. */
export interface UnplacedValue {
  readonly dataElement: string;
  readonly period: string;
  readonly value: string;
  /** `unknown-data-element`, `invalid-period` or `invalid-decimal`. */
  readonly problem: "unknown-data-element" | "invalid-period" | "invalid-decimal";
  /** Why, for `invalid-decimal`. */
  readonly message?: string;
}

/** A submission laid out for evaluation, with what could not be laid out. */
export interface PreparedSubmission extends PreparedValues {
  readonly administration: string;
  readonly values: (Rational | undefined)[];
  /** The canonical text of each value, by slot, for explanations and findings. */
  readonly texts: (string | undefined)[];
  /** Slots given more than once, with every value given. */
  readonly duplicates: ReadonlyMap<number, readonly string[]>;
  /** Slots whose value is not a decimal: they count as present but unusable. */
  readonly unusable: ReadonlySet<number>;
  /** Values that name no data element of the framework, or no valid period. */
  readonly unplaced: readonly UnplacedValue[];
  /** KPIs declared not applicable, with the reason given. */
  readonly notApplicable: ReadonlyMap<string, string>;
}

const PERIODS: ReadonlySet<string> = new Set<Period>(["T", "T-1"]);

/**
 * Lays out submitted values by data slot, so that compiled formulas can read them, for use with
 * `CompiledFormula.evaluate`. Values of unknown data elements or periods, values that are not
 * decimals and values given twice are left out, so a formula that needs one reports it as
 * missing. `validateSubmission` reports each of them with the reason.
 *
 * @param compiled - The compiled framework.
 * @param values - Submitted values, such as `submission.values` of a parsed submission.
 * @returns Data to pass to `CompiledFormula.evaluate`.
 * @throws {@link PmmEngineError} (`invalid-input`) when `compiled` is not from `compileFramework`,
 * or `values` is not an array of objects.
 * @example
 * ```ts
 * const data = prepareValues(compiled, [{ dataElement: "declarations", period: "T", value: "10000" }]);
 * ```
 */
export function prepareValues(compiled: CompiledFramework, values: readonly DataValue[]): PreparedValues {
  assertValues(values, "values");
  return prepare(compiled, values, "", []);
}

/** Lays out a whole submission, keeping what validation needs to report. */
export function prepareSubmission(compiled: CompiledFramework, submission: Submission): PreparedSubmission {
  if (typeof submission !== "object" || submission === null || !Array.isArray(submission.values)) {
    throw new PmmEngineError("invalid-input", "expected a parsed submission with a values array: pass the JSON through parseSubmission from @pmm/model first");
  }
  assertValues(submission.values, "values");
  const declarations = submission.notApplicable as unknown;
  if (declarations !== undefined && (!Array.isArray(declarations) || declarations.some((entry) => typeof entry !== "object" || entry === null))) {
    throw new PmmEngineError("invalid-input", "notApplicable must be an array of { kpi, reason } objects: pass the JSON through parseSubmission from @pmm/model first");
  }
  return prepare(compiled, submission.values, String(submission.administration), submission.notApplicable ?? []);
}

function prepare(compiled: CompiledFramework, input: readonly DataValue[], administration: string, declarations: Submission["notApplicable"]): PreparedSubmission {
  assertCompiled(compiled);
  const slots = compiled.slots;
  const values: (Rational | undefined)[] = new Array<Rational | undefined>(slots.size).fill(undefined);
  const texts: (string | undefined)[] = new Array<string | undefined>(slots.size).fill(undefined);
  const given = new Map<number, string[]>();
  const unusable = new Set<number>();
  const unplaced: UnplacedValue[] = [];

  for (const item of input) {
    const dataElement = String(item.dataElement);
    const period = String(item.period);
    const raw = item.value as unknown;
    const rawText = typeof raw === "string" || typeof raw === "number" ? String(raw) : describeValue(raw);
    const slot = slots.slotOf(dataElement, period as Period);
    if (slot === undefined) {
      unplaced.push({ dataElement, period, value: rawText, problem: "unknown-data-element" });
      continue;
    }
    if (!PERIODS.has(period)) {
      unplaced.push({ dataElement, period, value: rawText, problem: "invalid-period" });
      continue;
    }
    // Parsed submissions hold canonical decimals already; anything else is canonicalized or rejected.
    const canonical =
      typeof raw === "string" && isCanonicalDecimal(raw)
        ? ({ ok: true, value: raw } as const)
        : typeof raw === "string" || typeof raw === "number"
          ? canonicalizeDecimal(raw)
          : ({ ok: false, message: `${rawText} is not a decimal number` } as const);
    const text = canonical.ok ? canonical.value : rawText;
    given.set(slot, [...(given.get(slot) ?? []), text]);
    if (given.get(slot)!.length > 1) continue;
    texts[slot] = text;
    if (canonical.ok) {
      values[slot] = Rational.fromCheckedDecimal(canonical.value);
    } else {
      unusable.add(slot);
      unplaced.push({ dataElement, period, value: rawText, problem: "invalid-decimal", message: canonical.message });
    }
  }

  markPrepared(values);
  const duplicates = new Map([...given].filter(([, list]) => list.length > 1));
  for (const slot of duplicates.keys()) {
    values[slot] = undefined;
    unusable.add(slot);
  }
  const notApplicable = new Map(declarations.map((declaration) => [String(declaration.kpi), String(declaration.reason)]));
  return { administration, values, texts, duplicates, unusable, unplaced, notApplicable };
}

/** Checks that submitted values are an array of objects, naming the first that is not. */
function assertValues(values: unknown, field: string): void {
  if (!Array.isArray(values)) {
    throw new PmmEngineError("invalid-input", `${field} is ${describeValue(values)}: pass an array of { dataElement, period, value } objects, such as submission.values of a parsed submission`);
  }
  const index = values.findIndex((item) => typeof item !== "object" || item === null);
  if (index >= 0) {
    throw new PmmEngineError("invalid-input", `${field}[${index}] is ${describeValue(values[index])}: each value is an object { dataElement, period, value }; parse the submission with parseSubmission from @pmm/model first`);
  }
}

/** Writes any value for a message: JSON where it can, and bigints, symbols and functions too. */
export function describeValue(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol" || typeof value === "function" || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Checks that a value is a compiled framework from `compileFramework`.
 *
 * @throws {@link PmmEngineError} (`invalid-input`) otherwise.
 */
export function assertCompiled(compiled: CompiledFramework): void {
  if (typeof compiled !== "object" || compiled === null || !(compiled.slots instanceof DataSlots) || !Array.isArray(compiled.kpis)) {
    throw new PmmEngineError("invalid-input", "expected a compiled framework: pass the `compiled` field returned by compileFramework(framework)");
  }
}
