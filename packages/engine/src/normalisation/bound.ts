import type { EngineDecimal } from "../decimal.js";
import { HUNDRED, ZERO } from "./reference.js";
import type { Normalised } from "./types.js";

/**
 * Truncates a raw score to `[low, high]` (0–100 by default) and marks it when it moved, so that
 * results show which scores were truncated.
 */
export function truncate(raw: EngineDecimal, low: EngineDecimal = ZERO, high: EngineDecimal = HUNDRED): Normalised {
  if (raw.lt(low)) return { ok: true, score: low, adjustment: { kind: "truncated", bound: "lower", rawScore: raw } };
  if (raw.gt(high)) return { ok: true, score: high, adjustment: { kind: "truncated", bound: "upper", rawScore: raw } };
  return { ok: true, score: raw };
}
