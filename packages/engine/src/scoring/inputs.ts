import { EngineDecimal } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import { safeParseFramework, type Framework, type Kpi, type KpiResult } from "@pmm/model";
import { requireObject } from "../input-checks.js";
import { checkNormalisation, DATA_DRIVEN_METHODS } from "../normalisation/normalise.js";
import { describeReference, type ReferenceDistribution } from "../normalisation/reference.js";

/** A parsed framework, or a compiled framework that carries one in `.framework`. */
export type FrameworkSource = Framework | { readonly framework: Framework };

/**
 * Returns the parsed framework of a framework or of a compiled framework.
 *
 * @example
 * ```ts
 * frameworkOf(compiled).kpis.length; // the same as frameworkOf(framework).kpis.length
 * ```
 */
export function frameworkOf(source: FrameworkSource): Framework {
  requireObject(source, "the framework", "a framework parsed with parseFramework, or the compiled framework from compileFramework");

  // A parsed framework has no `framework` field; a compiled framework also has `kpis`, so
  // telling them apart by `kpis` would be wrong.
  const framework: unknown = "framework" in source && typeof source.framework === "object" && source.framework !== null ? source.framework : source;
  return checkedFramework(framework as object);
}

// Each framework object is checked once: raw JSON gets its defaults filled in, or a typed error.
const checkedFrameworks = new WeakMap<object, Framework>();

function checkedFramework(framework: object): Framework {
  const known = checkedFrameworks.get(framework);
  if (known !== undefined) return known;

  const parsed = safeParseFramework(framework);
  if (!parsed.success) {
    const first = parsed.problems.slice(0, 3).map((problem) => `${problem.path || "(framework)"}: ${problem.message}`);
    throw new PmmEngineError(
      "invalid-input",
      `the framework is invalid (${parsed.problems.length} problems; ${first.join("; ")}): check it with parseFramework or compileFramework first`,
    );
  }
  // A framework that was parsed already is kept as it is, so callers get back their own object.
  const checked = JSON.stringify(parsed.data) === JSON.stringify(framework) ? (framework as Framework) : parsed.data;
  checkedFrameworks.set(framework, checked);
  return checked;
}

/** One KPI result with its value parsed once. */
export interface IndexedResult {
  result: KpiResult;
  /** The parsed value, for results with the status `value`. */
  value?: EngineDecimal | undefined;
}

/** The KPI results of one cycle, indexed by administration and KPI. */
export interface IndexedResults {
  /** Administration ids, sorted by code unit so that the order never depends on the input. */
  administrations: string[];
  get(administration: string, kpi: string): IndexedResult | undefined;
  /** The values of each KPI, in input order. */
  valuesByKpi: ReadonlyMap<string, readonly EngineDecimal[]>;
}

/**
 * Indexes KPI results by administration and KPI, parsing each value once.
 *
 * @throws {PmmEngineError} with code `invalid-input` for a result of a KPI the framework does
 *   not define, two results for one administration and KPI, or a value that is not a decimal.
 */
export function indexResults(framework: Framework, results: readonly KpiResult[]): IndexedResults {
  const kpiIds = new Set(framework.kpis.map((kpi) => kpi.id));
  // Nested maps by administration, then KPI, so that no lookup builds a combined key string.
  const byAdministration = new Map<string, Map<string, IndexedResult>>();
  const valuesByKpi = new Map<string, EngineDecimal[]>();
  results.forEach((result, index) => {
    if (!kpiIds.has(result.kpi)) {
      throw new PmmEngineError("invalid-input", `kpiResults[${index}] is for KPI "${result.kpi}", which framework "${framework.id}" does not define: pass the results computed with this framework`);
    }
    let byKpi = byAdministration.get(result.administration);
    if (byKpi === undefined) {
      byKpi = new Map();
      byAdministration.set(result.administration, byKpi);
    }
    if (byKpi.has(result.kpi)) {
      throw new PmmEngineError("invalid-input", `kpiResults[${index}] repeats the result of KPI "${result.kpi}" for administration "${result.administration}": pass one result per administration and KPI`);
    }
    if (result.status === "value") {
      const value = parseDecimal(result.value, `kpiResults[${index}].value`);
      byKpi.set(result.kpi, { result, value });
      const values = valuesByKpi.get(result.kpi);
      if (values === undefined) valuesByKpi.set(result.kpi, [value]);
      else values.push(value);
    } else {
      byKpi.set(result.kpi, { result });
    }
  });
  return {
    administrations: [...byAdministration.keys()].sort(compareCodeUnits),
    get: (administration, kpi) => byAdministration.get(administration)?.get(kpi),
    valuesByKpi,
  };
}

