import type { DataSlots } from "../compile/data-slots.js";
import type { Period } from "@pmm/model";
import type { ValidationFinding, ValidationFindingKind } from "./findings.js";

/** Kinds of error finding that make the values they name unusable. */
const BLOCKING_KINDS: ReadonlySet<ValidationFindingKind> = new Set(["data-value", "invalid-value", "duplicate-value", "rule"]);

/**
 * Maps each data slot named by an error finding of one administration to the rules that failed
 * on it. A KPI that reads such a slot is `invalid`; warnings and info block nothing.
 *
 * @param findings - Findings, possibly of several administrations.
 * @param administration - The administration whose findings count.
 * @param slots - The slot numbering of the compiled framework.
 * @returns Rule ids by slot, each rule once, in finding order.
 */
export function blockedSlots(findings: readonly ValidationFinding[], administration: string, slots: DataSlots): Map<number, string[]> {
  const blocked = new Map<number, string[]>();
  for (const finding of findings) {
    if (finding.severity !== "error" || finding.administration !== administration || !BLOCKING_KINDS.has(finding.kind)) continue;
    for (const value of finding.values) {
      if (value.period !== "T" && value.period !== "T-1") continue;
      const slot = slots.slotOf(value.dataElement, value.period as Period);
      if (slot === undefined) continue;
      const rules = blocked.get(slot) ?? [];
      if (!rules.includes(finding.rule)) rules.push(finding.rule);
      blocked.set(slot, rules);
    }
  }
  return blocked;
}
