import { suggestName, type DataElement, type Period } from "@pmm/model";
import type { CallNode, FormulaNode } from "../formula/ast.js";
import { FORMULA_FUNCTIONS } from "../formula/functions.js";
import type { CompileProblemCode } from "./problems.js";
import { UNIT_OF_KIND, combineConstants, describeType, inferProductType, sameUnit, type Factor, type FormulaType } from "./units.js";

/** What the checker needs to know about the framework, and where it reports problems. */
export interface CheckContext {
  /** Data elements by id. A `Map`, so that names such as `constructor` are ordinary keys. */
  readonly elements: ReadonlyMap<string, DataElement>;
  /** The periods the framework collects. */
  readonly frameworkPeriods: ReadonlySet<Period>;
  /** Records a problem at a node. */
  readonly report: (node: FormulaNode, code: CompileProblemCode, message: string) => void;
}

/** The result of checking one formula: its type and every data element and period it reads. */
export interface CheckResult {
  readonly type: FormulaType;
  /** Reads as `name` and period pairs, each once, in the order first met. */
  readonly reads: readonly { readonly name: string; readonly period: Period }[];
}

/**
 * Checks a parsed formula against a framework: names, periods, arity, conditions against values
 * and units. Every problem is reported through `context.report`; checking goes on after a
 * problem so that one pass finds them all.
 *
 * @param tree - The syntax tree.
 * @param context - The framework's data elements and periods, and the problem sink.
 * @returns The formula's type and the data it reads.
 */
export function checkFormula(tree: FormulaNode, context: CheckContext): CheckResult {
  const reads = new Map<string, { name: string; period: Period }>();
  const checker = new Checker(context, (name, period) => {
    const key = `${name}[${period}]`;
    if (!reads.has(key)) reads.set(key, { name, period });
  });
  const type = checker.check(tree);
  return { type, reads: [...reads.values()] };
}

const INVALID: FormulaType = { kind: "invalid" };
const CONDITION: FormulaType = { kind: "condition" };

class Checker {
  constructor(
    private readonly context: CheckContext,
    private readonly read: (name: string, period: Period) => void,
  ) {}

  check(node: FormulaNode): FormulaType {
    switch (node.kind) {
      case "number":
        return { kind: "dimensionless", constant: node.value };
      case "reference":
        return this.checkReference(node.name, node.period, node);
      case "negate": {
        const operand = this.expectValue(node.operand);
        if (operand.kind === "dimensionless") return operand.constant === undefined ? operand : { kind: "dimensionless", constant: negate(operand.constant) };
        return operand;
      }
      case "not":
        this.expectCondition(node.operand);
        return CONDITION;
      case "logical":
        this.expectCondition(node.left);
        this.expectCondition(node.right);
        return CONDITION;
      case "comparison": {
        const left = this.expectValue(node.left);
        const right = this.expectValue(node.right);
        this.unify([left, right], node, (a, b) => `cannot compare ${a} with ${b}: both sides of "${node.operator}" need the same unit`);
        return CONDITION;
      }
      case "arithmetic":
        if (node.operator === "+" || node.operator === "-") {
          const left = this.expectValue(node.left);
          const right = this.expectValue(node.right);
          if (left.kind === "dimensionless" && right.kind === "dimensionless") {
            const constant = combineConstants(left.constant, right.constant, node.operator);
            return constant === undefined ? { kind: "dimensionless" } : { kind: "dimensionless", constant };
          }
          const verb = node.operator === "+" ? "add" : "subtract";
          return this.unify([left, right], node, (a, b) => `cannot ${verb} ${a} and ${b}: both sides of "${node.operator}" need the same unit`);
        }
        return this.checkProduct(node);
      case "call":
        return this.checkCall(node);
    }
  }

  private checkReference(name: string, period: Period, node: FormulaNode): FormulaType {
    const element = this.context.elements.get(name);
    if (element === undefined) {
      const suggestion = suggestName(name, this.context.elements.keys());
      const hint = suggestion === undefined ? "check the spelling against the framework's dataElements" : `did you mean "${suggestion}"?`;
      this.context.report(node, "unknown-data-element", `unknown data element "${name}": ${hint}`);
      return INVALID;
    }
    if (!this.context.frameworkPeriods.has(period)) {
      this.context.report(node, "period-not-collected", `${name}[${period}] reads period ${period}, which this framework does not collect: add "${period}" to the framework's periods`);
      return INVALID;
    }
    if (!element.periods.includes(period)) {
      this.context.report(node, "period-not-collected", `${name}[${period}] reads period ${period}, but data element "${name}" collects only ${element.periods.join(" and ")}: add "${period}" to its periods`);
      return INVALID;
    }
    this.read(name, period);
    return { kind: "value", unit: UNIT_OF_KIND[element.kind] };
  }

  private checkProduct(node: FormulaNode): FormulaType {
    const factors: Factor[] = [];
    const collect = (part: FormulaNode, exponent: 1 | -1): void => {
      if (part.kind === "arithmetic" && (part.operator === "*" || part.operator === "/")) {
        collect(part.left, exponent);
        const inverted = exponent === 1 ? -1 : 1;
        collect(part.right, part.operator === "*" ? exponent : inverted);
        return;
      }
      factors.push({ type: this.expectValue(part), exponent });
    };
    collect(node, 1);
    if (factors.some((factor) => factor.type.kind === "invalid")) return INVALID;
    return inferProductType(factors);
  }

