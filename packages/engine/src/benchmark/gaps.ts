import type { DerivedDecimal } from "@pmm/model";
import { toOutputString, type EngineDecimal } from "../decimal.js";
import type { ViewedStatistic } from "./group-statistics.js";
import type { ResolvedBenchmarkOptions } from "./options.js";
import { MAX_UNITS, prepareReference, referenceDifferenceText, type PreparedReference } from "./reference-difference.js";
import { scaledDifferenceText, toScaled, type ScaledDecimal } from "./scaled-difference.js";
import type { MeasureUnits, RankedValue } from "./sorted-values.js";

/**
 * A group statistic that gaps are measured against, prepared once per group: as a scaled
 * whole number for exact subtraction, and for subtraction in JavaScript numbers when the
 * measure's values allow it.
 */
export interface GapReference {
  statistic: ViewedStatistic;
  scaled: ScaledDecimal | undefined;
  prepared: PreparedReference | undefined;
}

/** Converts the values of one measure for exact subtraction, each once, however many groups it is in. */
export interface GapValues {
  /** The factor from a value's `units` to whole numbers of `10^-decimalPlaces`, when every value converts. */
  outputFactor: number | undefined;
  /** Values already converted to scaled whole numbers, for the gaps the factor cannot serve. */
  scaled: Map<EngineDecimal, ScaledDecimal | undefined>;
}

/**
 * Prepares the conversion of a measure's values for its gaps: with JavaScript numbers when
 * every value has at most `decimalPlaces` decimals and stays within 2^51 units of
 * `10^-decimalPlaces`, and with BigInt or decimal.js otherwise.
 *
 * @param units - The measure's common scale, if it has one.
 * @param decimalPlaces - Digits after the point of the output.
 * @returns The conversion, with an empty cache of scaled values.
 */
export function gapValues(units: MeasureUnits | undefined, decimalPlaces: number): GapValues {
  let outputFactor: number | undefined;
  if (units !== undefined && units.scale <= decimalPlaces) {
    const factor = 10 ** (decimalPlaces - units.scale);
    if (units.largest * factor <= MAX_UNITS) outputFactor = factor;
  }
  return { outputFactor, scaled: new Map() };
}

/** Prepares a group statistic as a gap reference, once per group. */
export function gapReference(statistic: ViewedStatistic, values: GapValues, options: ResolvedBenchmarkOptions): GapReference {
  if (statistic.published.status !== "value" || !statistic.exact.ok) return { statistic, scaled: undefined, prepared: undefined };
  const scaled = toScaled(statistic.exact.value);
  const prepared = scaled === undefined || values.outputFactor === undefined ? undefined : prepareReference(scaled, options.rounding.decimalPlaces);
  return { statistic, scaled, prepared };
}

/**
 * Writes `value − reference` (`towardsValue` true) or `reference − value`, rounded once for
 * output. JavaScript numbers, else scaled BigInt whole numbers, give the same text as decimal.js
 * and `toOutputString`, and decimal.js computes the differences that neither can.
 *
 * @param reference - The prepared group statistic.
 * @param entry - The value.
 * @param values - The measure's value conversion, shared by its groups.
 * @param towardsValue - Whether to subtract the reference from the value (else the reverse).
 * @param options - Resolved benchmark options.
 * @returns The gap, or the statistic's own published status when it is not published.
 */
export function gap(reference: GapReference, entry: RankedValue, values: GapValues, towardsValue: boolean, options: ResolvedBenchmarkOptions): DerivedDecimal {
  const { statistic } = reference;
  if (statistic.published.status !== "value" || !statistic.exact.ok) return statistic.published;
  const { decimalPlaces, mode } = options.rounding;

  if (reference.prepared !== undefined && values.outputFactor !== undefined) {
    const text = referenceDifferenceText(entry.units * values.outputFactor, reference.prepared, towardsValue, decimalPlaces, mode);
    if (text !== undefined) return { status: "value", value: text };
  }

  const value = entry.value;
  if (reference.scaled !== undefined) {
    const scaledValue = scaledValueOf(value, values);
    if (scaledValue !== undefined) {
      const text = towardsValue
        ? scaledDifferenceText(scaledValue, reference.scaled, decimalPlaces, mode)
        : scaledDifferenceText(reference.scaled, scaledValue, decimalPlaces, mode);
      if (text !== undefined) return { status: "value", value: text };
    }
  }

  const exact = towardsValue ? value.minus(statistic.exact.value) : statistic.exact.value.minus(value);
  return { status: "value", value: toOutputString(exact, options.rounding) };
}

function scaledValueOf(value: EngineDecimal, values: GapValues): ScaledDecimal | undefined {
  let scaled = values.scaled.get(value);
  if (scaled === undefined && !values.scaled.has(value)) {
    scaled = toScaled(value);
    values.scaled.set(value, scaled);
  }
  return scaled;
}
