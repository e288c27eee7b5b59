import type { FrameworkInput } from "../framework/framework.js";

type DataElementInput = FrameworkInput["dataElements"][number];
type DataElementOptions = Pick<DataElementInput, "integer" | "range" | "periods" | "unitLabel">;

const BOTH_YEARS = ["T", "T-1"] as const;

function element(id: string, kind: DataElementInput["kind"], name: string, description: string, options: DataElementOptions = {}): DataElementInput {
  return { id, name: { en: name }, description: { en: description }, kind, ...options, provenance: "illustrative" };
}

/**
 * The data elements of the illustrative framework: the raw figures an administration submits
 * for year T, and for T-1 where a variation KPI needs it. All are this project's own
 * definitions (the official PMM data elements are not public). Counts are whole numbers;
 * currency amounts are in national currency and may have cents.
 */
export const illustrativeDataElements: DataElementInput[] = [
  // Trade facilitation: declarations and clearance.
  element("declarations", "count", "Goods declarations lodged", "Import, export and transit goods declarations lodged in year T, whatever the channel."),
  element("electronic_declarations", "count", "Goods declarations lodged and processed electronically", "Goods declarations of year T lodged and processed electronically from lodgement to release."),
  element("release_time_total", "hours", "Total release time of goods declarations", "Sum over the goods declarations released in year T of the time from lodgement to release, in hours, to one decimal."),
  element("declarations_inspected", "count", "Goods declarations selected for physical inspection", "Goods declarations of year T whose goods were physically inspected."),
  element("inspections_risk_selected", "count", "Physical inspections selected by risk management", "Physical inspections of year T selected by risk profiles or targeting, not at random or by a fixed rate."),
  element("inspections_with_seizure", "count", "Physical inspections with a seizure or offence", "Physical inspections of year T that led to a seizure or to an offence being recorded."),
  element("shipments", "count", "Import and export shipments", "Import and export shipments (consignments) of year T, all modes and channels, including postal and express."),
  element("import_shipments", "count", "Import shipments", "Import shipments (consignments) of year T, all modes and channels."),
  element("import_shipments_with_aci", "count", "Import shipments with advance cargo information", "Import shipments of year T for which electronic cargo information was received before arrival."),
  element("ecommerce_shipments", "count", "E-commerce shipments", "Import and export shipments of year T identified as cross-border e-commerce."),
  element("ecommerce_released_24h", "count", "E-commerce shipments released within 24 hours", "E-commerce shipments of year T released within 24 hours of arrival or lodgement, whichever is later."),
  element("advance_rulings", "count", "Advance classification rulings issued", "Advance tariff classification rulings issued in year T."),
  element("advance_ruling_days_total", "days", "Total processing time of advance classification rulings", "Sum over the advance classification rulings issued in year T of the calendar days from a complete request to the ruling.", {
    integer: true,
  }),
  element("declaration_fields", "count", "Data fields of the goods declaration", "Data fields of the national goods declaration in force at the end of year T.", {
    range: { min: "1", max: "1000" },
  }),
  element("declaration_fields_aligned", "count", "Declaration data fields aligned with the WCO Data Model", "Data fields of the national goods declaration mapped to a WCO Data Model element at the end of year T.", {
    range: { max: "1000" },
  }),

  // Trade facilitation: Authorized Economic Operators.
  element("aeo_programme", "yes-no", "AEO programme in place", "1 when the administration ran an Authorized Economic Operator programme in year T, 0 otherwise."),
  element("aeo_count", "count", "Authorized Economic Operators", "Operators holding an AEO authorisation on 31 December of the year.", {
    periods: [...BOTH_YEARS],
  }),
  element("trade_value", "currency", "Value of import and export trade", "Customs value of the goods imported and exported in year T, in national currency."),
  element("aeo_trade_value", "currency", "Value of import and export trade by AEOs", "Customs value of the goods imported and exported in year T by AEOs, as declarant or importer or exporter of record, in national currency."),

  // Revenue collection.
  element("revenue_collected", "currency", "Revenue collected", "Duties, taxes and fees collected by Customs in year T, in national currency."),
  element("revenue_target", "currency", "Revenue target", "Revenue that the government or the administration set Customs to collect in year T, in national currency.", {
    range: { min: "0.01" },
  }),
  element("revenue_paid_electronically", "currency", "Revenue paid electronically", "Part of the revenue collected in year T that was paid by electronic means, in national currency."),
  element("customs_expenditure", "currency", "Operating expenditure of Customs", "Operating expenditure of the Customs administration in year T (staff, running costs, equipment), in national currency."),
  element("ict_expenditure", "currency", "Expenditure on information technology", "Part of the operating expenditure of year T spent on information and communication technology, in national currency."),
  element("pca_audits", "count", "Post-clearance audits completed", "Post-clearance audits completed in year T."),
  element("pca_audits_with_findings", "count", "Post-clearance audits with findings", "Post-clearance audits completed in year T that found an irregularity leading to an assessment or a penalty."),
  element("pca_revenue_assessed", "currency", "Revenue assessed by post-clearance audits", "Additional duties, taxes and penalties assessed by the post-clearance audits completed in year T, in national currency."),
  element("appeals_resolved", "count", "Administrative appeals resolved", "Administrative appeals against Customs decisions resolved in year T."),
  element("appeal_days_total", "days", "Total time to resolve administrative appeals", "Sum over the appeals resolved in year T of the calendar days from lodgement of the appeal to the decision.", {
    integer: true,
  }),

  // Enforcement, security and protection of society.
  element("drug_controls", "count", "Controls targeted at drugs", "Controls of year T (physical inspections, scans, searches) selected by a drug risk profile or intelligence."),
  element("drug_controls_with_seizure", "count", "Drug-targeted controls with a seizure", "Controls targeted at drugs in year T that led to a seizure of drugs."),
  element("alcohol_seizures", "count", "Alcohol seizures", "Seizure cases of alcoholic beverages in the year.", {
    periods: [...BOTH_YEARS],
  }),
  element("ipr_seizures", "count", "Seizures of goods infringing intellectual property rights", "Seizure cases of counterfeit or pirated goods in year T."),
  element("information_requests_received", "count", "Requests for information received", "Requests for information received from other Customs administrations under mutual administrative assistance in the year.", {
    periods: [...BOTH_YEARS],
  }),
  element("information_requests_answered_60d", "count", "Requests for information answered within 60 days", "Requests for information received in year T and answered within 60 calendar days."),

  // Organizational development.
  element("staff", "count", "Staff", "Staff of the Customs administration on 31 December of year T, in head count.", {
    range: { min: "1" },
  }),
  element("staff_trained", "count", "Staff trained", "Staff who completed at least one training course of at least one day in year T."),
  element("female_staff", "count", "Female staff", "Women among the staff on 31 December of year T."),
  element("frontline_staff", "count", "Frontline staff", "Staff working at border posts, clearance offices, control and audit units on 31 December of year T."),
  element("integrity_cases", "count", "Integrity cases opened", "Disciplinary or criminal cases for corruption or misconduct opened against staff in year T."),
];