  private checkCall(node: CallNode): FormulaType {
    const definition = FORMULA_FUNCTIONS.get(node.name);
    if (definition === undefined) {
      const suggestion = suggestName(node.name, FORMULA_FUNCTIONS.keys());
      const known = [...FORMULA_FUNCTIONS.keys()].join(", ");
      const hint = suggestion === undefined ? `the functions are ${known}` : `did you mean "${suggestion}"? The functions are ${known}`;
      this.context.report(node, "unknown-function", `unknown function "${node.name}": ${hint}`);
      for (const argument of node.arguments) this.check(argument);
      return INVALID;
    }
    const count = node.arguments.length;
    if (count < definition.minArguments || count > definition.maxArguments) {
      const wanted = definition.maxArguments === Infinity ? `at least ${definition.minArguments} argument` : `${definition.minArguments} argument${definition.minArguments === 1 ? "" : "s"}`;
      this.context.report(node, "wrong-arity", `${definition.signature} takes ${wanted}, but ${count} ${count === 1 ? "was" : "were"} given`);
      for (const argument of node.arguments) this.check(argument);
      return INVALID;
    }

    const args = node.arguments;
    switch (definition.name) {
      case "if":
        return this.checkIf(node);
      case "sum":
      case "min":
      case "max": {
        const types = args.map((argument) => this.expectValue(argument));
        return this.unify(types, node, (a, b) => `${node.name}(...) needs arguments of one unit, but it has ${a} and ${b}`);
      }
      case "abs":
        return this.expectValue(args[0]!);
      case "share":
      case "per1000": {
        const types = args.map((argument) => this.expectValue(argument));
        const unified = this.unify(types, node, (a, b) => `${definition.signature} needs both arguments in the same unit, but they are ${a} and ${b}`);
        if (unified.kind === "invalid") return INVALID;
        return { kind: "value", unit: node.name === "share" ? "percent" : "per-1000" };
      }
      case "variation":
        return this.checkVariation(node);
    }
  }

  private checkIf(node: CallNode): FormulaType {
    const [condition, whenTrue, whenFalse] = node.arguments as [FormulaNode, FormulaNode, FormulaNode];
    this.expectCondition(condition);
    const a = this.check(whenTrue);
    const b = this.check(whenFalse);
    if (a.kind === "invalid" || b.kind === "invalid") return INVALID;
    if (a.kind === "condition" && b.kind === "condition") return CONDITION;
    if (a.kind === "condition" || b.kind === "condition") {
      this.context.report(node, "expected-value", "if(condition, a, b) needs a and b both values or both conditions, but one is a value and the other a condition");
      return INVALID;
    }
    return this.unify([a, b], node, (x, y) => `if(condition, a, b) needs a and b in the same unit, but they are ${x} and ${y}`);
  }

  private checkVariation(node: CallNode): FormulaType {
    const argument = node.arguments[0]!;
    if (argument.kind !== "reference") {
      this.context.report(argument, "invalid-variation-argument", "variation(x) needs a data element name, such as variation(aeo_count): it reads x[T] and x[T-1] itself");
      this.check(argument);
      return INVALID;
    }
    if (argument.period !== "T") {
      this.context.report(argument, "invalid-variation-argument", `variation(x) reads x[T] and x[T-1] itself: write variation(${argument.name})`);
      return INVALID;
    }
    const current = this.checkReference(argument.name, "T", argument);
    if (current.kind === "invalid") return INVALID;
    const previous = this.checkReference(argument.name, "T-1", argument);
    if (previous.kind === "invalid") return INVALID;
    return { kind: "value", unit: "percent" };
  }

  private expectValue(node: FormulaNode): FormulaType {
    const type = this.check(node);
    if (type.kind === "condition") {
      this.context.report(node, "expected-value", "expected a value, found a condition: a comparison or and/or/not gives true or false, not a number (write if(condition, 1, 0) to turn it into a number)");
      return INVALID;
    }
    return type;
  }

  private expectCondition(node: FormulaNode): void {
    const type = this.check(node);
    if (type.kind === "condition" || type.kind === "invalid") return;
    if (type.kind === "value" && type.unit === "yes-no" && type.detail === undefined) return;
    this.context.report(node, "expected-condition", `expected a condition such as "a > b", found ${describeType(type)}: only a yes-no value may stand for a condition`);
  }

  /** Checks that value types share one unit (plain numbers take the others' unit) and returns it. */
  private unify(types: readonly FormulaType[], node: FormulaNode, mismatch: (a: string, b: string) => string): FormulaType {
    let unit: (FormulaType & { kind: "value" }) | undefined;
    for (const type of types) {
      if (type.kind === "invalid" || type.kind === "condition") return INVALID;
      if (type.kind !== "value") continue;
      if (unit === undefined) unit = type;
      else if (!sameUnit(unit, type)) {
        this.context.report(node, "unit-mismatch", mismatch(describeType(unit), describeType(type)));
        return INVALID;
      }
    }
    return unit ?? { kind: "dimensionless" };
  }
}

function negate(constant: string): string {
  if (constant.startsWith("-")) return constant.slice(1);
  if (constant === "0") return "0";
  return `-${constant}`;
}
