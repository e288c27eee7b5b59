export type { FindingSeverity, FindingValue, ValidationFinding, ValidationFindingKind } from "./findings.js";
export { validateSubmission } from "./validate-submission.js";
