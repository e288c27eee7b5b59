import type { Direction, MemberEntry } from "@pmm/model";
import type { Assessment } from "../assess/assess.js";
import { BenchmarkLookup } from "./benchmark-lookup.js";
import { formatChange, type DisplayUnit } from "./format.js";
import { absent, shownMember } from "./shown.js";
import type { ChangeRow, Verdict } from "./types.js";

/**
 * Builds the change rows: dimension and overall scores, and every KPI value, in the previous
 * and the current cycle as the viewer may see them, with a direction-aware verdict. Empty
 * lists when there is no previous cycle.
 */
export function buildChangeRows(assessment: Assessment, lookup: BenchmarkLookup): { scores: ChangeRow[]; kpis: ChangeRow[] } {
  if (assessment.previousBenchmark === undefined) return { scores: [], kpis: [] };
  const previous = new BenchmarkLookup(assessment.previousBenchmark, assessment.administration.id);
  const { framework } = assessment;
  const group = assessment.groups.selected;

  const row = (measureId: string, id: string, name: string, unit: DisplayUnit, direction: Direction, provenance: ChangeRow["provenance"]): ChangeRow => {
    const before = previous.own(measureId, group);
    const after = lookup.own(measureId, group);
    const previousShown = previous.measure(measureId) === undefined ? absent("no-previous", "not measured") : shownMember(before, unit);
    const currentShown = lookup.measure(measureId) === undefined ? absent("not-scored", "not measured") : shownMember(after, unit);
    const change = difference(before, after);
    return {
      id,
      name,
      unit,
      provenance,
      previous: previousShown,
      current: currentShown,
      changeText: change === undefined ? undefined : formatChange(change, unit, { fractional: true }),
      change,
      verdict: verdictOf(change, direction),
    };
  };

  const scores = framework.dimensions.map((dimension) => row(`score:dimension:${dimension.id}`, dimension.id, dimension.name.en, "score", "higher-is-better", dimension.provenance));
  if (framework.aggregation.overall !== undefined) scores.push(row(`score:overall:${framework.id}`, "Overall", "Overall index", "score", "higher-is-better", framework.provenance));

  const kpis = framework.kpis
    .filter((kpi) => kpi.formula !== undefined)
    .map((kpi) => row(`kpi-value:${kpi.id}`, kpi.id, kpi.name.en, kpi.unit, kpi.direction, kpi.provenance));
  return { scores, kpis };
}

// Decimal strings subtracted exactly: both have at most 20 digits after the point.
function difference(before: MemberEntry | undefined, after: MemberEntry | undefined): string | undefined {
  if (before?.status !== "value" || after?.status !== "value") return undefined;
  const scale = Math.max(decimals(before.value), decimals(after.value));
  const delta = toScaled(after.value, scale) - toScaled(before.value, scale);
  const negative = delta < 0n;
  const digits = (negative ? -delta : delta).toString().padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  const text = fraction === "" ? integer : `${integer}.${fraction}`;
  return negative && text !== "0" ? `-${text}` : text;
}

function decimals(value: string): number {
  const point = value.indexOf(".");
  return point < 0 ? 0 : value.length - point - 1;
}

function toScaled(value: string, scale: number): bigint {
  const [integer = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const scaled = BigInt(integer + fraction.padEnd(scale, "0"));
  return value.startsWith("-") ? -scaled : scaled;
}

function verdictOf(change: string | undefined, direction: Direction): Verdict {
  if (change === undefined) return "not-comparable";
  if (change === "0") return "unchanged";
  if (direction === "descriptive") return "changed";
  const higher = !change.startsWith("-");
  return higher === (direction === "higher-is-better") ? "improved" : "declined";
}
