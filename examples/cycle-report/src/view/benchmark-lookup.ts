import { peerGroupId } from "@pmm/engine";
import type { BenchmarkResult, GroupBenchmark, MeasureBenchmark, MemberEntry, PeerGroupDefinition } from "@pmm/model";

/**
 * Finds measures, groups and member entries in a benchmark result by id.
 *
 * @example
 * ```ts
 * const lookup = new BenchmarkLookup(benchmark, "ADM102");
 * lookup.own("score:dimension:TF", { kind: "region", region: "Europe" }); // { administration: "ADM102", status: "value", ... }
 * ```
 */
export class BenchmarkLookup {
  private readonly measures: Map<string, MeasureBenchmark>;

  /**
   * @param result - The benchmark.
   * @param administration - The administration whose entries {@link own} returns.
   */
  constructor(
    readonly result: BenchmarkResult,
    readonly administration: string,
  ) {
    this.measures = new Map(result.measures.map((measure) => [measure.id, measure]));
  }

  /** Returns the measure with a key such as `kpi-value:tf.release_time` or `score:dimension:TF`. */
  measure(id: string): MeasureBenchmark | undefined {
    return this.measures.get(id);
  }

  /** Returns one measure in one peer group. */
  group(measureId: string, definition: PeerGroupDefinition): GroupBenchmark | undefined {
    const groupId = peerGroupId(definition);
    return this.measures.get(measureId)?.groups.find((group) => group.group === groupId);
  }

  /** Returns the administration's own entry for a measure, in the given group. */
  own(measureId: string, definition: PeerGroupDefinition): MemberEntry | undefined {
    return this.group(measureId, definition)?.members.find((member) => member.administration === this.administration);
  }
}
