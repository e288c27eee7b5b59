import type { KpiResult, Submission } from "@pmm/model";
import type { CompiledFramework } from "../compile/compile-framework.js";
import { resolveOutputRounding, type OutputRounding, type ResolvedOutputRounding } from "../decimal.js";
import { InvalidOptionError, PmmEngineError } from "../errors.js";
import { blockedSlots } from "../validate/blocking.js";
import type { ValidationFinding } from "../validate/findings.js";
import { validatePrepared } from "../validate/validate-submission.js";
import { computeKpiResult } from "./kpi-result.js";
import { assertCompiled, describeValue, prepareSubmission } from "./prepare.js";

/** Options of {@link computeKpis} and {@link computeCycle}. */
export interface ComputeOptions {
  /** Output rounding of every value that leaves the engine. Default: 4 decimal places, half-even. */
  rounding?: OutputRounding | undefined;
  /**
   * Validation findings to block KPIs with, such as those returned by `validateSubmission` (of
   * one or several administrations; each submission uses its own). Default: the engine
   * validates each submission itself. Pass `[]` to compute without blocking anything.
   */
  findings?: readonly ValidationFinding[] | undefined;
}

const OPTION_NAMES: ReadonlySet<string> = new Set(["rounding", "findings"]);

/**
 * Computes every KPI of the framework for one administration. Each result has one of the
 * statuses `value` (with an explanation), `not-applicable`, `missing-data`, `undefined` or
 * `invalid` (blocked by a validation error on a value it reads). Values are exact decimals
 * rounded once, at the output.
 *
 * @param compiled - The compiled framework.
 * @param submission - A parsed submission.
 * @param options - Rounding and validation findings; see {@link ComputeOptions}.
 * @returns One result per KPI, in framework order. Never NaN or Infinity, never a throw for data.
 * @throws {@link InvalidOptionError} when an option is unknown or out of range.
 * @throws {@link PmmEngineError} (`invalid-input`) when `compiled` or `submission` is not what `compileFramework` and `parseSubmission` return.
 * @example
 * ```ts
 * const compiled = compileFrameworkOrThrow(parseFramework(pmmIllustrativeFramework));
 * for (const result of computeKpis(compiled, parseSubmission(json))) {
 *   if (result.status === "value") console.log(result.explanation.sentence);
 * }
 * ```
 */
export function computeKpis(compiled: CompiledFramework, submission: Submission, options?: ComputeOptions): KpiResult[] {
  assertCompiled(compiled);
  const { rounding, findings } = resolveComputeOptions(options);
  return computeOne(compiled, submission, rounding, findings);
}

/**
 * Computes every KPI for every administration of a cycle. Results are sorted by administration
 * id (in code unit order), then by the framework's KPI order, so the output does not depend on
 * the order of the submissions or of their values.
 *
 * @param compiled - The compiled framework.
 * @param submissions - One parsed submission per administration, all of the same cycle.
 * @param options - Rounding and validation findings; see {@link ComputeOptions}.
 * @returns The results of every administration.
 * @throws {@link InvalidOptionError} when an option is unknown or out of range.
 * @throws {@link PmmEngineError} (`invalid-input`) when two submissions have the same
 *   administration, or the submissions belong to different cycles.
 * @example
 * ```ts
 * const results = computeCycle(compiled, submissions, { rounding: { decimalPlaces: 2 } });
 * ```
 */
export function computeCycle(compiled: CompiledFramework, submissions: readonly Submission[], options?: ComputeOptions): KpiResult[] {
  assertCompiled(compiled);
  const { rounding, findings } = resolveComputeOptions(options);
  if (!Array.isArray(submissions)) throw new PmmEngineError("invalid-input", "computeCycle expects an array of parsed submissions");

  const byAdministration = new Map<string, Submission>();
  const cycles = new Set<string>();
  for (const [index, submission] of submissions.entries()) {
    if (typeof submission !== "object" || submission === null) {
      throw new PmmEngineError("invalid-input", `submissions[${index}] is ${describeValue(submission)}: pass parsed submissions, as parseSubmission from @pmm/model returns them`);
    }
    const administration = String(submission.administration);
    if (byAdministration.has(administration)) {
      throw new PmmEngineError("invalid-input", `administration "${administration}" has two submissions: pass one submission per administration`);
    }
    byAdministration.set(administration, submission);
    cycles.add(String(submission.cycle));
  }
  if (cycles.size > 1) {
    throw new PmmEngineError("invalid-input", `the submissions belong to different cycles (${[...cycles].sort().join(", ")}): compute one cycle at a time`);
  }

  const ordered = [...byAdministration.keys()].sort(compareCodeUnits);
  return ordered.flatMap((administration) => computeOne(compiled, byAdministration.get(administration)!, rounding, findings));
}

function computeOne(compiled: CompiledFramework, submission: Submission, rounding: ResolvedOutputRounding, findings: readonly ValidationFinding[] | undefined): KpiResult[] {
  const data = prepareSubmission(compiled, submission);
  const relevant = findings ?? validatePrepared(compiled, data);
  const blocked = blockedSlots(relevant, data.administration, compiled.slots);
  return compiled.kpis.map((entry) => computeKpiResult(entry, { data, slots: compiled.slots, rounding, blocked }));
}

/** Orders strings by UTF-16 code units, the same on every machine and locale. */
function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

function resolveComputeOptions(options: ComputeOptions | undefined): { rounding: ResolvedOutputRounding; findings: readonly ValidationFinding[] | undefined } {
  if (options === undefined) return { rounding: resolveOutputRounding(undefined), findings: undefined };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidOptionError("options", `options is ${JSON.stringify(options)}: pass an object such as { rounding: { decimalPlaces: 2 } }, or nothing`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.has(key)) throw new InvalidOptionError(key, `unknown option "${key}": the options are ${[...OPTION_NAMES].join(", ")}`);
  }
  if (options.findings !== undefined && !Array.isArray(options.findings)) {
    throw new InvalidOptionError("findings", "findings must be an array of validation findings, such as the result of validateSubmission");
  }
  const faulty = options.findings?.findIndex((finding) => typeof finding !== "object" || finding === null || !Array.isArray(finding.values)) ?? -1;
  if (faulty >= 0) {
    throw new InvalidOptionError("findings", `findings[${faulty}] is not a validation finding: pass the findings that validateSubmission returned, unchanged`);
  }
  return { rounding: resolveOutputRounding(options.rounding), findings: options.findings };
}
