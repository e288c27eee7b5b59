import type { DerivedDecimal, ImplausibleChangeFinding, MemberEntry } from "@pmm/model";
import { EngineDecimal, toOutputString } from "../decimal.js";
import type { CheckedMeasure } from "../benchmark/measures.js";
import { canSee } from "../disclosure/visibility.js";
import type { ResolvedDiagnoseOptions } from "./options.js";
import { changeQuestion } from "./questions.js";

/** The two cycles a change runs between, with the administration's entry in the chosen group of each. */
export interface ChangeContext {
  previousCycle: { id: string; label: string };
  currentCycle: { id: string; label: string };
  group: string;
  previousEntry: MemberEntry | undefined;
  currentEntry: MemberEntry | undefined;
}

function percentileRank(entry: MemberEntry | undefined): DerivedDecimal {
  if (entry === undefined || entry.status !== "value") return { status: "undefined", reason: "empty", message: "the administration has no placed value in this group" };
  if (entry.position.kind === "suppressed") return { status: "suppressed", reason: entry.position.reason, message: entry.position.message };
  return { status: "value", value: entry.position.percentileRank };
}

/**
 * Tests whether an administration's value changed implausibly since the previous cycle:
 * `|change| / |previous| × 100` exceeds `relativeChangeThreshold` (a change from 0 to another
 * value always does), or the percentile rank in the group moved by more than
 * `percentileJumpThreshold` points. Measures whose definition changed are not compared.
 *
 * @param previous - The measure in the previous cycle.
 * @param current - The measure in the current cycle.
 * @param administration - The administration diagnosed.
 * @param context - The cycles and the administration's entries in the chosen group.
 * @param options - Resolved diagnose options.
 * @returns The finding, or undefined when the change is plausible, not measurable, or hidden from the viewer.
 */
export function changeFinding(
  previous: CheckedMeasure,
  current: CheckedMeasure,
  administration: string,
  context: ChangeContext,
  options: ResolvedDiagnoseOptions,
): ImplausibleChangeFinding | undefined {
  const sameDefinition = previous.input.unit === current.input.unit && previous.input.direction === current.input.direction && previous.input.definitionKey === current.input.definitionKey;
  const before = previous.observations.get(administration);
  const after = current.observations.get(administration);
  if (!sameDefinition || before?.status !== "value" || after?.status !== "value") return undefined;
  if (!canSee(options.viewer, administration, before.disclosure) || !canSee(options.viewer, administration, after.disclosure)) return undefined;

  const change = after.value.minus(before.value);
  const relative = before.value.isZero() ? undefined : change.times(100).div(before.value.abs());
  const triggers: ImplausibleChangeFinding["triggers"] = [];
  if (relative === undefined ? !change.isZero() : relative.abs().gt(options.relativeChangeThreshold)) triggers.push("relative-change");
  const ranks = { from: percentileRank(context.previousEntry), to: percentileRank(context.currentEntry) };
  if (ranks.from.status === "value" && ranks.to.status === "value" && new EngineDecimal(ranks.to.value).minus(ranks.from.value).abs().gt(options.percentileJumpThreshold)) {
    triggers.push("percentile-jump");
  }
  if (triggers.length === 0) return undefined;

  const text = (value: EngineDecimal) => toOutputString(value, options.rounding);
  const from = text(before.value);
  const to = text(after.value);
  return {
    kind: "implausible-change",
    measureId: current.id,
    measure: current.input.measure,
    label: current.label,
    unit: current.input.unit,
    direction: current.input.direction,
    from: { cycle: context.previousCycle.id, value: from },
    to: { cycle: context.currentCycle.id, value: to },
    change: text(change),
    relativeChange: relative === undefined ? { status: "undefined", reason: "zero-base", message: `the value was 0 in cycle ${context.previousCycle.id}` } : { status: "value", value: text(relative) },
    group: context.group,
    percentileRanks: ranks,
    triggers,
    thresholds: { relativeChange: text(options.relativeChangeThreshold), percentileJump: text(options.percentileJumpThreshold) },
    question: changeQuestion({ label: current.label, unit: current.input.unit, from, to, rose: change.isPositive(), previousCycle: context.previousCycle.label }),
  };
}