/**
 * Builds the reference distribution of each KPI whose normalisation reads other values: the
 * values of the cycle, plus those of the pooled cycles when the KPI sets `pooled`. The count of
 * cycles includes this one and each pooled cycle with at least one value of the KPI. Results of
 * pooled cycles for KPIs this framework does not define are ignored.
 */
export function buildReferences(framework: Framework, current: IndexedResults, pooled: readonly (readonly KpiResult[])[]): Map<string, ReferenceDistribution> {
  const reading = framework.kpis.filter(readsReference);
  const pooledIds = new Set(reading.filter((kpi) => kpi.scoring?.pooled === true).map((kpi) => kpi.id));
  const previous = pooledIds.size === 0 ? [] : pooled.map((cycle, index) => groupValues(cycle, pooledIds, `pooled[${index}]`));

  const references = new Map<string, ReferenceDistribution>();
  for (const kpi of reading) {
    const values = [...(current.valuesByKpi.get(kpi.id) ?? [])];
    let cycles = 1;
    if (pooledIds.has(kpi.id)) {
      for (const cycle of previous) {
        const earlier = cycle.get(kpi.id) ?? [];
        values.push(...earlier);
        if (earlier.length > 0) cycles += 1;
      }
    }
    references.set(kpi.id, describeReference(values, cycles));
  }
  return references;
}

/** Tells whether a KPI's normalisation reads the values of other administrations. */
export function readsReference(kpi: Kpi): boolean {
  const normalisation = kpi.scoring?.normalisation;
  if (normalisation === undefined || kpi.direction === "descriptive" || kpi.formula === undefined) return false;
  return DATA_DRIVEN_METHODS.has(normalisation.method) || (normalisation.method === "distance-to-target" && normalisation.baseline === undefined);
}

/**
 * Checks every scored KPI's settings against its direction once, before any value is scored.
 *
 * @throws {PmmEngineError} with code `invalid-framework` naming the KPI and the fix.
 */
export function checkScoringSettings(framework: Framework): void {
  framework.kpis.forEach((kpi, index) => {
    if (kpi.direction === "descriptive" || kpi.formula === undefined) return;
    if (kpi.scoring === undefined) {
      throw new PmmEngineError("invalid-framework", `kpis[${index}] ("${kpi.id}") is ${kpi.direction} but has no scoring settings: parse the framework with @pmm/model, which requires them`);
    }
    const problem = checkNormalisation(kpi.scoring.normalisation, kpi.direction);
    if (problem !== undefined) throw new PmmEngineError("invalid-framework", `kpis[${index}].scoring.normalisation ("${kpi.id}"): ${problem}`);
  });
}

/** Parses a decimal that arrived as text, naming where it came from when it is not one. */
export function parseDecimal(text: string, where: string): EngineDecimal {
  let value: EngineDecimal | undefined;
  try {
    value = new EngineDecimal(text);
  } catch {
    value = undefined;
  }
  if (value === undefined || !value.isFinite()) {
    throw new PmmEngineError("invalid-input", `${where} is ${JSON.stringify(text)}, not a decimal: pass canonical decimal strings such as "12.5"`);
  }
  return value;
}

/** Orders strings by UTF-16 code units, which never depends on the locale. */
export function compareCodeUnits(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

function groupValues(results: readonly KpiResult[], kpis: ReadonlySet<string>, name: string): Map<string, EngineDecimal[]> {
  const groups = new Map<string, EngineDecimal[]>();
  results.forEach((result, index) => {
    if (result.status !== "value" || !kpis.has(result.kpi)) return;
    const value = parseDecimal(result.value, `${name}[${index}].value`);
    const group = groups.get(result.kpi);
    if (group === undefined) groups.set(result.kpi, [value]);
    else group.push(value);
  });
  return groups;
}
