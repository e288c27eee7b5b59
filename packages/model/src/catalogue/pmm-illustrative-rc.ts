import type { FrameworkInput } from "../framework/framework.js";

type OutcomeInput = FrameworkInput["outcomes"][number];
type KpiInput = FrameworkInput["kpis"][number];

/** The expected outcomes of the Revenue Collection dimension (RC) in the illustrative framework. */
export const illustrativeRcOutcomes: OutcomeInput[] = [
  {
    id: "rc.revenue",
    dimension: "RC",
    name: { en: "Revenue collected as planned and at reasonable cost" },
    description: { en: "Customs collects the revenue expected of it, efficiently and through modern means of payment." },
    sdgTargets: ["17.1"],
    provenance: "illustrative",
  },
  {
    id: "rc.post_clearance",
    dimension: "RC",
    name: { en: "Effective post-clearance control" },
    description: { en: "Audits after release find the irregularities and recover the revenue that clearance let through." },
    instruments: ["Revised Kyoto Convention"],
    sdgTargets: ["17.1"],
    provenance: "illustrative",
  },
  {
    id: "rc.disputes",
    dimension: "RC",
    name: { en: "Timely resolution of disputes" },
    description: { en: "Traders who contest a Customs decision obtain a decision on their appeal without undue delay." },
    instruments: ["Revised Kyoto Convention"],
    sdgTargets: ["16.6"],
    provenance: "illustrative",
  },
];

/** The KPIs of the RC dimension in the illustrative framework. */
export const illustrativeRcKpis: KpiInput[] = [
  {
    id: "rc.revenue_against_target",
    outcome: "rc.revenue",
    name: { en: "Revenue collected against target" },
    description: { en: "Revenue collected in year T as a percentage of the revenue target for year T." },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(revenue_collected, revenue_target)",
    weight: "2",
    // An administration may replace the target of 100 % with its own, such as 95 % where its
    // target is set deliberately high.
    scoring: { normalisation: { method: "distance-to-target", target: "100", baseline: "70", cap: true, useNationalTarget: true } },
    provenance: "illustrative",
  },
  {
    id: "rc.cost_of_collection",
    outcome: "rc.revenue",
    name: { en: "Cost of collection" },
    description: { en: "Operating expenditure of Customs as a percentage of the revenue it collected in year T." },
    unit: "percent",
    direction: "lower-is-better",
    formula: "share(customs_expenditure, revenue_collected)",
    scoring: { normalisation: { method: "goalposts", lower: "0.5", upper: "10" } },
    disclosureDefault: "restricted",
    provenance: "illustrative",
  },
  {
    id: "rc.electronic_payment",
    outcome: "rc.revenue",
    name: { en: "Share of revenue paid electronically" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(revenue_paid_electronically, revenue_collected)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" } },
    provenance: "illustrative",
  },
  {
    id: "rc.post_clearance_effectiveness",
    outcome: "rc.post_clearance",
    name: { en: "Effectiveness of post-clearance controls" },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(pca_audits_with_findings, pca_audits)",
    scoring: { normalisation: { method: "goalposts", lower: "10", upper: "70" } },
    provenance: "published",
    interpretation:
      "The WCO has published the name of this KPI but not its formula or its expected outcome. This framework reads it as the share of the post-clearance audits completed in year T that found an irregularity leading to an assessment or a penalty.",
  },
  {
    id: "rc.post_clearance_yield",
    outcome: "rc.post_clearance",
    name: { en: "Post-clearance audit yield" },
    description: { en: "Additional revenue assessed by post-clearance audits as a percentage of the revenue collected in year T." },
    unit: "percent",
    direction: "higher-is-better",
    formula: "share(pca_revenue_assessed, revenue_collected)",
    scoring: { normalisation: { method: "goalposts", lower: "0", upper: "5" } },
    provenance: "illustrative",
  },
  {
    id: "rc.appeal_time",
    outcome: "rc.disputes",
    name: { en: "Average time to resolve administrative appeals" },
    unit: "days",
    direction: "lower-is-better",
    formula: "appeal_days_total / appeals_resolved",
    // Appeals that take longer than a year on average fall outside every band and score 0.
    scoring: {
      normalisation: {
        method: "bands",
        bands: [
          { from: "30", points: "100" },
          { from: "60", points: "75" },
          { from: "90", points: "50" },
          { from: "180", points: "25" },
          { from: "365", points: "10" },
        ],
      },
    },
    provenance: "illustrative",
  },
];
