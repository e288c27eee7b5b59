import type { CycleSpec } from "./cycles.js";
import type { AdministrationProfile } from "./profiles.js";
import { Random, clamp, deriveSeed } from "./random.js";
import type { Figures } from "./values.js";

// Figures every participant reports: without them a submission would not be accepted.
const ALWAYS_REPORTED = new Set(["declarations", "electronic_declarations", "staff", "aeo_programme"]);
const ECOMMERCE_FIGURES = ["ecommerce_shipments", "ecommerce_released_24h"];
const WORKFORCE_FIGURES = ["staff_trained", "female_staff", "frontline_staff", "integrity_cases"];

/**
 * Removes figures to make realistic data gaps. Administrations that do not report e-commerce
 * leave out its figures. Less modern administrations leave out more figures at random (2 % to
 * 12 % of them), and a few of them leave out the whole workforce block. Reporters of e-commerce
 * always keep the two figures of the share of e-commerce shipments, so their count is exact.
 *
 * @param figures - Changed in place.
 * @param keep - Figures to leave in place whatever happens, such as those a deliberate error needs.
 */
export function applyGaps(seed: number, spec: CycleSpec, profile: AdministrationProfile, figures: Figures, reportsEcommerce: boolean, keep: readonly string[] = []): void {
  const random = new Random(deriveSeed(seed, `gaps:${spec.id}:${profile.administration.id}`));
  const capacity = clamp(profile.capacity + spec.capacityGain, 0.05, 0.99);
  const protectedKeys = new Set([...ALWAYS_REPORTED, ...keep]);

  if (reportsEcommerce) {
    protectedKeys.add("shipments");
    protectedKeys.add("ecommerce_shipments");
  } else {
    for (const key of ECOMMERCE_FIGURES) figures.delete(key);
  }
  if (capacity < 0.45 && random.chance(0.2)) {
    for (const key of WORKFORCE_FIGURES) if (!protectedKeys.has(key)) figures.delete(key);
  }

  const gapRate = 0.02 + (1 - capacity) * 0.1;
  for (const key of [...figures.keys()]) {
    if (!protectedKeys.has(key) && random.chance(gapRate)) figures.delete(key);
  }
}
