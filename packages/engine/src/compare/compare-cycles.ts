import { Id, type Administration, type Change, type ComparisonResult, type CycleValue, type MeasureComparison, type PeerGroupDefinition } from "@pmm/model";
import { toOutputString, type EngineDecimal } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import { benchmarkMeasures } from "../benchmark/benchmark-measures.js";
import { checkMeasures, type CheckedMeasure, type CheckedObservation, type MeasureInput } from "../benchmark/measures.js";
import { resolveBenchmarkOptions, type BenchmarkOptions } from "../benchmark/options.js";
import { prepareCycle, type BenchmarkCycleInput } from "../benchmark/benchmark-cycle.js";
import { compareIds, resolvePeerGroups, standardPeerGroups } from "../benchmark/peer-groups.js";
import { canSee } from "../disclosure/visibility.js";
import { indexEntries, movements, type IndexedMeasure } from "./movements.js";
import { classifyChange, resolveTolerance, type ResolvedTolerance, type ToleranceInput } from "./tolerance.js";

/**
 * One cycle to compare, named by its id (such as `"pmm-2025"`) and optionally labelled for
 * sentences (such as `"2025"`): either plain measures with the
 * administrations that took part, or the cycle's results (framework, KPI results, scores,
 * disclosure choices and administrations), which are turned into measures as `benchmarkCycle`
 * does.
 */
export type CycleMeasures =
  | { id: string; label?: string | undefined; administrations: readonly Administration[]; measures: readonly MeasureInput[] }
  | ({ id: string; label?: string | undefined } & Omit<BenchmarkCycleInput, "groups">);

/** A cycle as plain measures: its id, a label for sentences (default: the id), administrations and measures. */
export interface PlainCycle {
  id: string;
  label: string;
  administrations: readonly Administration[];
  measures: readonly MeasureInput[];
}

/** Turns a cycle given as results into plain measures; a cycle given as measures is kept. */
export function plainCycle(cycle: CycleMeasures): PlainCycle {
  const label = cycle.label ?? cycle.id;
  if ("measures" in cycle) return { id: cycle.id, label, administrations: cycle.administrations, measures: cycle.measures };
  return { id: cycle.id, label, ...prepareCycle(cycle) };
}

/** The input of {@link compareCycles}: two or more cycles, oldest first, and the peer groups. */
export interface CompareCyclesInput {
  cycles: readonly CycleMeasures[];
  /** The peer groups. Default: {@link standardPeerGroups} of the last cycle's administrations. */
  groups?: readonly PeerGroupDefinition[] | undefined;
}

/** Options of {@link compareCycles}: the benchmark options, and the tolerance of "unchanged". */
export interface CompareCyclesOptions extends BenchmarkOptions {
  /** Default tolerance: `absolute` in the measure's unit, `relative` in percent of the earlier value. Default 0 and 0. */
  tolerance?: ToleranceInput | undefined;
  /** Tolerances of single measures, by measure id (such as `score:dimension:TF`), in place of `tolerance`. */
  tolerances?: Readonly<Record<string, ToleranceInput>> | undefined;
}

interface PreparedCycle {
  id: string;
  measures: Map<string, CheckedMeasure>;
  entries: Map<string, IndexedMeasure>;
}

/**
 * Compares two or more cycles: for every measure and administration, its value in each cycle,
 * the change between each pair of consecutive cycles (and between the first and the last when
 * there are more than two), whether the change is an improvement by the measure's direction,
 * and how the value moved in rank, percentile rank and quartile in each peer group.
 *
 * A change is `withheld` when the viewer may not see the value in either cycle, and
 * `not-comparable` when a value is not applicable or missing, the measure is absent from a
 * cycle, or its definition changed (its `definitionKey`, unit or direction differs). Each cycle
 * is benchmarked with the same options, so suppression and disclosure apply as in
 * `benchmarkMeasures`.
 *
 * @param input - The cycles, oldest first, and the peer groups.
 * @param options - Benchmark options and tolerances. See {@link CompareCyclesOptions}.
 * @returns The comparison, in the `ComparisonResult` shape of `@pmm/model`.
 * @throws {InvalidOptionError} when fewer than two cycles are given, cycle ids repeat, or an
 *   option is invalid.
 * @throws {PmmEngineError} with code `invalid-input` for invalid measures (see `benchmarkMeasures`).
 * @example
 * ```ts
 * const comparison = compareCycles(
 *   { cycles: [{ id: "pmm-2023", administrations, measures: measures2023 }, { id: "pmm-2025", administrations, measures: measures2025 }] },
 *   { viewer: { role: "administration", administration: "AT" }, tolerance: { relative: "1" } },
 * );
 * ```
 */
