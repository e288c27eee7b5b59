import { parseFramework, pmmIllustrativeFramework, type Administration, type Framework, type KpiResult } from "@pmm/model";
import { administration } from "./fixtures.js";

/** The illustrative framework, parsed once. */
export const illustrative: Framework = parseFramework(pmmIllustrativeFramework);

/** A small deterministic pseudo-random generator (mulberry32), so fixtures never change between runs. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds plausible KPI results of the illustrative framework: about 1 in 12 not applicable, 1 in 20 missing. */
export function illustrativeResults(administrations: readonly Administration[], seed = 7): KpiResult[] {
  const next = random(seed);
  const results: KpiResult[] = [];
  for (const { id } of administrations) {
    for (const kpi of illustrative.kpis) {
      const draw = next();
      const base = { administration: id, kpi: kpi.id, unit: kpi.unit };
      if (draw < 0.08 && kpi.allowNotApplicable) results.push({ ...base, status: "not-applicable", reason: "not measured" });
      else if (draw > 0.95) results.push({ ...base, status: "missing-data", missing: [{ dataElement: "declarations", period: "T" }] });
      else {
        const span = kpi.unit === "hours" ? 120 : kpi.unit === "days" ? 300 : kpi.unit === "per-1000" ? 10 : 100;
        const offset = kpi.id.endsWith("_variation") ? -50 : 0;
        const value = (Math.round(next() * span * 100) / 100 + offset).toString();
        results.push({ ...base, status: "value", value, explanation: { sentence: "", inputs: [], steps: [] } });
      }
    }
  }
  return results;
}

const REGIONS = ["Europe", "Asia/Pacific", "East and Southern Africa", "Americas and the Caribbean", "West and Central Africa", "North of Africa, Near and Middle East"] as const;
const INCOMES = ["low", "lower-middle", "upper-middle", "high"] as const;
const TYPES = ["stand-alone", "revenue-authority", "other"] as const;

/** Builds `count` administrations spread over regions, income groups and types. */
export function administrations(count: number, seed = 3): Administration[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) =>
    administration(`ADM${String(index).padStart(3, "0")}`, {
      region: REGIONS[Math.floor(next() * REGIONS.length)] ?? "Europe",
      incomeGroup: INCOMES[Math.floor(next() * INCOMES.length)] ?? "high",
      landlocked: next() < 0.2,
      smallIsland: next() < 0.15,
      type: TYPES[Math.floor(next() * TYPES.length)] ?? "other",
    }),
  );
}
