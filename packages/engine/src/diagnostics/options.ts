import { canonicalizeDecimal, type Viewer } from "@pmm/model";
import { EngineDecimal, resolveOutputRounding, type OutputRounding, type ResolvedOutputRounding } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import type { BenchmarkOptions } from "../benchmark/options.js";
import { checkViewer } from "../disclosure/visibility.js";

/** Options of `diagnose`. */
export interface DiagnoseOptions extends Omit<BenchmarkOptions, "viewer"> {
  /**
   * The reader of the findings. Default: the administration itself, because the questions are
   * asked to it. Peer figures it may not see are left out of the facts and the questions.
   */
  viewer?: Viewer | undefined;
  /** Largest robust distance from the peers' median that is not an outlier. Default 3.5. */
  outlierThreshold?: string | number | undefined;
  /** Minimum number of peers with a value for the outlier rule to apply. Default 5. */
  minimumPeers?: number | undefined;
  /** Largest change, in percent of the previous value, that is plausible. Default 50. */
  relativeChangeThreshold?: string | number | undefined;
  /** Largest move of the percentile rank, in points, that is plausible. Default 50. */
  percentileJumpThreshold?: string | number | undefined;
  rounding?: OutputRounding | undefined;
}

/** Diagnose options with the defaults filled in and checked. */
export interface ResolvedDiagnoseOptions {
  viewer: Viewer;
  outlierThreshold: EngineDecimal;
  minimumPeers: number;
  relativeChangeThreshold: EngineDecimal;
  percentileJumpThreshold: EngineDecimal;
  rounding: ResolvedOutputRounding;
}

function positiveDecimal(value: string | number | undefined, fallback: string, option: string, unit: string): EngineDecimal {
  const canonical = canonicalizeDecimal(value ?? fallback);
  if (!canonical.ok || canonical.value.startsWith("-") || canonical.value === "0") {
    throw new InvalidOptionError(option, `${option} is ${JSON.stringify(value)}: use a positive decimal${unit}, such as ${fallback} (the default)`);
  }
  return new EngineDecimal(canonical.value);
}

/**
 * Checks diagnose options and fills in the defaults.
 *
 * @throws {InvalidOptionError} naming the option when it is out of range.
 */
export function resolveDiagnoseOptions(administration: string, options: DiagnoseOptions): ResolvedDiagnoseOptions {
  const minimumPeers = options.minimumPeers ?? 5;
  if (!Number.isSafeInteger(minimumPeers) || minimumPeers < 1) {
    throw new InvalidOptionError("minimumPeers", `minimumPeers is ${String(minimumPeers)}: use a whole number of at least 1, such as 5 (the default)`);
  }
  return {
    viewer: checkViewer(options.viewer ?? { role: "administration", administration }),
    outlierThreshold: positiveDecimal(options.outlierThreshold, "3.5", "outlierThreshold", ""),
    minimumPeers,
    relativeChangeThreshold: positiveDecimal(options.relativeChangeThreshold, "50", "relativeChangeThreshold", " in percent"),
    percentileJumpThreshold: positiveDecimal(options.percentileJumpThreshold, "50", "percentileJumpThreshold", " in percentile points"),
    rounding: resolveOutputRounding(options.rounding),
  };
}
