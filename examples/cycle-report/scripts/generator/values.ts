import type { WcoRegion } from "@pmm/model";
import type { CycleSpec } from "./cycles.js";
import { formatScaled } from "./format.js";
import type { AdministrationProfile } from "./profiles.js";
import { Random, clamp, deriveSeed } from "./random.js";

/** Submitted figures of one administration, keyed `element` for year T and `element[T-1]` for T-1. */
export type Figures = Map<string, string>;

/** Builds the key of a figure in {@link Figures}. */
export function figureKey(dataElement: string, period: "T" | "T-1"): string {
  return period === "T" ? dataElement : `${dataElement}[T-1]`;
}

/**
 * Draws how far an administration's rate of electronic declarations falls short of 100 %,
 * before calibration. Modern administrations are often fully electronic (shortfall 0).
 */
export function electronicShortfall(seed: number, spec: CycleSpec, profile: AdministrationProfile): number {
  const random = new Random(deriveSeed(seed, `electronic:${spec.id}:${profile.administration.id}`));
  const capacity = clamp(profile.capacity + spec.capacityGain, 0.05, 0.99);
  if (random.chance(Math.max(0, capacity - 0.55))) return 0;
  return (1 - capacity) * random.uniform(0.5, 8);
}

// Percentage points added to the share of women among staff, by region.
const FEMALE_SHARE_SHIFT: Partial<Record<WcoRegion, number>> = { Europe: 5, "North of Africa, Near and Middle East": -8 };

/** Returns `percent` % of `whole`, rounded to a whole number. */
function partOf(whole: number, percent: number): number {
  return Math.round((whole * percent) / 100);
}

/**
 * Generates the complete, error-free figures of one administration for one cycle, before data
 * gaps and deliberate errors are applied. Counts are whole numbers, currency amounts have
 * cents, the total release time has one decimal.
 *
 * @param electronicRate - The administration's calibrated rate of electronic declarations, in percent.
 */
