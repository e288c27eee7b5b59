import type { DataReference, UndefinedReason } from "@pmm/model";
import { PmmEngineError } from "../errors.js";
import { Rational } from "../exact/rational.js";
import type { FormulaNode } from "../formula/ast.js";
import { printFormula } from "../formula/printer.js";
import type { DataSlots } from "./data-slots.js";
import { MissingData, UndefinedValue, type Evaluate, type Frame, type Outcome } from "./outcome.js";
import type { FormulaType } from "./units.js";

/**
 * Outcome of evaluating one formula: a value, a condition, the data it misses, or the reason it
 * has no value although its data are present.
 */
export type FormulaOutcome =
  | { readonly status: "value"; readonly value: Rational }
  | { readonly status: "condition"; readonly holds: boolean }
  | { readonly status: "missing-data"; readonly missing: readonly DataReference[] }
  | { readonly status: "undefined"; readonly reason: UndefinedReason; readonly message: string };

/** Arrays of prepared values already checked: by `prepareValues`, or by a first `evaluate`. */
const CHECKED_VALUES = new WeakSet<readonly (Rational | undefined)[]>();

/** @internal Records that an array of values holds only rationals and gaps, so that `evaluate` need not check it. */
export function markPrepared(values: readonly (Rational | undefined)[]): void {
  CHECKED_VALUES.add(values);
}

function checkPreparedValues(values: unknown): void {
  const fix = "pass the result of prepareValues(compiled, submission.values)";
  if (!Array.isArray(values)) throw new PmmEngineError("invalid-input", `data.values is not an array: ${fix}`);
  for (let index = 0; index < values.length; index++) {
    const value: unknown = values[index];
    if (value !== undefined && !(value instanceof Rational)) {
      throw new PmmEngineError("invalid-input", `data.values[${index}] is not a Rational: ${fix}`);
    }
  }
  CHECKED_VALUES.add(values as (Rational | undefined)[]);
}

/** Maximum length of the text of a sub-expression in an explanation step. */
const STEP_TEXT_LIMIT = 120;

/** Keeps the start and the end of a long text, joined by " … ", within `STEP_TEXT_LIMIT` characters. */
function shorten(text: string): string {
  if (text.length <= STEP_TEXT_LIMIT) return text;
  const keptLength = (STEP_TEXT_LIMIT - 3) / 2;
  return `${text.slice(0, Math.ceil(keptLength)).trimEnd()} … ${text.slice(text.length - Math.floor(keptLength)).trimStart()}`;
}

/** Data prepared for evaluation: one exact value or `undefined` per data slot of a compiled framework. */
export interface PreparedValues {
  readonly values: readonly (Rational | undefined)[];
}

/**
 * A formula parsed, checked and compiled to closures once. Evaluating it never throws for data
 * and never gives NaN or Infinity: a zero denominator is an `undefined` outcome, an absent figure
 * a `missing-data` one, and an intermediate value of 10^300 or more, or with a denominator beyond
 * 10^400 in lowest terms, an `undefined` outcome with the reason `out-of-range`.
 */
export class CompiledFormula {
  /** The formula text as written in the framework. */
  readonly source: string;
  /** The syntax tree. */
  readonly tree: FormulaNode;
  /** The type the compiler inferred: a value with its unit, or a condition. */
  readonly type: FormulaType;
  /** Every data element and period the formula may read, in framework order. */
  readonly reads: readonly DataReference[];
  private readonly run: Evaluate;
  private readonly slots: DataSlots;
  private readonly texts = new Map<FormulaNode, string>();

  /** @internal Built by `compileFramework`. */
  constructor(source: string, tree: FormulaNode, type: FormulaType, reads: readonly DataReference[], run: Evaluate, slots: DataSlots) {
    this.source = source;
    this.tree = tree;
    this.type = type;
    this.reads = reads;
    this.run = run;
    this.slots = slots;
  }

  /**
   * Evaluates the formula on prepared data exactly: the value is a {@link Rational}, with no
   * rounding at any step. Write it with `value.toOutputString({ decimalPlaces })`, or convert
   * it with `value.toDecimal()`.
   *
   * @param data - Values prepared by `prepareValues` for the same compiled framework.
   * @returns The outcome. Never throws for data.
   * @throws {@link PmmEngineError} (`invalid-input`) when `data.values` is not an array of rationals and gaps.
   * @example
   * ```ts
   * const data = prepareValues(compiled, submission.values);
   * const outcome = compiled.kpis[0]!.formula!.evaluate(data);
   * if (outcome.status === "value") console.log(outcome.value.toOutputString({ decimalPlaces: 2 }));
   * ```
   */
  evaluate(data: PreparedValues): FormulaOutcome {
    const values = (data as PreparedValues | null | undefined)?.values;
    if (values === undefined || !CHECKED_VALUES.has(values)) checkPreparedValues(values);
    return this.describe(this.run({ values: values!, trace: undefined }));
  }

  /** @internal Evaluates with a frame of the caller's, such as one that keeps a trace. */
  evaluateFrame(frame: Frame): Outcome {
    return this.run(frame);
  }

  /**
   * @internal Returns the canonical text of a node of this formula, printed once and then
   * remembered, shortened in the middle when longer than 120 characters.
   */
  textOf(node: FormulaNode): string {
    let text = this.texts.get(node);
    if (text === undefined) {
      text = shorten(printFormula(node));
      this.texts.set(node, text);
    }
    return text;
  }

  /** @internal Turns a raw outcome into the public shape. */
  describe(outcome: Outcome): FormulaOutcome {
    if (typeof outcome === "boolean") return { status: "condition", holds: outcome };
    if (outcome instanceof MissingData) return { status: "missing-data", missing: outcome.slots.map((slot) => this.slots.referenceOf(slot)) };
    if (outcome instanceof UndefinedValue) return { status: "undefined", reason: outcome.reason, message: outcome.message };
    return { status: "value", value: outcome as Rational };
  }
}
