import type { AdministrationType, IncomeGroup, WcoRegion } from "@pmm/model";
import { Random, deriveSeed } from "./random.js";

/** A fictional administration as written to administrations.json. */
export interface GeneratedAdministration {
  id: string;
  name: { en: string };
  region: WcoRegion;
  incomeGroup: IncomeGroup;
  landlocked: boolean;
  smallIsland: boolean;
  type: AdministrationType;
}

interface RegionShape {
  /** Administrations per income group: high, upper-middle, lower-middle, low. */
  income: [number, number, number, number];
  landlocked: number;
  smallIsland: number;
  /** Probability that Customs is part of a revenue authority. */
  revenueAuthority: number;
}

// An approximation of the WCO membership (186 Members): administrations per region, World Bank
// income group, landlocked and small island states. Not the real list of any year.
const REGIONS: Record<WcoRegion, RegionShape> = {
  Europe: { income: [38, 13, 2, 0], landlocked: 10, smallIsland: 3, revenueAuthority: 0.2 },
  "Asia/Pacific": { income: [8, 9, 13, 3], landlocked: 5, smallIsland: 12, revenueAuthority: 0.3 },
  "East and Southern Africa": { income: [0, 5, 9, 10], landlocked: 10, smallIsland: 4, revenueAuthority: 0.6 },
  "West and Central Africa": { income: [0, 2, 11, 10], landlocked: 6, smallIsland: 2, revenueAuthority: 0.25 },
  "Americas and the Caribbean": { income: [9, 15, 6, 1], landlocked: 2, smallIsland: 14, revenueAuthority: 0.35 },
  "North of Africa, Near and Middle East": { income: [7, 5, 7, 3], landlocked: 0, smallIsland: 1, revenueAuthority: 0.1 },
};
const INCOME_GROUPS: IncomeGroup[] = ["high", "upper-middle", "lower-middle", "low"];

// Invented place names are built from these parts. Parts that would spell a real country or a
// well-known region were left out.
const NAME_STARTS = ["Al", "Bel", "Cor", "Dar", "El", "Fen", "Hal", "Ith", "Jor", "Kel", "Lor", "Mar", "Nor", "Ost", "Pel", "Quen", "Ros", "Sel", "Tor", "Ul", "Val", "Wes", "Xan", "Yor", "Zel", "Bram", "Cal", "Drav", "Esk", "Vorn"];
const NAME_ENDS = ["dera", "vale", "mont", "wyn", "hold", "mere", "stad", "ovia", "ara", "ith", "oria", "enne", "aro", "und"];
const STATE_FORMS = ["Republic of {}", "Kingdom of {}", "Customs Administration of {}", "{} Customs Service", "Federal Customs Service of {}", "Customs Directorate of {}"];

/**
 * Generates the fictional membership: 186 administrations with invented names, spread over the
 * six WCO regions and four income groups roughly as the real membership is. Ids run from
 * ADM001 in a shuffled order, so that regions are interleaved.
 *
 * @param seed - The dataset seed.
 * @returns The administrations, sorted by id.
 */
export function generateMembership(seed: number): GeneratedAdministration[] {
  const random = new Random(deriveSeed(seed, "membership"));
  const slots: Omit<GeneratedAdministration, "id" | "name">[] = [];

  for (const [region, shape] of Object.entries(REGIONS) as [WcoRegion, RegionShape][]) {
    const incomes = shape.income.flatMap((count, index) => Array.from({ length: count }, () => INCOME_GROUPS[index] as IncomeGroup));
    const geography = random.shuffle(incomes.map((_, index) => geographyAt(index, shape)));
    incomes.forEach((incomeGroup, index) => {
      const place = geography[index];
      const type: AdministrationType = random.chance(0.04) ? "other" : random.chance(shape.revenueAuthority) ? "revenue-authority" : "stand-alone";
      slots.push({ region, incomeGroup, landlocked: place === "landlocked", smallIsland: place === "smallIsland", type });
    });
  }

  const places = random.shuffle(NAME_STARTS.flatMap((start) => NAME_ENDS.map((end) => start + end)));
  return random.shuffle(slots).map((slot, index) => {
    const place = places[index] as string;
    return { id: `ADM${String(index + 1).padStart(3, "0")}`, name: { en: nameOf(place, slot, random) }, ...slot };
  });
}

/** Places the region's landlocked states first, then its small island states, then the others. */
function geographyAt(index: number, shape: RegionShape): "landlocked" | "smallIsland" | "coastal" {
  if (index < shape.landlocked) return "landlocked";
  if (index < shape.landlocked + shape.smallIsland) return "smallIsland";
  return "coastal";
}

function nameOf(place: string, slot: Omit<GeneratedAdministration, "id" | "name">, random: Random): string {
  if (slot.type === "revenue-authority") return `${place} Revenue Authority`;
  if (slot.smallIsland && random.chance(0.5)) return `Island Republic of ${place}`;
  return random.pick(STATE_FORMS).replace("{}", place);
}
