import { canonicalizeDecimal, type Direction, type Tolerance } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";

/** A tolerance as given: either bound may be left out (default `"0"`). */
export interface ToleranceInput {
  /** Largest change, in the measure's unit, that counts as unchanged. Default `"0"`. */
  absolute?: string | number | undefined;
  /** Largest change, in percent of the earlier value, that counts as unchanged. Default `"0"`. */
  relative?: string | number | undefined;
}

/** A checked tolerance, as text for the result and as decimals for the comparison. */
export interface ResolvedTolerance {
  text: Tolerance;
  absolute: EngineDecimal;
  relative: EngineDecimal;
}

/**
 * Checks a tolerance and fills in the defaults, for {@link classifyChange}.
 *
 * @param input - The tolerance as given; both bounds default to `"0"`.
 * @param option - The option's name, used in error messages, such as `"tolerance"`.
 * @returns The tolerance as canonical text and as decimals.
 * @throws {InvalidOptionError} naming `option` when a bound is not a decimal or is negative.
 * @example
 * ```ts
 * const tolerance = resolveTolerance({ absolute: "0.5" }, "tolerance");
 * ```
 */
export function resolveTolerance(input: ToleranceInput | undefined, option: string): ResolvedTolerance {
  const read = (value: string | number | undefined, field: "absolute" | "relative"): string => {
    const canonical = canonicalizeDecimal(value ?? "0");
    if (!canonical.ok || canonical.value.startsWith("-")) {
      throw new InvalidOptionError(`${option}.${field}`, `${option}.${field} is ${JSON.stringify(value)}: use a decimal of 0 or more, such as "0.5"${field === "relative" ? " (percent of the earlier value)" : ""}`);
    }
    return canonical.value;
  };
  const absolute = read(input?.absolute, "absolute");
  const relative = read(input?.relative, "relative");
  return { text: { absolute, relative }, absolute: new EngineDecimal(absolute), relative: new EngineDecimal(relative) };
}

/** The status of a change: judged by the direction, or only by its sign for descriptive measures. */
export type ChangeStatus = "improved" | "declined" | "increased" | "decreased" | "unchanged";

/**
 * Classifies the change from `from` to `to`. The change is unchanged when
 * `|to − from| ≤ max(absolute, relative / 100 × |from|)`; otherwise it is improved or declined
 * by the measure's direction, or increased or decreased for a descriptive measure.
 *
 * @example
 * ```ts
 * classifyChange(new EngineDecimal(12), new EngineDecimal(41), "lower-is-better", tolerance); // "declined"
 * ```
 */
export function classifyChange(from: EngineDecimal, to: EngineDecimal, direction: Direction, tolerance: ResolvedTolerance): ChangeStatus {
  const change = to.minus(from);
  const allowed = EngineDecimal.max(tolerance.absolute, tolerance.relative.div(100).times(from.abs()));
  if (change.abs().lte(allowed)) return "unchanged";
  const up = change.isPositive();
  if (direction === "descriptive") return up ? "increased" : "decreased";
  return up === (direction === "higher-is-better") ? "improved" : "declined";
}
