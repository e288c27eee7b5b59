import type { FrameworkInput } from "../framework/framework.js";

type ValidationRuleInput = NonNullable<FrameworkInput["validationRules"]>[number];

function rule(id: string, severity: ValidationRuleInput["severity"], condition: string, description: string): ValidationRuleInput {
  return { id, description: { en: description }, condition, severity, provenance: "illustrative" };
}

/** A part that is counted within a whole must not exceed it: an error that blocks the KPIs using either figure. */
function partOfWhole(id: string, part: string, whole: string, description: string): ValidationRuleInput {
  return rule(id, "error", `${part} <= ${whole}`, description);
}

/**
 * The validation rules of the illustrative framework. Errors catch figures that cannot all be
 * true, such as a part larger than its whole. Warnings flag figures that are possible but
 * implausible and worth a second look, such as a tenfold change in a year.
 */
export const illustrativeValidationRules: ValidationRuleInput[] = [
  partOfWhole("electronic_within_declarations", "electronic_declarations", "declarations", "Electronic declarations cannot exceed all declarations."),
  partOfWhole("inspected_within_declarations", "declarations_inspected", "declarations", "Declarations selected for physical inspection cannot exceed all declarations."),
  partOfWhole("risk_selected_within_inspected", "inspections_risk_selected", "declarations_inspected", "Inspections selected by risk management cannot exceed all physical inspections."),
  partOfWhole("seizures_within_inspected", "inspections_with_seizure", "declarations_inspected", "Inspections with a seizure or offence cannot exceed all physical inspections."),
  partOfWhole("imports_within_shipments", "import_shipments", "shipments", "Import shipments cannot exceed all import and export shipments."),
  partOfWhole("aci_within_imports", "import_shipments_with_aci", "import_shipments", "Import shipments with advance cargo information cannot exceed all import shipments."),
  partOfWhole("ecommerce_within_shipments", "ecommerce_shipments", "shipments", "E-commerce shipments cannot exceed all import and export shipments."),
  partOfWhole("released_within_ecommerce", "ecommerce_released_24h", "ecommerce_shipments", "E-commerce shipments released within 24 hours cannot exceed all e-commerce shipments."),
  partOfWhole("aligned_within_fields", "declaration_fields_aligned", "declaration_fields", "Declaration fields aligned with the WCO Data Model cannot exceed all declaration fields."),
  partOfWhole("aeo_trade_within_trade", "aeo_trade_value", "trade_value", "Trade by AEOs cannot exceed all import and export trade."),
  partOfWhole("electronic_within_revenue", "revenue_paid_electronically", "revenue_collected", "Revenue paid electronically cannot exceed all revenue collected."),
  partOfWhole("ict_within_expenditure", "ict_expenditure", "customs_expenditure", "Expenditure on information technology cannot exceed all operating expenditure."),
  partOfWhole("findings_within_audits", "pca_audits_with_findings", "pca_audits", "Audits with findings cannot exceed all post-clearance audits."),
  partOfWhole("drug_seizures_within_controls", "drug_controls_with_seizure", "drug_controls", "Drug-targeted controls with a seizure cannot exceed all drug-targeted controls."),
  partOfWhole("answered_within_received", "information_requests_answered_60d", "information_requests_received", "Requests answered within 60 days cannot exceed the requests received."),
  partOfWhole("trained_within_staff", "staff_trained", "staff", "Staff trained cannot exceed all staff."),
  partOfWhole("female_within_staff", "female_staff", "staff", "Female staff cannot exceed all staff."),
  partOfWhole("frontline_within_staff", "frontline_staff", "staff", "Frontline staff cannot exceed all staff."),
  rule("aeo_count_without_programme", "error", "aeo_programme == 1 or aeo_count == 0", "Without an AEO programme there can be no AEOs: set aeo_programme to 1 or the AEO count to 0."),

  rule("release_time_plausible", "warning", "release_time_total / declarations <= 240", "An average release time above 240 hours (10 days) is implausible: check that the total is in hours, not minutes."),
  rule("revenue_near_target", "warning", "revenue_collected <= 2 * revenue_target and revenue_collected * 2 >= revenue_target", "Revenue collected is more than twice or less than half the target: check that both amounts use the same unit and currency."),
  rule("cost_of_collection_plausible", "warning", "share(customs_expenditure, revenue_collected) <= 25", "Operating expenditure above 25 % of revenue is implausible for a Customs administration: check both amounts."),
  rule("aeo_growth_plausible", "warning", "aeo_count <= 3 * aeo_count[T-1] or aeo_count[T-1] < 10", "The number of AEOs more than tripled in a year: check both counts."),
  rule(
    "alcohol_seizures_plausible",
    "warning",
    "(alcohol_seizures <= 10 * alcohol_seizures[T-1] and alcohol_seizures * 10 >= alcohol_seizures[T-1]) or max(alcohol_seizures, alcohol_seizures[T-1]) < 20",
    "Alcohol seizures changed more than tenfold in a year, with at least 20 cases in one of the years: check both counts.",
  ),
  rule("integrity_cases_plausible", "warning", "per1000(integrity_cases, staff) <= 100", "More than 100 integrity cases per 1,000 staff is implausible: check that cases, not allegations or hearings, are counted."),
];
