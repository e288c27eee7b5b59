import { safeParseFramework, type DataElement, type DataReference, type Framework, type Kpi, type Period, type ValidationRule } from "@pmm/model";
import { PmmEngineError } from "../errors.js";
import type { FormulaNode } from "../formula/ast.js";
import { parseFormula } from "../formula/parser.js";
import { formatExcerpt, locate } from "../formula/source-position.js";
import { checkFormula } from "./check-formula.js";
import { CompiledFormula } from "./compiled-formula.js";
import { DataSlots } from "./data-slots.js";
import { buildEvaluator } from "./evaluator.js";
import { FrameworkCompileError, type CompileProblem, type CompileProblemCode } from "./problems.js";
import { describeType, type FormulaType } from "./units.js";

/** One KPI of a compiled framework. */
export interface CompiledKpi {
  /** The KPI as defined in the framework. */
  readonly kpi: Kpi;
  /** Its position in the framework's `kpis`. */
  readonly index: number;
  /** The compiled formula, or `undefined` when the KPI has none (its results are `undefined` with reason `no-formula`). */
  readonly formula: CompiledFormula | undefined;
  /** The compiled applicability condition, when the KPI has one. */
  readonly applicability: CompiledFormula | undefined;
  /** Every data element and period the formula and the applicability condition read, in framework order. */
  readonly reads: readonly DataReference[];
}

/** One validation rule of a compiled framework. */
export interface CompiledRule {
  readonly rule: ValidationRule;
  /** Its position in the framework's `validationRules`. */
  readonly index: number;
  readonly condition: CompiledFormula;
}

/**
 * A framework whose formulas, applicability conditions and validation rules have all been
 * parsed and checked once. Pass it to `validateSubmission`, `computeKpis` and `computeCycle`.
 */
export interface CompiledFramework {
  /** The parsed framework it was compiled from. */
  readonly framework: Framework;
  /** Every KPI, in framework order. */
  readonly kpis: readonly CompiledKpi[];
  /** Every validation rule, in framework order. */
  readonly validationRules: readonly CompiledRule[];
  /** Ids of the KPIs without a formula, in framework order. */
  readonly kpisWithoutFormula: readonly string[];
  /** Data elements by id. */
  readonly dataElements: ReadonlyMap<string, DataElement>;
  /** Slot numbering of the data, shared by every compiled formula. */
  readonly slots: DataSlots;
}

/** The outcome of {@link compileFramework}. */
export type CompileResult = { ok: true; compiled: CompiledFramework } | { ok: false; problems: CompileProblem[] };

const RESERVED_NAMES: ReadonlySet<string> = new Set(["and", "or", "not", "T"]);

/**
 * Compiles a framework: parses every KPI formula, applicability condition and validation rule
 * once, and checks names (with a "did you mean" hint), arity, periods, values against
 * conditions, and units. A KPI formula must give a value in the KPI's declared unit, and a
 * `number` KPI accepts any unit. An applicability condition and a validation rule must give a
 * condition.
 *
 * The framework is first parsed with the `Framework` schema of `@pmm/model`, so a framework
 * document straight from `JSON.parse` compiles as well as the output of `parseFramework`, and
 * parsing a parsed framework again gives the same framework. Its schema problems come back as
 * problems of code `invalid-framework`, and formulas are compiled only once it is valid.
 *
 * Every problem is returned, not only the first, each with its path in the framework, such as
 * `kpis[7].formula`, and for problems inside a formula the line, column and an excerpt with a
 * caret. KPIs without a formula compile and are listed in `kpisWithoutFormula`.
 *
 * @param input - A framework: the output of `parseFramework` from `@pmm/model`, or the framework document as JSON.
 * @returns `{ ok: true, compiled }` or `{ ok: false, problems }`. `compiled.framework` is the parsed framework, with defaults filled in.
 * @throws {@link PmmEngineError} (`invalid-input`) when `input` is not an object at all, such as a string or `undefined`.
 * @example
 * ```ts
 * const result = compileFramework(JSON.parse(await readFile("framework.json", "utf8")));
 * if (!result.ok) console.error(formatCompileProblems(result.problems));
 * ```
 */
