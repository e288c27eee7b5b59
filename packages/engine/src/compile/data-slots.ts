import type { DataElement, DataReference, Period } from "@pmm/model";

const PERIODS: readonly Period[] = ["T", "T-1"];

/**
 * Numbers every (data element, period) pair of a framework, so that compiled formulas read data
 * from an array instead of looking names up. Slot `2 × i` is element `i` in T and `2 × i + 1`
 * the same element in T-1, in the framework's order of data elements.
 */
export class DataSlots {
  /** Number of slots: two per data element. */
  readonly size: number;
  private readonly indexes: ReadonlyMap<string, number>;
  private readonly ids: readonly string[];

  constructor(elements: readonly DataElement[]) {
    this.ids = elements.map((element) => element.id);
    this.indexes = new Map(this.ids.map((id, index) => [id, index]));
    this.size = this.ids.length * PERIODS.length;
  }

  /** Returns the slot of a data element in a period, or `undefined` when the framework has no such element. */
  slotOf(dataElement: string, period: Period): number | undefined {
    const index = this.indexes.get(dataElement);
    return index === undefined ? undefined : index * PERIODS.length + PERIODS.indexOf(period);
  }

  /** Returns the data element and period of a slot. */
  referenceOf(slot: number): DataReference {
    return { dataElement: this.ids[Math.floor(slot / PERIODS.length)] ?? "", period: PERIODS[slot % PERIODS.length] ?? "T" };
  }
}
