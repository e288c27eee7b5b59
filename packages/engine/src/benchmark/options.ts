import type { BenchmarkSettings, Viewer } from "@pmm/model";
import { resolveOutputRounding, type OutputRounding } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import type { DeviationKind, QuantileType, RankMethod } from "../statistics/index.js";
import { checkViewer } from "../disclosure/visibility.js";

/** The publication minimum used when none is given: 3 contributing values. */
export const DEFAULT_PUBLICATION_MINIMUM = 3;

/**
 * The minimum number of hidden values in a group when any of its values is hidden from the
 * viewer: with one hidden value the mean reveals it, and with two the mean and the standard
 * deviation reveal both. Fixed, because a lower value would let these statistics expose data.
 */
export const MINIMUM_HIDDEN_VALUES = 3;

/** Options of `benchmarkMeasures` and `benchmarkCycle`. */
export interface BenchmarkOptions {
  /** Who is looking: decides whose values appear and which statistics are withheld. Default `{ role: "public" }`. */
  viewer?: Viewer | undefined;
  /**
   * Minimum number of administrations that must contribute a value for a group's statistics to be
   * published, for every viewer. A whole number of at least 1. Default 3.
   */
  publicationMinimum?: number | undefined;
  /** Hyndman–Fan quantile type of the median and quartiles: 7 (default), 6 or 1. */
  quantileType?: QuantileType | undefined;
  /** Standard deviation: `"sample"` (n − 1, the default) or `"population"` (n). */
  deviation?: DeviationKind | undefined;
  /** Tie rule of ranks: `"competition"` (1, 2, 2, 4; the default), `"dense"` or `"fractional"`. */
  rankMethod?: RankMethod | undefined;
  /** Output rounding of every decimal. Default 4 decimal places, half-even. */
  rounding?: OutputRounding | undefined;
}

/** Benchmark options with every default filled in and checked. */
export interface ResolvedBenchmarkOptions extends BenchmarkSettings {
  viewer: Viewer;
}

/**
 * Checks benchmark options and fills in the defaults.
 *
 * @throws {InvalidOptionError} naming the option when it is out of range, such as a
 *   `publicationMinimum` of 0 or 2.5.
 */
export function resolveBenchmarkOptions(options: BenchmarkOptions = {}): ResolvedBenchmarkOptions {
  const publicationMinimum = options.publicationMinimum ?? DEFAULT_PUBLICATION_MINIMUM;
  if (typeof publicationMinimum !== "number" || !Number.isSafeInteger(publicationMinimum) || publicationMinimum < 1) {
    throw new InvalidOptionError(
      "publicationMinimum",
      `publicationMinimum is ${String(publicationMinimum)}: use a whole number of at least 1, such as ${DEFAULT_PUBLICATION_MINIMUM} (the default)`,
    );
  }
  const quantileType = options.quantileType ?? 7;
  if (quantileType !== 1 && quantileType !== 6 && quantileType !== 7) {
    throw new InvalidOptionError("quantileType", `quantileType is ${String(quantileType)}: use 7 (the default), 6 or 1`);
  }
  const deviation = options.deviation ?? "sample";
  if (deviation !== "sample" && deviation !== "population") {
    throw new InvalidOptionError("deviation", `deviation is ${JSON.stringify(deviation)}: use "sample" (the default) or "population"`);
  }
  const rankMethod = options.rankMethod ?? "competition";
  if (rankMethod !== "competition" && rankMethod !== "dense" && rankMethod !== "fractional") {
    throw new InvalidOptionError("rankMethod", `rankMethod is ${JSON.stringify(rankMethod)}: use "competition" (the default), "dense" or "fractional"`);
  }
  return {
    viewer: checkViewer(options.viewer ?? { role: "public" }),
    publicationMinimum,
    minimumHiddenValues: MINIMUM_HIDDEN_VALUES,
    quantileType,
    deviation,
    rankMethod,
    rounding: resolveOutputRounding(options.rounding),
  };
}