export function compileFramework(input: unknown): CompileResult {
  const parsed = parseInput(input);
  if (!parsed.ok) return parsed;
  const framework = parsed.framework;
  const problems: CompileProblem[] = [];
  const dataElements = new Map(framework.dataElements.map((element) => [element.id, element]));
  const slots = new DataSlots(framework.dataElements);
  const frameworkPeriods = new Set<Period>(framework.periods);

  framework.dataElements.forEach((element, index) => {
    if (RESERVED_NAMES.has(element.id)) {
      problems.push({ path: `dataElements[${index}].id`, code: "reserved-name", message: `"${element.id}" is a reserved word of the formula language, so no formula can read this data element: rename it` });
    }
  });

  const compileOne = (source: string, path: string, expected: "value" | "condition"): { formula: CompiledFormula | undefined; type: FormulaType } => {
    const parsed = parseFormula(source);
    if (!parsed.ok) {
      const { code, message, line, column, excerpt } = parsed.problem;
      problems.push({ path, code, message, line, column, excerpt });
      return { formula: undefined, type: { kind: "invalid" } };
    }
    const before = problems.length;
    const report = (node: FormulaNode, code: CompileProblemCode, message: string): void => {
      problems.push(formulaProblem(source, path, code === "unit-mismatch" ? operatorOffset(source, node) : node.span.start, code, message));
    };
    const checked = checkFormula(parsed.tree, { elements: dataElements, frameworkPeriods, report });
    if (expected === "condition") checkIsCondition(checked.type, (code, message) => report(parsed.tree, code, message));
    else checkIsValue(checked.type, (code, message) => report(parsed.tree, code, message));
    if (problems.length > before) return { formula: undefined, type: { kind: "invalid" } };

    const reads = sortReads(checked.reads, slots);
    const evaluate = buildEvaluator(parsed.tree, (name, period) => slots.slotOf(name, period) ?? -1);
    return { formula: new CompiledFormula(source, parsed.tree, checked.type, reads, evaluate, slots), type: checked.type };
  };

  const kpis = framework.kpis.map((kpi, index): CompiledKpi => {
    const path = `kpis[${index}]`;
    let formula: CompiledFormula | undefined;
    if (kpi.formula !== undefined) {
      const compiled = compileOne(kpi.formula, `${path}.formula`, "value");
      formula = compiled.formula;
      if (formula !== undefined) {
        if (formula.reads.length === 0) {
          problems.push(formulaProblem(kpi.formula, `${path}.formula`, formula.tree.span.start, "no-data", `the formula of KPI "${kpi.id}" reads no data element: a KPI is computed from submitted data`));
        }
        const unitMessage = checkKpiUnit(compiled.type, kpi);
        if (unitMessage !== undefined) problems.push(formulaProblem(kpi.formula, `${path}.formula`, formula.tree.span.start, "kpi-unit-mismatch", unitMessage));
      }
    }
    const applicability = kpi.applicability === undefined ? undefined : compileOne(kpi.applicability, `${path}.applicability`, "condition").formula;
    const reads = sortReads([...(formula?.reads ?? []), ...(applicability?.reads ?? [])].map((read) => ({ name: read.dataElement, period: read.period })), slots);
    return { kpi, index, formula, applicability, reads };
  });

  const validationRules: CompiledRule[] = [];
  framework.validationRules.forEach((rule, index) => {
    const condition = compileOne(rule.condition, `validationRules[${index}].condition`, "condition").formula;
    if (condition !== undefined) validationRules.push({ rule, index, condition });
  });

  if (problems.length > 0) return { ok: false, problems };
  const kpisWithoutFormula = framework.kpis.filter((kpi) => kpi.formula === undefined).map((kpi) => kpi.id);
  return { ok: true, compiled: { framework, kpis, validationRules, kpisWithoutFormula, dataElements, slots } };
}

