import type { Explanation, Kpi, KpiUnit } from "@pmm/model";
import type { CompiledFormula } from "../compile/compiled-formula.js";
import type { DataSlots } from "../compile/data-slots.js";
import type { Trace } from "../compile/outcome.js";
import type { ResolvedOutputRounding } from "../decimal.js";
import type { FormulaNode } from "../formula/ast.js";
import { Precedence, precedenceOf, printFormula } from "../formula/printer.js";

/** Sources of an explanation: the traced evaluation and the data it read. */
export interface ExplanationSource {
  readonly kpi: Kpi;
  readonly formula: CompiledFormula;
  readonly trace: Trace;
  readonly texts: readonly (string | undefined)[];
  readonly slots: DataSlots;
  readonly value: string;
  readonly rounding: ResolvedOutputRounding;
}

/**
 * Builds the explanation of a KPI value: the inputs read, each intermediate value, and one
 * sentence such as "Rate of electronic declarations = 100 × 9,812 / 10,000 = 98.12 percent".
 *
 * @param source - The traced evaluation.
 * @returns The explanation, with every value as a canonical decimal string.
 */
export function explain(source: ExplanationSource): Explanation {
  const { trace, texts, slots, rounding } = source;
  const inputs = trace.reads.flatMap((slot) => {
    const value = texts[slot];
    return value === undefined ? [] : [{ ...slots.referenceOf(slot), value }];
  });

  const { decimalPlaces, mode } = rounding;
  const seen = new Set<string>();
  const steps: Explanation["steps"] = [];
  for (const step of trace.steps) {
    // Equal texts may come from different sub-expressions once long ones are shortened, so a
    // step is left out only when both its text and its value repeat an earlier step.
    const expression = source.formula.textOf(step.node);
    const value = step.value.toOutputText(decimalPlaces, mode);
    const key = `${expression}\n${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    steps.push({ expression, value });
  }

  const renderer = new SentenceRenderer(source);
  const equation = renderer.render(source.formula.tree).text;
  const result = `${formatNumber(source.value)}${unitSuffix(source.kpi.unit, source.value)}`;
  const middle = equation === formatNumber(source.value) ? "" : ` = ${equation}`;
  return { sentence: `${source.kpi.name.en}${middle} = ${result}`, inputs, steps };
}

/**
 * Writes a canonical decimal string with a comma between groups of three digits:
 * `"1234567.891"` becomes `"1,234,567.891"`.
 */
export function formatNumber(text: string): string {
  const sign = text.startsWith("-") ? "-" : "";
  const point = text.indexOf(".");
  const integer = text.slice(sign.length, point === -1 ? text.length : point);
  if (integer.length <= 3) return text;
  let grouped = integer.slice(0, integer.length % 3 || 3);
  for (let index = grouped.length; index < integer.length; index += 3) grouped += `,${integer.slice(index, index + 3)}`;
  return `${sign}${grouped}${point === -1 ? "" : text.slice(point)}`;
}

function unitSuffix(unit: KpiUnit, value: string): string {
  switch (unit) {
    case "percent":
      return " percent";
    case "per-1000":
      return " per 1,000";
    case "hours":
      return " hours";
    case "days":
      return " days";
    case "currency":
      return " in national currency";
    case "yes-no":
      return value === "1" ? " (yes)" : value === "0" ? " (no)" : "";
    case "ratio":
    case "count":
    case "number":
      return "";
  }
}

interface Rendered {
  readonly text: string;
  readonly precedence: number;
}

/** Writes a formula with the data values in place of the names, in everyday notation. */
class SentenceRenderer {
  constructor(private readonly source: ExplanationSource) {}

  render(node: FormulaNode): Rendered {
    switch (node.kind) {
      case "number":
        return this.number(node.value);
      case "reference": {
        const slot = this.source.slots.slotOf(node.name, node.period);
        const text = slot === undefined ? undefined : this.source.texts[slot];
        return text === undefined ? { text: printFormula(node), precedence: Precedence.Primary } : this.number(text);
      }
      case "negate":
        return { text: `-${this.wrap(node.operand, Precedence.Primary)}`, precedence: Precedence.Unary };
      case "arithmetic": {
        const additive = node.operator === "+" || node.operator === "-";
        const own = additive ? Precedence.Additive : Precedence.Multiplicative;
        const symbol = node.operator === "*" ? "×" : node.operator;
        return { text: `${this.wrap(node.left, own)} ${symbol} ${this.wrap(node.right, own + 1)}`, precedence: own };
      }
      case "comparison":
        return { text: `${this.wrap(node.left, Precedence.Additive)} ${node.operator} ${this.wrap(node.right, Precedence.Additive)}`, precedence: Precedence.Comparison };
      case "logical":
      case "not":
        return { text: printFormula(node), precedence: precedenceOf(node) };
      case "call":
        return this.call(node);
    }
  }

  private call(node: FormulaNode & { kind: "call" }): Rendered {
    const args = node.arguments;
    switch (node.name) {
      case "if": {
        const branch = this.source.trace.branches?.get(node);
        const chosen = branch === undefined ? undefined : args[branch ? 1 : 2];
        return chosen === undefined ? { text: printFormula(node), precedence: Precedence.Primary } : this.render(chosen);
      }
      case "sum":
        if (args.length === 1 && args[0] !== undefined) return this.render(args[0]);
        return { text: args.map((argument) => this.wrap(argument, Precedence.Multiplicative)).join(" + "), precedence: Precedence.Additive };
      case "min":
      case "max":
        return { text: `${node.name}(${args.map((argument) => this.render(argument).text).join("; ")})`, precedence: Precedence.Primary };
      case "abs":
        return { text: `|${args[0] === undefined ? "" : this.render(args[0]).text}|`, precedence: Precedence.Primary };
      case "share":
      case "per1000":
        return this.rate(node.name === "share" ? "100" : "1,000", args[0], args[1]);
      case "variation":
        return this.variation(args[0]);
      default:
        return { text: printFormula(node), precedence: Precedence.Primary };
    }
  }

  private rate(scale: string, part: FormulaNode | undefined, whole: FormulaNode | undefined): Rendered {
    if (part === undefined || whole === undefined) return { text: scale, precedence: Precedence.Primary };
    return { text: `${scale} × ${this.wrap(part, Precedence.Multiplicative)} / ${this.wrap(whole, Precedence.Unary)}`, precedence: Precedence.Multiplicative };
  }

  private variation(argument: FormulaNode | undefined): Rendered {
    if (argument?.kind !== "reference") return { text: "variation", precedence: Precedence.Primary };
    const current = this.render({ ...argument, period: "T" });
    const previous = this.render({ ...argument, period: "T-1" });
    const previousText = previous.precedence >= Precedence.Unary ? previous.text : `(${previous.text})`;
    const currentText = current.precedence >= Precedence.Additive ? current.text : `(${current.text})`;
    return { text: `100 × (${currentText} - ${previousText}) / ${previousText}`, precedence: Precedence.Multiplicative };
  }

  private number(text: string): Rendered {
    // A negative number binds like a sum, so that it is put in parentheses after an operator.
    return { text: formatNumber(text), precedence: text.startsWith("-") ? Precedence.Additive : Precedence.Primary };
  }

  private wrap(node: FormulaNode, minimum: number): string {
    const rendered = this.render(node);
    return rendered.precedence >= minimum ? rendered.text : `(${rendered.text})`;
  }
}