export function compareCycles(input: CompareCyclesInput, options: CompareCyclesOptions = {}): ComparisonResult {
  const resolved = resolveBenchmarkOptions(options);
  const cycles = input.cycles.map(plainCycle);
  if (cycles.length < 2) throw new InvalidOptionError("cycles", `${cycles.length} ${cycles.length === 1 ? "cycle was" : "cycles were"} given: pass two or more cycles, oldest first`);
  const seen = new Set<string>();
  for (const cycle of cycles) {
    if (!Id.safeParse(cycle.id).success) throw new InvalidOptionError("cycles", `cycle id ${JSON.stringify(cycle.id)} is not an id: use a letter, then letters, digits, '_', '.' or '-', such as "pmm-2025"`);
    if (seen.has(cycle.id)) throw new InvalidOptionError("cycles", `cycle "${cycle.id}" is given twice: give each cycle once`);
    seen.add(cycle.id);
  }
  const defaultTolerance = resolveTolerance(options.tolerance, "tolerance");
  const tolerances = new Map(Object.entries(options.tolerances ?? {}).map(([id, tolerance]) => [id, resolveTolerance(tolerance, `tolerances["${id}"]`)]));

  const last = cycles[cycles.length - 1] as (typeof cycles)[number];
  const groups = input.groups ?? standardPeerGroups(last.administrations);
  const prepared: PreparedCycle[] = cycles.map((cycle) => {
    const benchmark = benchmarkMeasures({ administrations: cycle.administrations, groups, measures: cycle.measures }, options);
    const checked = checkMeasures(cycle.measures, new Set(cycle.administrations.map((administration) => administration.id)));
    return { id: cycle.id, measures: new Map(checked.map((measure) => [measure.id, measure])), entries: indexEntries(benchmark) };
  });
  const groupIds = resolvePeerGroups(groups, last.administrations).map((group) => group.id);
  const administrations = new Set<string>();
  for (const cycle of cycles) for (const administration of cycle.administrations) administrations.add(administration.id);
  const sortedAdministrations = [...administrations].sort(compareIds);

  // Measures in the order of the last cycle, then those found only in earlier cycles.
  const measureIds: string[] = [];
  for (const cycle of [...prepared].reverse()) for (const id of cycle.measures.keys()) if (!measureIds.includes(id)) measureIds.push(id);

  const pairs: [number, number][] = prepared.slice(1).map((_, index) => [index, index + 1]);
  if (prepared.length > 2) pairs.push([0, prepared.length - 1]);

  const measures = measureIds.map((id): MeasureComparison => {
    const definitions = prepared.map((cycle) => cycle.measures.get(id));
    const latest = definitions.filter((definition) => definition !== undefined).at(-1) as CheckedMeasure;
    const tolerance = tolerances.get(id) ?? defaultTolerance;

    return {
      id,
      measure: latest.input.measure,
      label: latest.label,
      unit: latest.input.unit,
      direction: latest.input.direction,
      administrations: sortedAdministrations.map((administration) => ({
        administration,
        values: prepared.map((cycle, index) => cycleValue(cycle.id, definitions[index], administration, resolved)),
        changes: pairs.map(([from, to]) => change(prepared, definitions, from, to, administration, groupIds, tolerance, resolved)),
      })),
    };
  });

  const { viewer, ...settings } = resolved;
  const toleranceTexts = Object.fromEntries([...tolerances.entries()].sort(([a], [b]) => compareIds(a, b)).map(([id, tolerance]) => [id, tolerance.text]));
  return { viewer, settings: { ...settings, tolerance: defaultTolerance.text, tolerances: toleranceTexts }, cycles: prepared.map((cycle) => cycle.id), measures };
}

