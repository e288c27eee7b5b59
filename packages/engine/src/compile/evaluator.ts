import type { Period } from "@pmm/model";
import { PmmEngineError } from "../errors.js";
import { Rational } from "../exact/rational.js";
import { greatestCommonDivisor } from "../exact/round.js";
import type { ArithmeticNode, CallNode, ComparisonNode, FormulaNode, LogicalNode } from "../formula/ast.js";
import { printFormula } from "../formula/printer.js";
import { Failure, MissingData, UndefinedValue, combineFailures, type Evaluate, type Frame, type Outcome } from "./outcome.js";

const HUNDRED = Rational.of(100);
const THOUSAND = Rational.of(1000);

/** Intermediate values at or beyond 10^300 in magnitude make the formula's value `out-of-range`. */
const MAGNITUDE_LIMIT = 10n ** 300n;
/** Intermediate values whose denominator in lowest terms passes 10^400 make the formula's value `out-of-range`. */
const DENOMINATOR_LIMIT = 10n ** 400n;

/**
 * Compiles a checked syntax tree into nested closures, once, so that evaluating a formula is a
 * chain of direct calls with no tree walking or name lookup. References become array reads
 * at a data slot.
 *
 * Values are exact rationals, so no step rounds. Two guards keep every step cheap whatever the
 * formula, and give the outcome `out-of-range` rather than an inexact value: an intermediate
 * value of magnitude 10^300 or more, and one whose denominator in lowest terms passes 10^400.
 *
 * The tree must have passed `checkFormula` without problems: names resolve, arities are right
 * and values and conditions are where they belong.
 *
 * @param tree - A checked syntax tree.
 * @param slotOf - The data slot of a data element in a period.
 * @returns A function from data to a rational, a condition or a failure. Data problems, such as
 * a zero divisor or a value out of range, are failures rather than exceptions.
 */
export function buildEvaluator(tree: FormulaNode, slotOf: (name: string, period: Period) => number): Evaluate {
  return build(tree, slotOf);
}

function build(node: FormulaNode, slotOf: (name: string, period: Period) => number): Evaluate {
  switch (node.kind) {
    case "number": {
      const value = Rational.fromCheckedDecimal(node.value);
      return () => value;
    }
    case "reference": {
      const slot = slotOf(node.name, node.period);
      return (frame) => {
        frame.trace?.read(slot);
        return frame.values[slot] ?? new MissingData([slot]);
      };
    }
    case "negate": {
      const operand = build(node.operand, slotOf);
      return (frame) => {
        const value = operand(frame);
        if (value instanceof Failure) return value;
        return record(frame, node, (value as Rational).negated());
      };
    }
    case "arithmetic":
      return buildArithmetic(node, slotOf);
    case "comparison":
      return buildComparison(node, slotOf);
    case "logical":
      return buildLogical(node, slotOf);
    case "not": {
      const operand = buildCondition(node.operand, slotOf);
      return (frame) => {
        const value = operand(frame);
        return value instanceof Failure ? value : !value;
      };
    }
    case "call":
      return buildCall(node, slotOf);
  }
}

/** Builds a node used as a condition: a yes-no value holds when it is not zero. */
function buildCondition(node: FormulaNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const evaluate = build(node, slotOf);
  if (isConditionNode(node)) return evaluate;
  return (frame) => {
    const value = evaluate(frame);
    return value instanceof Failure ? value : !(value as Rational).isZero();
  };
}

function isConditionNode(node: FormulaNode): boolean {
  if (node.kind === "comparison" || node.kind === "logical" || node.kind === "not") return true;
  if (node.kind === "call" && node.name === "if") return node.arguments[1] !== undefined && isConditionNode(node.arguments[1]);
  return false;
}

function buildArithmetic(node: ArithmeticNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const left = build(node.left, slotOf);
  const right = build(node.right, slotOf);
  const operate = OPERATIONS[node.operator];
  return (frame) => {
    const a = left(frame);
    const b = right(frame);
    if (a instanceof Failure || b instanceof Failure) return combineFailures([a, b]);
    const divisor = b as Rational;
    if (node.operator === "/" && divisor.isZero()) {
      return new UndefinedValue("division-by-zero", `division by zero: ${printFormula(node.right)} is 0 in ${printFormula(node)}`);
    }
    return record(frame, node, operate(a as Rational, divisor));
  };
}

const OPERATIONS: Readonly<Record<ArithmeticNode["operator"], (a: Rational, b: Rational) => Rational>> = {
  "+": (a, b) => a.plus(b),
  "-": (a, b) => a.minus(b),
  "*": (a, b) => a.times(b),
  "/": (a, b) => a.dividedBy(b),
};

const COMPARISONS: Readonly<Record<ComparisonNode["operator"], (a: Rational, b: Rational) => boolean>> = {
  "<": (a, b) => a.compare(b) < 0,
  "<=": (a, b) => a.compare(b) <= 0,
  ">": (a, b) => a.compare(b) > 0,
  ">=": (a, b) => a.compare(b) >= 0,
  "==": (a, b) => a.compare(b) === 0,
  "!=": (a, b) => a.compare(b) !== 0,
};

/**
 * Records the value of a node in the trace and returns it, after the two guards: a value of
 * magnitude 10^300 or more, or with a denominator beyond 10^400 in lowest terms, is `out-of-range`.
 */
