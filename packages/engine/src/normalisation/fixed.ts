import { EngineDecimal } from "../decimal.js";
import type { Normalisation } from "@pmm/model";
import { truncate } from "./bound.js";
import { HUNDRED, ZERO } from "./reference.js";
import type { Normalised, ScoredDirection } from "./types.js";

type Goalposts = Extract<Normalisation, { method: "goalposts" }>;
type DistanceToFrontier = Extract<Normalisation, { method: "distance-to-frontier" }>;
type Bands = Extract<Normalisation, { method: "bands" }>;

/**
 * Prepares the scoring of values between fixed goalposts: `100 × (x − lower) / (upper − lower)` for
 * higher-is-better KPIs and `100 × (upper − x) / (upper − lower)` for lower-is-better ones,
 * truncated to 0–100.
 */
export function prepareGoalposts(settings: Goalposts, direction: ScoredDirection): (x: EngineDecimal) => Normalised {
  const lower = new EngineDecimal(settings.lower);
  const upper = new EngineDecimal(settings.upper);
  const width = upper.minus(lower);
  return (x) => truncate(HUNDRED.times(direction === "higher-is-better" ? x.minus(lower) : upper.minus(x)).div(width));
}

/**
 * Prepares the scoring of the distance of values to a fixed frontier:
 * `100 × (x − worst) / (best − worst)`, truncated to 0–100. The direction is carried by the order of `best` and `worst`.
 */
export function prepareDistanceToFrontier(settings: DistanceToFrontier): (x: EngineDecimal) => Normalised {
  const best = new EngineDecimal(settings.best);
  const worst = new EngineDecimal(settings.worst);
  const span = best.minus(worst);
  return (x) => truncate(HUNDRED.times(x.minus(worst)).div(span));
}

/**
 * Prepares the scoring of values by categorical bands: the points of the highest band whose `from`
 * the value reaches (higher-is-better), or of the lowest band whose `from` the value does not
 * exceed (lower-is-better). A value outside every band scores 0 and is marked `outside-bands`.
 */
export function prepareBands(settings: Bands, direction: ScoredDirection): (x: EngineDecimal) => Normalised {
  const bands = settings.bands
    .map((band) => ({ from: new EngineDecimal(band.from), points: new EngineDecimal(band.points) }))
    .sort((a, b) => a.from.comparedTo(b.from));
  return (x) => {
    const band = direction === "higher-is-better" ? bands.filter((candidate) => x.gte(candidate.from)).at(-1) : bands.find((candidate) => x.lte(candidate.from));
    if (band === undefined) return { ok: true, score: ZERO, adjustment: { kind: "outside-bands" } };
    return { ok: true, score: band.points };
  };
}
