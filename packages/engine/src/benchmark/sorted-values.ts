import type { DisclosureLevel } from "@pmm/model";
import type { EngineDecimal } from "../decimal.js";
import type { CheckedMeasure } from "./measures.js";
import { compareIds } from "./peer-groups.js";
import { MAX_UNITS } from "./reference-difference.js";

/** One value of a measure with its owner, in a list sorted by value and then by administration id. */
export interface RankedValue {
  administration: string;
  value: EngineDecimal;
  disclosure: DisclosureLevel;
  /** The value's index among the measure's distinct values, smallest first, so that equal values share it. */
  distinct: number;
  /** `value × 10^scale`, a whole number, when the measure has {@link MeasureUnits}; 0 when it has none. */
  units: number;
}

/**
 * The scale at which every value of a measure is a whole number of at most 2^51 in magnitude,
 * so that sums and differences of the values can be taken exactly with JavaScript numbers.
 */
export interface MeasureUnits {
  /** The largest number of decimals among the values. */
  scale: number;
  /** The largest magnitude of a value's `units`. */
  largest: number;
}

/** The values of a measure, sorted once for all its groups. */
export interface SortedValues {
  /** The values, smallest first, ties by administration id. */
  entries: RankedValue[];
  /** The common scale of the values, or `undefined` when some value has too many digits for it. */
  units: MeasureUnits | undefined;
}

/** The maximum number of digits of a value's whole-number form, because a JavaScript number represents every 15-digit integer exactly. */
const SAFE_DIGITS = 15;

/**
 * Lists the values of a measure sorted ascending, ties by administration id, so that each
 * group's list is a filtered copy and never needs sorting again. Each value gets its index
 * among the distinct values (so that groups compare ties without decimal arithmetic) and, when
 * every value fits, its whole-number form at the measure's largest scale.
 *
 * @param measure - A checked measure.
 * @returns The sorted values and their common scale.
 */
export function sortValues(measure: CheckedMeasure): SortedValues {
  const entries: RankedValue[] = [];
  for (const observation of measure.observations.values()) {
    if (observation.status === "value") {
      entries.push({ administration: observation.administration, value: observation.value, disclosure: observation.disclosure, distinct: 0, units: 0 });
    }
  }
  // Whole numbers at a common scale order and compare like the values, without decimal.js.
  const units = attachUnits(entries);
  if (units === undefined) entries.sort((a, b) => a.value.comparedTo(b.value) || compareIds(a.administration, b.administration));
  else entries.sort((a, b) => a.units - b.units || compareIds(a.administration, b.administration));

  for (let index = 1; index < entries.length; index++) {
    const entry = entries[index] as RankedValue;
    const previous = entries[index - 1] as RankedValue;
    const equal = units === undefined ? entry.value.eq(previous.value) : entry.units === previous.units;
    entry.distinct = equal ? previous.distinct : previous.distinct + 1;
  }
  return { entries, units };
}

/**
 * Sets each entry's `units` at the largest scale among the values, and returns that scale.
 * Returns `undefined` and leaves every entry at 0 when a value has more than 15 digits or does
 * not fit in 2^51 units at that scale.
 */
function attachUnits(entries: RankedValue[]): MeasureUnits | undefined {
  const digits: number[] = new Array<number>(entries.length);
  const decimals: number[] = new Array<number>(entries.length);
  let scale = 0;
  for (let index = 0; index < entries.length; index++) {
    const value = (entries[index] as RankedValue).value;
    // A value with a large exponent, or far below 1, has too many digits. Checking the
    // exponent first also keeps toFixed from writing a long string.
    if (value.e > SAFE_DIGITS || value.e < -SAFE_DIGITS) return undefined;
    const text = value.toFixed();
    const point = text.indexOf(".");
    const places = point < 0 ? 0 : text.length - point - 1;
    const whole = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
    if (whole.length - (whole.charCodeAt(0) === 45 ? 1 : 0) > SAFE_DIGITS) return undefined;
    digits[index] = Number(whole);
    decimals[index] = places;
    if (places > scale) scale = places;
  }

  let largest = 0;
  for (let index = 0; index < entries.length; index++) {
    // A product of a number below 10^15 and a power of ten is exact while it stays below 2^53.
    const units = (digits[index] as number) * 10 ** (scale - (decimals[index] as number));
    const magnitude = Math.abs(units);
    if (!(magnitude <= MAX_UNITS)) return undefined;
    if (magnitude > largest) largest = magnitude;
    digits[index] = units;
  }
  for (let index = 0; index < entries.length; index++) (entries[index] as RankedValue).units = digits[index] as number;
  return { scale, largest };
}
