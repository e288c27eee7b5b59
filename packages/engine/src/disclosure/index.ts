export { canSee, strictestDisclosure } from "./visibility.js";
export { decideSuppressions, type GroupDisclosure, type SuppressionLimits } from "./suppression.js";
export { auditRecovery, type AuditedGroup } from "./recovery-audit.js";
