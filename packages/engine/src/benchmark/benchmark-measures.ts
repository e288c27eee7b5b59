import type { Administration, BenchmarkResult, GroupBenchmark, MeasureBenchmark, MemberEntry, PeerGroup, PeerGroupDefinition, Position } from "@pmm/model";
import { toOutputString } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import { decideSuppressions } from "../disclosure/suppression.js";
import { canSee } from "../disclosure/visibility.js";
import { publishedStatistics, viewGroupStatistics } from "./group-statistics.js";
import { gapValues } from "./gaps.js";
import { checkMeasures, type CheckedMeasure, type MeasureInput } from "./measures.js";
import { resolveBenchmarkOptions, type BenchmarkOptions, type ResolvedBenchmarkOptions } from "./options.js";
import { resolvePeerGroups, standardPeerGroups } from "./peer-groups.js";
import { computePositions, type PercentileRankTexts } from "./positions.js";
import { sortValues, type RankedValue } from "./sorted-values.js";

/** The input of {@link benchmarkMeasures}: administrations, peer groups and measures with their observations. */
export interface BenchmarkInput {
  /** Every administration that may be a member of a peer group; ids must be unique. */
  administrations: readonly Administration[];
  /** The peer groups, in the order results list them. Default: {@link standardPeerGroups} of the administrations. */
  groups?: readonly PeerGroupDefinition[] | undefined;
  /** The measures, in the order results list them. */
  measures: readonly MeasureInput[];
}

/**
 * Benchmarks measures given as plain data: for each measure and peer group, the count of
 * values, not-applicable and missing members, the statistics (mean, median, quartiles, minimum,
 * maximum, standard deviation) and each member's position, as the viewer may see them.
 *
 * Not-applicable and missing values are left out of the statistics, never counted as zero.
 * Statistics are suppressed by the rules of `decideSuppressions`. A member's value appears
 * only when the viewer may see it (`canSee`), and its position only when the group's
 * statistics are published.
 *
 * @param input - Administrations, peer groups and measures.
 * @param options - Viewer, publication minimum, statistics conventions and rounding. See
 *   {@link BenchmarkOptions}.
 * @returns The benchmark, which parses with the `BenchmarkResult` schema of `@pmm/model`.
 * @throws {InvalidOptionError} when an option or a peer group definition is invalid.
 * @throws {PmmEngineError} with code `invalid-input` when administration ids repeat, a measure is
 *   given twice, a value is not a decimal, or an observation names an unknown administration.
 * @example
 * ```ts
 * const result = benchmarkMeasures(
 *   { administrations, measures: [releaseTime], groups: [{ kind: "global" }] },
 *   { viewer: { role: "secretariat" } },
 * );
 * result.measures[0].groups[0].statistics.median; // { status: "value", value: "14.5" }
 * ```
 */
export function benchmarkMeasures(input: BenchmarkInput, options: BenchmarkOptions = {}): BenchmarkResult {
  const resolved = resolveBenchmarkOptions(options);
  const known = new Set<string>();
  for (const administration of input.administrations) {
    if (known.has(administration.id)) throw new PmmEngineError("invalid-input", `administration "${administration.id}" is given twice: give each administration once`);
    known.add(administration.id);
  }
  const groups = resolvePeerGroups(input.groups ?? standardPeerGroups(input.administrations), input.administrations);
  // The groups of each administration, by index, so that each value is placed in its groups
  // without testing every group.
  const groupsOf = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const administration of group.members) {
      const list = groupsOf.get(administration);
      if (list === undefined) groupsOf.set(administration, [index]);
      else list.push(index);
    }
  });
  const percentileCache: PercentileRankTexts = new Map();
  const measures = checkMeasures(input.measures, known).map((measure) => benchmarkMeasure(measure, groups, groupsOf, resolved, percentileCache));
  const { viewer, ...settings } = resolved;
  return { viewer, settings, groups, measures };
}

function benchmarkMeasure(
  measure: CheckedMeasure,
  groups: readonly PeerGroup[],
  groupsOf: ReadonlyMap<string, readonly number[]>,
  options: ResolvedBenchmarkOptions,
  percentileCache: PercentileRankTexts,
): MeasureBenchmark {
  const { entries: sortedAll, units } = sortValues(measure);
  // Each value is written once, although it appears in every group of its administration.
  const valueTexts = sortedAll.map((entry) => toOutputString(entry.value, options.rounding));
  const indexOf = new Map(sortedAll.map((entry, index) => [entry.administration, index]));
  // The position of each value, by its index in `sortedAll`, in the group being written.
  const groupPosition = new Int32Array(sortedAll.length);
  const values = gapValues(units, options.rounding.decimalPlaces);
  const fallback = measure.input.disclosureDefault ?? "wco";

  const perGroup = groups.map((group) => ({ group, sorted: [] as RankedValue[], measureIndexes: [] as number[], visible: [] as boolean[], hidden: [] as string[] }));
  sortedAll.forEach((entry, measureIndex) => {
    const seen = canSee(options.viewer, entry.administration, entry.disclosure);
    for (const groupIndex of groupsOf.get(entry.administration) ?? []) {
      const target = perGroup[groupIndex] as (typeof perGroup)[number];
      target.sorted.push(entry);
      target.measureIndexes.push(measureIndex);
      target.visible.push(seen);
      if (!seen) target.hidden.push(entry.administration);
    }
  });
  const suppressions = decideSuppressions(
    perGroup.map(({ group, sorted, hidden }) => ({ id: group.id, n: sorted.length, hidden })),
    options,
  );

  const groupResults = perGroup.map(({ group, sorted, measureIndexes, visible, hidden }): GroupBenchmark => {
    const suppression = suppressions.get(group.id);
    const statistics = viewGroupStatistics(sorted, visible, suppression, options, units);
    const positions = suppression === undefined ? computePositions(sorted, statistics, measure.input.direction, options, percentileCache, values) : [];
    measureIndexes.forEach((measureIndex, position) => {
      groupPosition[measureIndex] = position;
    });

    let notApplicable = 0;
    let missing = 0;
    const members = group.members.map((administration): MemberEntry => {
      const observation = measure.observations.get(administration);
      if (observation?.status === "not-applicable") notApplicable += 1;
      else if (observation?.status !== "value") missing += 1;
      if (!canSee(options.viewer, administration, observation?.disclosure ?? fallback)) return { administration, status: "withheld" };
      if (observation === undefined) return { administration, status: "missing", reason: "no-result" };
      if (observation.status === "not-applicable") return { administration, status: "not-applicable" };
      if (observation.status === "missing") return { administration, status: "missing", reason: observation.reason };
      const index = indexOf.get(administration) as number;
      return {
        administration,
        status: "value",
        value: valueTexts[index] as string,
        position: suppression === undefined ? (positions[groupPosition[index] as number] as Position) : { kind: "suppressed", reason: suppression.reason, message: suppression.message },
      };
    });

    return {
      group: group.id,
      counts: { members: group.members.length, values: sorted.length, notApplicable, missing, hiddenValues: hidden.length },
      ...(suppression === undefined ? {} : { suppression }),
      statistics: publishedStatistics(statistics),
      members,
    };
  });

  return {
    id: measure.id,
    measure: measure.input.measure,
    label: measure.label,
    unit: measure.input.unit,
    direction: measure.input.direction,
    groups: groupResults,
  };
}

