import type { FrameworkInput } from "../framework/framework.js";

type OutcomeInput = FrameworkInput["outcomes"][number];
type KpiInput = FrameworkInput["kpis"][number];

/** The expected outcomes of the Organizational Development dimension (OD) in the illustrative framework. */
export const illustrativeOdOutcomes: OutcomeInput[] = [
  {
    id: "od.workforce",
    dimension: "OD",
    name: { en: "Skilled and diverse workforce" },
    description: { en: "Staff are trained, deployed where the work is, and both women and men are represented." },
    sdgTargets: ["5.5", "16.6"],
    provenance: "illustrative",
  },
  {
    id: "od.integrity",
    dimension: "OD",
    name: { en: "Integrity" },
    description: { en: "Misconduct and corruption are rare, and the cases that occur are detected and pursued." },
    instruments: ["Revised Arusha Declaration"],
    sdgTargets: ["16.5"],
    provenance: "illustrative",
  },
  {
    id: "od.modernisation",
    dimension: "OD",
    name: { en: "Modern working methods" },
    description: { en: "The administration invests in the information technology its procedures depend on." },
    sdgTargets: ["16.6"],
    provenance: "illustrative",
  },
];

/** The KPIs of the OD dimension in the illustrative framework. */
export const illustrativeOdKpis: KpiInput[] = [
  {
    id: "od.staff_trained",
    outcome: "od.workforce",
    name: { en: "Share of staff trained" },
    description: { en: "Share of staff who completed at least one training course of at least one day in year T." },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(staff_trained, staff)",
    scoring: { normalisation: { method: "distance-to-target", target: "80", baseline: "20", cap: true } },
    allowNotApplicable: false,
    provenance: "illustrative",
  },
  {
    id: "od.gender_balance",
    outcome: "od.workforce",
    name: { en: "Gender balance of staff" },
    description: { en: "100 when women and men are equally represented among the staff, 0 when the staff are all women or all men." },
    unit: "percent",
    direction: "higher-is-better",
    formula: "100 - 2 * abs(share(female_staff, staff) - 50)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" } },
    provenance: "illustrative",
  },
  {
    id: "od.frontline_staff",
    outcome: "od.workforce",
    name: { en: "Share of staff in frontline roles" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(frontline_staff, staff)",
    scoring: { normalisation: { method: "goalposts", lower: "30", upper: "90" } },
    provenance: "illustrative",
  },
  {
    id: "od.integrity_cases",
    outcome: "od.integrity",
    name: { en: "Integrity cases per 1,000 staff" },
    description: { en: "Disciplinary or criminal cases for corruption or misconduct opened in year T per 1,000 staff. Scored by percentile rank among the administrations of the cycle because there is no accepted benchmark value." },
    unit: "per-1000",
    direction: "lower-is-better",
    formula: "per1000(integrity_cases, staff)",
    scoring: { normalisation: { method: "percentile-rank" } },
    disclosureDefault: "restricted",
    provenance: "illustrative",
  },
  {
    id: "od.ict_investment",
    outcome: "od.modernisation",
    name: { en: "Share of expenditure on information technology" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(ict_expenditure, customs_expenditure)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "15" } },
    provenance: "illustrative",
  },
];