type Resolved = ReturnType<typeof resolveBenchmarkOptions>;

function observationOf(measure: CheckedMeasure | undefined, administration: string): CheckedObservation | undefined {
  return measure?.observations.get(administration);
}

function isVisible(measure: CheckedMeasure, administration: string, options: Resolved): boolean {
  const level = observationOf(measure, administration)?.disclosure ?? measure.input.disclosureDefault ?? "wco";
  return canSee(options.viewer, administration, level);
}

function cycleValue(cycle: string, measure: CheckedMeasure | undefined, administration: string, options: Resolved): CycleValue {
  if (measure === undefined) return { cycle, status: "absent" };
  if (!isVisible(measure, administration, options)) return { cycle, status: "withheld" };
  const observation = observationOf(measure, administration);
  if (observation === undefined || observation.status === "missing") return { cycle, status: "missing" };
  if (observation.status === "not-applicable") return { cycle, status: "not-applicable" };
  return { cycle, status: "value", value: toOutputString(observation.value, options.rounding) };
}

function sameDefinition(a: CheckedMeasure, b: CheckedMeasure): boolean {
  return a.input.unit === b.input.unit && a.input.direction === b.input.direction && a.input.definitionKey === b.input.definitionKey;
}

function change(
  prepared: readonly PreparedCycle[],
  definitions: readonly (CheckedMeasure | undefined)[],
  fromIndex: number,
  toIndex: number,
  administration: string,
  groupIds: readonly string[],
  tolerance: ResolvedTolerance,
  options: Resolved,
): Change {
  const from = (prepared[fromIndex] as PreparedCycle).id;
  const to = (prepared[toIndex] as PreparedCycle).id;
  const before = definitions[fromIndex];
  const after = definitions[toIndex];
  if (before === undefined || after === undefined) {
    return { from, to, status: "not-comparable", reason: "absent", cycle: before === undefined ? from : to, message: `the measure does not exist in cycle ${before === undefined ? from : to}` };
  }
  if (!sameDefinition(before, after)) {
    return { from, to, status: "not-comparable", reason: "definition-changed", cycle: to, message: `the measure's definition (formula, unit, direction or scoring) changed between cycles ${from} and ${to}` };
  }
  if (!isVisible(before, administration, options) || !isVisible(after, administration, options)) return { from, to, status: "withheld" };

  for (const [cycle, observation] of [[from, observationOf(before, administration)], [to, observationOf(after, administration)]] as const) {
    if (observation?.status === "value") continue;
    const reason = observation?.status === "not-applicable" ? "not-applicable" : "missing";
    return { from, to, status: "not-comparable", reason, cycle, message: `the administration has no value in cycle ${cycle} (${reason === "missing" ? "missing data" : "not applicable"})` };
  }
  const old = (observationOf(before, administration) as CheckedObservation & { value: EngineDecimal }).value;
  const current = (observationOf(after, administration) as CheckedObservation & { value: EngineDecimal }).value;
  const difference = current.minus(old);
  return {
    from,
    to,
    status: classifyChange(old, current, after.input.direction, tolerance),
    change: toOutputString(difference, options.rounding),
    relativeChange: old.isZero()
      ? { status: "undefined", reason: "zero-base", message: `the value was 0 in cycle ${from}, so no relative change exists` }
      : { status: "value", value: toOutputString(difference.times(100).div(old.abs()), options.rounding) },
    movements: movements(groupIds, (prepared[fromIndex] as PreparedCycle).entries.get(after.id), (prepared[toIndex] as PreparedCycle).entries.get(after.id), administration, options.rounding),
  };
}

