import type { CompiledFramework } from "../compile/api.js";
import { compiledParts, kpi, rule } from "../compile/fixtures.js";

/** A small framework that reads like a real one: shares, a variation, an average, a rate. */
export function realisticFramework(): CompiledFramework {
  return compiledParts({
    kpis: [
      kpi("tf.electronic", "share(electronic_declarations, declarations)", "percent", { name: { en: "Rate of electronic declarations" } }),
      kpi("tf.aeo_variation", "variation(aeo_count)", "percent", { name: { en: "Variation in the number of AEOs" }, applicability: "aeo_programme == 1" }),
      kpi("tf.release", "release_hours / declarations", "hours", { name: { en: "Average release time" } }),
      kpi("tf.unpublished", undefined, "number", { name: { en: "Unpublished KPI" } }),
      kpi("esp.seizure_rate", "per1000(seizures, declarations)", "per-1000", { name: { en: "Seizures per 1,000 declarations" }, allowNotApplicable: false }),
      kpi("rc.revenue", "100 * revenue / revenue_target", "percent", { name: { en: "Revenue against target" } }),
    ],
    rules: [
      rule("electronic_within_declarations", "electronic_declarations <= declarations", "error", "Electronic declarations cannot exceed all declarations."),
      rule("release_time_plausible", "release_hours / declarations <= 240", "warning", "An average release time above 240 hours is implausible."),
      rule("aeo_without_programme", "aeo_programme == 1 or aeo_count == 0", "error", "Without an AEO programme there can be no AEOs."),
    ],
  });
}

/** Values that pass every check of {@link realisticFramework}. */
export const CLEAN_VALUES: Record<string, string> = {
  declarations: "10000",
  electronic_declarations: "9812",
  "aeo_count[T]": "120",
  "aeo_count[T-1]": "100",
  aeo_programme: "1",
  release_hours: "250000",
  seizures: "37",
  revenue: "1250000.5",
  revenue_target: "1000000",
};