function record(frame: Frame, node: FormulaNode, value: Rational): Outcome {
  let result = value;
  const { numerator, denominator } = value;

  // Most values pass this cheap test: |numerator| < 10^300 and denominator >= 1 bound the magnitude.
  if (numerator >= MAGNITUDE_LIMIT || numerator <= -MAGNITUDE_LIMIT || denominator > DENOMINATOR_LIMIT) {
    if (denominator > DENOMINATOR_LIMIT) {
      const divisor = greatestCommonDivisor(numerator, denominator);
      result = Rational.unchecked(numerator / divisor, denominator / divisor);
      if (result.denominator > DENOMINATOR_LIMIT) {
        return new UndefinedValue("out-of-range", `${printFormula(node)} needs a denominator beyond 10^400 to be exact (such as more than 400 decimal places), which no KPI value needs: check the data and the formula`);
      }
    }
    const magnitude = result.numerator < 0n ? -result.numerator : result.numerator;
    if (magnitude >= MAGNITUDE_LIMIT * result.denominator) {
      return new UndefinedValue("out-of-range", `${printFormula(node)} reaches 10^300 or more in magnitude, beyond any KPI value: check the data and the formula`);
    }
  }

  frame.trace?.steps.push({ node, value: result });
  return result;
}

function buildComparison(node: ComparisonNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const left = build(node.left, slotOf);
  const right = build(node.right, slotOf);
  const compare = COMPARISONS[node.operator];
  return (frame) => {
    const a = left(frame);
    const b = right(frame);
    if (a instanceof Failure || b instanceof Failure) return combineFailures([a, b]);
    return compare(a as Rational, b as Rational);
  };
}

/**
 * Builds `and` and `or` with three-valued logic. `false and x` is false and `true or x` is true
 * even when x is missing or undefined. Otherwise a failure of either side is the result.
 */
function buildLogical(node: LogicalNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const left = buildCondition(node.left, slotOf);
  const right = buildCondition(node.right, slotOf);
  const decisive = node.operator === "or";
  return (frame) => {
    const trace = frame.trace;
    const readsBefore = trace?.reads.length ?? 0;
    const stepsBefore = trace?.steps.length ?? 0;
    const a = left(frame);
    if (a === decisive) return decisive;
    const b = right(frame);
    if (b === decisive) {
      // The right side alone decides, so the trace keeps only what it read, as when the sides
      // are written the other way round: a failed rule then blames only the values that decide it.
      if (trace !== undefined && a instanceof Failure) {
        trace.reads.length = readsBefore;
        trace.steps.length = stepsBefore;
        right(frame);
      }
      return decisive;
    }
    if (a instanceof Failure || b instanceof Failure) return combineFailures([a, b]);
    return !decisive;
  };
}

function buildCall(node: CallNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const args = node.arguments;
  switch (node.name) {
    case "if": {
      const condition = buildCondition(args[0]!, slotOf);
      const whenTrue = build(args[1]!, slotOf);
      const whenFalse = build(args[2]!, slotOf);
      return (frame) => {
        const holds = condition(frame);
        if (holds instanceof Failure) return holds;
        frame.trace?.branch(node, holds as boolean);
        const result = holds ? whenTrue(frame) : whenFalse(frame);
        if (frame.trace !== undefined && !(result instanceof Failure) && typeof result !== "boolean") frame.trace.steps.push({ node, value: result });
        return result;
      };
    }
    case "sum":
    case "min":
    case "max":
      return buildAggregate(node, slotOf);
    case "abs": {
      const operand = build(args[0]!, slotOf);
      return (frame) => {
        const value = operand(frame);
        if (value instanceof Failure) return value;
        return record(frame, node, (value as Rational).abs());
      };
    }
    case "share":
    case "per1000":
      return buildRate(node, node.name === "share" ? HUNDRED : THOUSAND, slotOf);
    case "variation":
      return buildVariation(node, slotOf);
    default:
      throw new PmmEngineError("invalid-input", `unknown function ${node.name}: only formulas checked by compileFramework can be evaluated`);
  }
}

function buildAggregate(node: CallNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const operands = node.arguments.map((argument) => build(argument, slotOf));
  const name = node.name;
  return (frame) => {
    const values = operands.map((operand) => operand(frame));
    if (values.some((value) => value instanceof Failure)) return combineFailures(values);
    let result = values[0] as Rational;
    for (let index = 1; index < values.length; index++) {
      const value = values[index] as Rational;
      if (name === "sum") result = result.plus(value);
      else if (name === "min" ? value.compare(result) < 0 : value.compare(result) > 0) result = value;
    }
    return record(frame, node, result);
  };
}

function buildRate(node: CallNode, scale: Rational, slotOf: (name: string, period: Period) => number): Evaluate {
  const part = build(node.arguments[0]!, slotOf);
  const whole = build(node.arguments[1]!, slotOf);
  return (frame) => {
    const a = part(frame);
    const b = whole(frame);
    if (a instanceof Failure || b instanceof Failure) return combineFailures([a, b]);
    const base = b as Rational;
    if (base.isZero()) {
      return new UndefinedValue("division-by-zero", `division by zero: ${printFormula(node.arguments[1]!)} is 0 in ${printFormula(node)}`);
    }
    return record(frame, node, scale.times(a as Rational).dividedBy(base));
  };
}

function buildVariation(node: CallNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const name = (node.arguments[0] as { name: string }).name;
  const currentSlot = slotOf(name, "T");
  const previousSlot = slotOf(name, "T-1");
  return (frame: Frame): Outcome => {
    frame.trace?.read(currentSlot);
    frame.trace?.read(previousSlot);
    const current = frame.values[currentSlot];
    const previous = frame.values[previousSlot];
    if (current === undefined || previous === undefined) {
      return new MissingData([...(current === undefined ? [currentSlot] : []), ...(previous === undefined ? [previousSlot] : [])]);
    }
    if (previous.isZero()) {
      return new UndefinedValue("zero-base", `${name}[T-1] is 0, so the variation from T-1 to T is undefined`);
    }
    return record(frame, node, current.minus(previous).times(HUNDRED).dividedBy(previous));
  };
}
