import type { Period } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import type { ArithmeticNode, CallNode, ComparisonNode, FormulaNode, LogicalNode } from "../formula/ast.js";
import { printFormula } from "../formula/printer.js";
import { Failure, MissingData, UndefinedValue, combineFailures, type Evaluate, type Frame, type Outcome } from "./outcome.js";

const HUNDRED = new EngineDecimal(100);
const THOUSAND = new EngineDecimal(1000);

/**
 * Compiles a checked syntax tree into nested closures, once, so that evaluating a formula is a
 * chain of direct calls with no tree walking or name lookup. References become array reads
 * at a data slot.
 *
 * The tree must have passed `checkFormula` without problems: names resolve, arities are right
 * and values and conditions are where they belong.
 *
 * @param tree - A checked syntax tree.
 * @param slotOf - The data slot of a data element in a period.
 * @returns A function from data to a decimal, a condition or a failure. It never throws for data.
 */
export function buildEvaluator(tree: FormulaNode, slotOf: (name: string, period: Period) => number): Evaluate {
  return build(tree, slotOf);
}

function build(node: FormulaNode, slotOf: (name: string, period: Period) => number): Evaluate {
  switch (node.kind) {
    case "number": {
      const value = new EngineDecimal(node.value);
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
        const result = (value as EngineDecimal).neg();
        frame.trace?.steps.push({ node, value: result });
        return result;
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
    return value instanceof Failure ? value : !(value as EngineDecimal).isZero();
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
    const divisor = b as EngineDecimal;
    if (node.operator === "/" && divisor.isZero()) {
      return new UndefinedValue("division-by-zero", `division by zero: ${printFormula(node.right)} is 0 in ${printFormula(node)}`);
    }
    const result = operate(a as EngineDecimal, divisor);
    frame.trace?.steps.push({ node, value: result });
    return result;
  };
}

const OPERATIONS: Readonly<Record<ArithmeticNode["operator"], (a: EngineDecimal, b: EngineDecimal) => EngineDecimal>> = {
  "+": (a, b) => a.plus(b),
  "-": (a, b) => a.minus(b),
  "*": (a, b) => a.times(b),
  "/": (a, b) => a.div(b),
};

const COMPARISONS: Readonly<Record<ComparisonNode["operator"], (a: EngineDecimal, b: EngineDecimal) => boolean>> = {
  "<": (a, b) => a.lt(b),
  "<=": (a, b) => a.lte(b),
  ">": (a, b) => a.gt(b),
  ">=": (a, b) => a.gte(b),
  "==": (a, b) => a.eq(b),
  "!=": (a, b) => !a.eq(b),
};

function buildComparison(node: ComparisonNode, slotOf: (name: string, period: Period) => number): Evaluate {
  const left = build(node.left, slotOf);
  const right = build(node.right, slotOf);
  const compare = COMPARISONS[node.operator];
  return (frame) => {
    const a = left(frame);
    const b = right(frame);
    if (a instanceof Failure || b instanceof Failure) return combineFailures([a, b]);
    return compare(a as EngineDecimal, b as EngineDecimal);
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
    const a = left(frame);
    if (a === decisive) return decisive;
    const b = right(frame);
    if (b === decisive) return decisive;
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
        const result = (value as EngineDecimal).abs();
        frame.trace?.steps.push({ node, value: result });
        return result;
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
    let result = values[0] as EngineDecimal;
    for (let index = 1; index < values.length; index++) {
      const value = values[index] as EngineDecimal;
      if (name === "sum") result = result.plus(value);
      else if (name === "min" ? value.lt(result) : value.gt(result)) result = value;
    }
    frame.trace?.steps.push({ node, value: result });
    return result;
  };
}

function buildRate(node: CallNode, scale: EngineDecimal, slotOf: (name: string, period: Period) => number): Evaluate {
  const part = build(node.arguments[0]!, slotOf);
  const whole = build(node.arguments[1]!, slotOf);
  return (frame) => {
    const a = part(frame);
    const b = whole(frame);
    if (a instanceof Failure || b instanceof Failure) return combineFailures([a, b]);
    const base = b as EngineDecimal;
    if (base.isZero()) {
      return new UndefinedValue("division-by-zero", `division by zero: ${printFormula(node.arguments[1]!)} is 0 in ${printFormula(node)}`);
    }
    const result = scale.times(a as EngineDecimal).div(base);
    frame.trace?.steps.push({ node, value: result });
    return result;
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
    const result = current.minus(previous).times(HUNDRED).div(previous);
    frame.trace?.steps.push({ node, value: result });
    return result;
  };
}
