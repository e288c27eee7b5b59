import type { IncomeGroup, WcoRegion } from "@pmm/model";
import type { GeneratedAdministration } from "./membership.js";
import { Random, clamp, deriveSeed } from "./random.js";

/**
 * The hidden traits of an administration that drive its synthetic figures in every cycle, so
 * that an administration looks alike from one cycle to the next.
 */
export interface AdministrationProfile {
  administration: GeneratedAdministration;
  /** Overall modernisation from 0.05 to 0.98; higher means faster, more electronic, better targeted. */
  capacity: number;
  /** Goods declarations a year, before yearly noise. */
  declarations: number;
  /** Units of national currency per unit of a reference currency: 1, 10 or 100. */
  currencyScale: number;
  aeoProgramme: boolean;
  advanceRulings: boolean;
  postClearanceAudit: boolean;
  /** Whether appeals are decided by Customs; when false a tax tribunal decides them. */
  appealsByCustoms: boolean;
}

// Income is the main driver of modernisation in these synthetic data; the region shifts it a
// little.
const BASE_CAPACITY: Record<IncomeGroup, number> = { high: 0.84, "upper-middle": 0.66, "lower-middle": 0.5, low: 0.36 };
const REGION_SHIFT: Record<WcoRegion, number> = {
  Europe: 0.04,
  "Asia/Pacific": 0.03,
  "Americas and the Caribbean": 0,
  "North of Africa, Near and Middle East": 0.01,
  "East and Southern Africa": -0.02,
  "West and Central Africa": -0.04,
};
const BASE_DECLARATIONS: Record<IncomeGroup, number> = { high: 300000, "upper-middle": 150000, "lower-middle": 80000, low: 30000 };
const SIZE_FACTORS = [0.1, 0.2, 0.4, 0.7, 1, 1.5, 2.5, 4, 8];
const AEO_CHANCE: Record<IncomeGroup, number> = { high: 0.97, "upper-middle": 0.8, "lower-middle": 0.6, low: 0.35 };

/**
 * Draws the profile of one administration from its own random stream.
 *
 * @param seed - The dataset seed.
 * @param administration - The administration.
 * @returns Its profile.
 */
export function generateProfile(seed: number, administration: GeneratedAdministration): AdministrationProfile {
  const random = new Random(deriveSeed(seed, `profile:${administration.id}`));
  const { incomeGroup, region } = administration;
  const capacity = clamp(BASE_CAPACITY[incomeGroup] + REGION_SHIFT[region] + random.uniform(-0.1, 0.1), 0.05, 0.98);

  let declarations = BASE_DECLARATIONS[incomeGroup] * random.pick(SIZE_FACTORS) * random.uniform(0.8, 1.25);
  if (administration.smallIsland) declarations *= 0.1;
  if (administration.landlocked) declarations *= 0.7;

  return {
    administration,
    capacity,
    declarations: Math.max(3000, Math.round(declarations)),
    currencyScale: random.pick([1, 1, 1, 10, 100]),
    aeoProgramme: random.chance(AEO_CHANCE[incomeGroup]),
    advanceRulings: random.chance(0.5 + capacity / 2),
    postClearanceAudit: !random.chance((1 - capacity) * 0.25),
    appealsByCustoms: !random.chance(0.08),
  };
}
