import { EngineDecimal } from "../decimal.js";
import type { NodeChild } from "./aggregate.js";

const ZERO = new EngineDecimal(0);

/**
 * End-to-end KPI weights shared between administrations. Administrations whose scored children
 * are the same (most have full data) get the same weight map, computed once, instead of a copy
 * each, which keeps large cycles within memory.
 */
export class WeightCache {
  private readonly ids = new WeakMap<ReadonlyMap<string, EngineDecimal>, number>();
  private readonly combined = new Map<string, ReadonlyMap<string, EngineDecimal>>();
  private nextId = 0;

  /**
   * Returns the end-to-end weight of each KPI under a node: each scored child's share of the
   * scored weight, times the KPI weights inside that child.
   *
   * @param children - The node's children.
   * @param scored - The indexes of the scored children with a positive weight.
   * @param maps - The end-to-end KPI weights inside each child, by index.
   * @param scoredWeight - The sum of the scored children's weights.
   */
  combine(children: readonly NodeChild[], scored: readonly number[], maps: readonly (ReadonlyMap<string, EngineDecimal> | undefined)[], scoredWeight: EngineDecimal): ReadonlyMap<string, EngineDecimal> {
    let key = "";
    for (const index of scored) {
      const map = maps[index];
      key += `${(children[index] as NodeChild).id}\u0000${map === undefined ? -1 : this.idOf(map)}\u0001`;
    }
    const cached = this.combined.get(key);
    if (cached !== undefined) return cached;

    const weights = new Map<string, EngineDecimal>();
    for (const index of scored) {
      const map = maps[index];
      if (map === undefined) continue;
      const share = (children[index] as NodeChild).weight.div(scoredWeight);
      for (const [kpi, weight] of map) weights.set(kpi, (weights.get(kpi) ?? ZERO).plus(share.times(weight)));
    }
    this.combined.set(key, weights);
    return weights;
  }

  /** Numbers each weight map once, so that a cache key can name the maps of the children. */
  private idOf(map: ReadonlyMap<string, EngineDecimal>): number {
    let id = this.ids.get(map);
    if (id === undefined) {
      id = this.nextId;
      this.nextId += 1;
      this.ids.set(map, id);
    }
    return id;
  }
}
