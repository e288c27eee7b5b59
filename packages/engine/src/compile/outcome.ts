import type { UndefinedReason } from "@pmm/model";
import type { Rational } from "../exact/rational.js";
import type { FormulaNode } from "../formula/ast.js";

/**
 * Reason why a formula has no value. `MissingData` lists the data slots that were needed and
 * absent. `UndefinedValue` means the data are there but the formula has no value for them.
 */
export abstract class Failure {}

/** Data needed by the formula are not in the submission. */
export class MissingData extends Failure {
  constructor(
    /** Data slots, as numbered by the compiled framework. */
    readonly slots: readonly number[],
  ) {
    super();
  }
}

/** The formula has no value for these data, such as a division by zero. */
export class UndefinedValue extends Failure {
  constructor(
    readonly reason: UndefinedReason,
    readonly message: string,
  ) {
    super();
  }
}

/** Outcome of evaluating a formula node: a rational, a condition, or the reason there is neither. */
export type Outcome = Rational | boolean | Failure;

/**
 * Combines the failures of the operands of a strict operation. An undefined value wins, because
 * no missing figure could make the operation defined again. Otherwise the missing slots are merged.
 */
export function combineFailures(outcomes: readonly Outcome[]): Failure {
  const missing: number[] = [];
  for (const outcome of outcomes) {
    if (outcome instanceof UndefinedValue) return outcome;
    if (outcome instanceof MissingData) {
      for (const slot of outcome.slots) if (!missing.includes(slot)) missing.push(slot);
    }
  }
  return new MissingData(missing);
}

/** Record of a traced evaluation, for explanations and for blocking on validation errors. */
export class Trace {
  /** Data slots read, each once, in the order first read, present or not. */
  readonly reads: number[] = [];
  /** Value of each evaluated node that is neither a number literal nor a data reference, in evaluation order. */
  readonly steps: { readonly node: FormulaNode; readonly value: Rational }[] = [];
  /** The branch taken by each evaluated `if`: true for the first. Created on the first `if`. */
  branches: Map<FormulaNode, boolean> | undefined;

  read(slot: number): void {
    // A formula reads a handful of slots, so a linear search beats a set here.
    if (!this.reads.includes(slot)) this.reads.push(slot);
  }

  branch(node: FormulaNode, holds: boolean): void {
    (this.branches ??= new Map()).set(node, holds);
  }
}

/** The state one evaluation reads: data values by slot, and the trace when one is kept. */
export interface Frame {
  readonly values: readonly (Rational | undefined)[];
  readonly trace: Trace | undefined;
}

/** A formula compiled to a function of the data. */
export type Evaluate = (frame: Frame) => Outcome;
