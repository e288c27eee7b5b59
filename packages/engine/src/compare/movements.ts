import type { BenchmarkResult, GroupStanding, MemberEntry, Movement } from "@pmm/model";
import { EngineDecimal, toOutputString, type OutputRounding } from "../decimal.js";

/** One group of one measure in a cycle's benchmark: its number of values and its entries by administration. */
export interface IndexedGroup {
  n: number;
  entries: Map<string, MemberEntry>;
}

/** The groups of one measure in a cycle's benchmark, by group id. */
export type IndexedMeasure = Map<string, IndexedGroup>;

/** Indexes a benchmark's member entries by measure id, group id and administration. */
export function indexEntries(benchmark: BenchmarkResult): Map<string, IndexedMeasure> {
  const index = new Map<string, IndexedMeasure>();
  for (const measure of benchmark.measures) {
    const groups: IndexedMeasure = new Map();
    for (const group of measure.groups) groups.set(group.group, { n: group.counts.values, entries: new Map(group.members.map((entry) => [entry.administration, entry])) });
    index.set(measure.id, groups);
  }
  return index;
}

function standing(group: IndexedGroup | undefined, administration: string): GroupStanding {
  const entry = group?.entries.get(administration);
  if (group === undefined || entry === undefined || entry.status !== "value") return { status: "not-member" };
  const position = entry.position;
  if (position.kind === "suppressed") return { status: "suppressed", reason: position.reason };
  if (position.kind === "descriptive") return { status: "placed", outOf: group.n, percentileRank: position.percentileRank };
  return {
    status: "placed",
    rank: position.rank,
    outOf: position.outOf,
    percentileRank: position.percentileRank,
    ...(position.quartile.status === "value" ? { quartile: position.quartile.value } : {}),
  };
}

/**
 * Describes how one administration's value moved in each peer group between two cycles, from
 * the positions the two benchmarks published to the viewer. The changes are differences of the
 * published (rounded) ranks and percentile ranks, so they match the numbers the viewer sees.
 *
 * @param groups - The group ids, in result order.
 * @param from - Entries of the measure in the earlier cycle, by group and administration.
 * @param to - Entries of the measure in the later cycle.
 * @param administration - The administration.
 * @param rounding - Output rounding of the changes.
 * @returns One movement per group.
 */
export function movements(
  groups: readonly string[],
  from: IndexedMeasure | undefined,
  to: IndexedMeasure | undefined,
  administration: string,
  rounding: OutputRounding,
): Movement[] {
  return groups.map((group) => {
    const before = standing(from?.get(group), administration);
    const after = standing(to?.get(group), administration);
    const movement: Movement = { group, from: before, to: after };
    if (before.status === "placed" && after.status === "placed") {
      movement.percentileRankChange = toOutputString(new EngineDecimal(after.percentileRank).minus(before.percentileRank), rounding);
      if (before.rank !== undefined && after.rank !== undefined) movement.rankChange = toOutputString(new EngineDecimal(before.rank).minus(after.rank), rounding);
    }
    return movement;
  });
}