export function generateFigures(seed: number, spec: CycleSpec, profile: AdministrationProfile, electronicRate: number): Figures {
  const random = new Random(deriveSeed(seed, `values:${spec.id}:${profile.administration.id}`));
  const capacity = clamp(profile.capacity + spec.capacityGain + random.uniform(-0.03, 0.03), 0.05, 0.99);
  const weakness = 1 - capacity;
  const figures: Figures = new Map();
  const count = (id: string, value: number, period: "T" | "T-1" = "T"): void => void figures.set(figureKey(id, period), String(value));
  const money = (id: string, cents: number): void => void figures.set(id, formatScaled(cents, 2));

  // Declarations, clearance and inspections.
  const declarations = Math.round(profile.declarations * (1 + 2 * spec.capacityGain) * random.uniform(0.92, 1.08));
  count("declarations", declarations);
  count("electronic_declarations", partOf(declarations, electronicRate));
  const landlockedDelay = profile.administration.landlocked ? 1.1 : 1;
  const averageRelease = (weakness * weakness * 150 + random.uniform(1, 8)) * landlockedDelay;
  figures.set("release_time_total", formatScaled(Math.round(averageRelease * declarations * 10), 1));
  const inspected = partOf(declarations, 1 + weakness * 40 * random.uniform(0.5, 1.3));
  count("declarations_inspected", inspected);
  count("inspections_risk_selected", partOf(inspected, clamp(30 + capacity * 65 + random.uniform(-10, 10), 5, 100)));
  count("inspections_with_seizure", partOf(inspected, clamp(2 + capacity * 15 * random.uniform(0.5, 1.5), 0.5, 40)));

  // Shipments, advance cargo information and e-commerce. E-commerce shares differ widely.
  const shipments = Math.round(declarations * random.uniform(1.05, 1.6));
  const importShipments = partOf(shipments, random.uniform(45, 75));
  const ecommerce = partOf(shipments, random.uniform(0.5, 10) + capacity * random.uniform(0, 55));
  count("shipments", shipments);
  count("import_shipments", importShipments);
  count("import_shipments_with_aci", partOf(importShipments, clamp(20 + capacity * 75 + random.uniform(-10, 10), 0, 100)));
  count("ecommerce_shipments", ecommerce);
  count("ecommerce_released_24h", partOf(ecommerce, clamp(30 + capacity * 65 + random.uniform(-10, 10), 5, 100)));

  // Advance rulings and data standards.
  if (profile.advanceRulings) {
    const rulings = Math.max(1, partOf(declarations, random.uniform(0.02, 0.2)));
    count("advance_rulings", rulings);
    count("advance_ruling_days_total", Math.round(rulings * (10 + weakness * 120 * random.uniform(0.6, 1.4))));
  }
  const fields = random.integer(60, 180);
  count("declaration_fields", fields);
  count("declaration_fields_aligned", partOf(fields, clamp(25 + capacity * 70 + random.uniform(-10, 10), 0, 100)));

  // Authorized Economic Operators and trade value, in cents of national currency.
  const tradeCents = (declarations * Math.round(random.uniform(3000, 30000) * profile.currencyScale) + random.integer(0, 99999)) * 100 + random.integer(0, 99);
  count("aeo_programme", profile.aeoProgramme ? 1 : 0);
  if (profile.aeoProgramme) {
    const previousAeos = Math.max(1, Math.round((profile.declarations / 2000) * capacity * random.uniform(0.3, 2)));
    count("aeo_count", previousAeos, "T-1");
    count("aeo_count", Math.round(previousAeos * (1 + random.uniform(-0.1, 0.35))));
    money("aeo_trade_value", partOf(tradeCents, clamp(capacity * random.uniform(2, 35), 0.5, 80)));
  } else {
    count("aeo_count", 0, "T-1");
    count("aeo_count", 0);
  }
  money("trade_value", tradeCents);

  // Revenue: low-income administrations depend more on duties, so they collect more per unit of trade.
  const revenueCents = partOf(tradeCents, random.uniform(5, 12) + weakness * random.uniform(0, 14));
  const expenditureCents = partOf(revenueCents, (0.6 + weakness * 6) * random.uniform(0.7, 1.3));
  money("revenue_collected", revenueCents);
  money("revenue_target", Math.round((revenueCents * 100) / random.uniform(88, 108)));
  money("revenue_paid_electronically", partOf(revenueCents, clamp(20 + capacity * 80 + random.uniform(-10, 5), 5, 100)));
  money("customs_expenditure", expenditureCents);
  money("ict_expenditure", partOf(expenditureCents, 2 + capacity * 12 * random.uniform(0.6, 1.3)));
  if (profile.postClearanceAudit) {
    const audits = Math.max(1, Math.round(declarations * random.uniform(0.0002, 0.001) * (0.5 + capacity)));
    count("pca_audits", audits);
    count("pca_audits_with_findings", partOf(audits, clamp(20 + capacity * 40 + random.uniform(-10, 10), 0, 100)));
    money("pca_revenue_assessed", partOf(revenueCents, capacity * random.uniform(0.2, 3)));
  }
  if (profile.appealsByCustoms) {
    const appeals = Math.max(1, Math.round(declarations * random.uniform(0.0001, 0.001)));
    count("appeals_resolved", appeals);
    count("appeal_days_total", Math.round(appeals * (20 + weakness * 250 * random.uniform(0.5, 1.5))));
  }

  // Enforcement and cooperation.
  const drugControls = Math.max(5, partOf(inspected, random.uniform(2, 15)));
  count("drug_controls", drugControls);
  count("drug_controls_with_seizure", partOf(drugControls, 2 + capacity * 25 * random.uniform(0.5, 1.5)));
  const previousAlcohol = Math.round((profile.declarations / 1000) * random.uniform(0.1, 3));
  count("alcohol_seizures", previousAlcohol, "T-1");
  count("alcohol_seizures", Math.round(previousAlcohol * random.uniform(0.6, 1.6)));
  count("ipr_seizures", Math.round((inspected * random.uniform(0.5, 25) * (0.5 + capacity)) / 1000));
  const previousRequests = Math.round(random.uniform(5, 600) * (0.3 + capacity));
  const requests = Math.round(previousRequests * random.uniform(0.75, 1.35));
  count("information_requests_received", previousRequests, "T-1");
  count("information_requests_received", requests);
  count("information_requests_answered_60d", partOf(requests, clamp(40 + capacity * 55 + random.uniform(-10, 10), 0, 100)));

  // Staff. Women are fewer in some regions.
  const staff = Math.max(60, Math.round(declarations / random.uniform(40, 160)));
  const femaleShift = FEMALE_SHARE_SHIFT[profile.administration.region] ?? 0;
  count("staff", staff);
  count("staff_trained", partOf(staff, clamp(20 + capacity * 70 + random.uniform(-15, 10), 5, 100)));
  count("female_staff", partOf(staff, clamp(random.uniform(18, 52) + femaleShift, 5, 70)));
  count("frontline_staff", partOf(staff, random.uniform(45, 85)));
  count("integrity_cases", Math.round((staff * (weakness * 25 * random.uniform(0.3, 1.7) + random.uniform(0, 2))) / 1000));

  return figures;
}
