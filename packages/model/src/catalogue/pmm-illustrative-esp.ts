import type { FrameworkInput } from "../framework/framework.js";

type OutcomeInput = FrameworkInput["outcomes"][number];
type KpiInput = FrameworkInput["kpis"][number];

const ONLY_NAME_PUBLISHED = "The WCO has published the name of this KPI but not its formula or its expected outcome.";

/**
 * The expected outcomes of the Enforcement, Security and Protection of Society dimension (ESP)
 * in the illustrative framework.
 */
export const illustrativeEspOutcomes: OutcomeInput[] = [
  {
    id: "esp.targeting",
    dimension: "ESP",
    name: { en: "Targeted and effective controls" },
    description: { en: "Controls are selected by risk management and find what they look for." },
    instruments: ["SAFE Framework of Standards", "Revised Kyoto Convention"],
    sdgTargets: ["16.4"],
    provenance: "illustrative",
  },
  {
    id: "esp.society",
    dimension: "ESP",
    name: { en: "Protection of society from illicit goods" },
    description: { en: "Counterfeit, dangerous and illicit goods are stopped at the border." },
    sdgTargets: ["3.5", "16.4"],
    provenance: "illustrative",
  },
  {
    id: "esp.cooperation",
    dimension: "ESP",
    name: { en: "Effective international cooperation" },
    description: { en: "Requests for information from other Customs administrations are answered promptly." },
    instruments: ["Nairobi Convention"],
    sdgTargets: ["16.4", "17.16"],
    provenance: "illustrative",
  },
];

/** The KPIs of the ESP dimension in the illustrative framework. */
export const illustrativeEspKpis: KpiInput[] = [
  {
    id: "esp.inspection_hit_rate",
    outcome: "esp.targeting",
    name: { en: "Hit rate of physical inspections" },
    description: { en: "Share of physical inspections that led to a seizure or to an offence being recorded." },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(inspections_with_seizure, declarations_inspected)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "25" } },
    provenance: "illustrative",
  },
  {
    id: "esp.risk_based_inspections",
    outcome: "esp.targeting",
    name: { en: "Share of physical inspections selected by risk management" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(inspections_risk_selected, declarations_inspected)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" } },
    provenance: "illustrative",
  },
  {
    id: "esp.drug_control_effectiveness",
    outcome: "esp.targeting",
    name: { en: "Effectiveness of controls on drugs" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(drug_controls_with_seizure, drug_controls)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "40" } },
    provenance: "published",
    interpretation: `${ONLY_NAME_PUBLISHED} This framework reads it as the share of the controls targeted at drugs in year T that led to a drug seizure.`,
  },
  {
    id: "esp.alcohol_seizure_variation",
    outcome: "esp.society",
    name: { en: "Variation in the number of alcohol seizures" },
    unit: "percent",
    direction: "descriptive",
    formula: "variation(alcohol_seizures)",
    provenance: "published",
    interpretation: `${ONLY_NAME_PUBLISHED} This framework reads it as the percentage change in alcohol seizure cases from T-1 to T. More seizures can mean better enforcement or more smuggling, so it is benchmarked but not scored.`,
  },
  {
    id: "esp.ipr_seizure_rate",
    outcome: "esp.society",
    name: { en: "IPR seizures per 1,000 physical inspections" },
    description: { en: "Seizure cases of counterfeit or pirated goods per 1,000 physical inspections. Scored by percentile rank among the administrations of the cycle because there is no accepted benchmark value." },
    unit: "per-1000",
    direction: "higher-is-better",
    formula: "per1000(ipr_seizures, declarations_inspected)",
    scoring: { normalisation: { method: "percentile-rank" } },
    provenance: "illustrative",
  },
  {
    id: "esp.information_request_variation",
    outcome: "esp.cooperation",
    name: { en: "Annual variation in requests for information" },
    unit: "percent",
    direction: "descriptive",
    formula: "variation(information_requests_received)",
    provenance: "published",
    interpretation: `${ONLY_NAME_PUBLISHED} This framework reads it as the percentage change from T-1 to T in the requests for information received from other Customs administrations. It describes demand, so it is benchmarked but not scored.`,
  },
  {
    id: "esp.information_requests_answered",
    outcome: "esp.cooperation",
    name: { en: "Share of requests for information answered within 60 days" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(information_requests_answered_60d, information_requests_received)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" } },
    provenance: "illustrative",
  },
];