/**
 * Compiles a framework, or throws with every problem.
 *
 * @param input - A framework, parsed or as JSON, as {@link compileFramework} takes it.
 * @returns The compiled framework.
 * @throws {@link FrameworkCompileError} listing every problem, schema problems included, when the framework does not compile.
 * @throws {@link PmmEngineError} (`invalid-input`) when `input` is not an object at all.
 * @example
 * ```ts
 * const compiled = compileFrameworkOrThrow(pmmIllustrativeFramework);
 * ```
 */
export function compileFrameworkOrThrow(input: unknown): CompiledFramework {
  const result = compileFramework(input);
  if (!result.ok) throw new FrameworkCompileError(result.problems);
  return result.compiled;
}

/** Returns where the operator of a binary node is, so that a unit error points at the `+` or `<` that joins the two units. */
function operatorOffset(source: string, node: FormulaNode): number {
  if (node.kind !== "arithmetic" && node.kind !== "comparison") return node.span.start;
  // Only closing parentheses and whitespace lie between the left operand and the operator.
  const offset = source.indexOf(node.operator, node.left.span.end);
  return offset === -1 || offset > node.right.span.start ? node.span.start : offset;
}

function formulaProblem(source: string, path: string, offset: number, code: CompileProblemCode, message: string): CompileProblem {
  const { line, column } = locate(source, offset);
  return { path, code, message, line, column, excerpt: formatExcerpt(source, offset) };
}

function checkIsValue(type: FormulaType, report: (code: CompileProblemCode, message: string) => void): void {
  if (type.kind === "condition") {
    report("expected-value", "a KPI formula must give a value, but this gives a condition (true or false): for a yes-no KPI write if(condition, 1, 0)");
  }
}

function checkIsCondition(type: FormulaType, report: (code: CompileProblemCode, message: string) => void): void {
  if (type.kind === "condition" || type.kind === "invalid") return;
  if (type.kind === "value" && type.unit === "yes-no" && type.detail === undefined) return;
  report("expected-condition", `expected a condition such as "a <= b", but this gives ${describeType(type)}`);
}

function checkKpiUnit(type: FormulaType, kpi: Kpi): string | undefined {
  if (type.kind !== "value" || kpi.unit === "number" || (type.unit === kpi.unit && type.detail === undefined)) return undefined;
  const hints: Record<string, string> = {
    "ratio>percent": "multiply by 100, or write share(part, whole)",
    "percent>ratio": "divide by 100, or drop the factor 100",
    "ratio>per-1000": "multiply by 1000, or write per1000(count, base)",
  };
  const hint = hints[`${type.unit}>${kpi.unit}`] ?? `change the formula, or declare the KPI's unit as "${type.unit}"`;
  return `KPI "${kpi.id}" is declared in ${kpi.unit}, but its formula gives ${describeType(type)}: ${hint}`;
}

function sortReads(reads: readonly { name: string; period: Period }[], slots: DataSlots): DataReference[] {
  const unique = new Map<number, DataReference>();
  for (const read of reads) {
    const slot = slots.slotOf(read.name, read.period);
    if (slot !== undefined) unique.set(slot, { dataElement: read.name, period: read.period });
  }
  return [...unique.entries()].sort(([a], [b]) => a - b).map(([, reference]) => reference);
}

/** Parses the input with the model's `Framework` schema, turning its problems into compile problems. */
function parseInput(input: unknown): { ok: true; framework: Framework } | { ok: false; problems: CompileProblem[] } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const received = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    throw new PmmEngineError("invalid-input", `compileFramework needs a framework object, but received ${received}: pass the framework document (JSON.parse of the file) or the output of parseFramework from @pmm/model`);
  }

  const result = safeParseFramework(input);
  if (result.success) return { ok: true, framework: result.data };
  const problems = result.problems.map((problem): CompileProblem => ({ path: problem.path, code: "invalid-framework", message: problem.message }));
  return { ok: false, problems };
}
