import type { AdministrationComparison, Change, ComparisonResult, CycleValue, KpiResult, MeasureComparison } from "@pmm/model";
import type { Assessment } from "../assess/assess.js";
import { formatChange, type DisplayUnit } from "./format.js";
import { resultReason } from "./kpis.js";
import { absent, shownValue } from "./shown.js";
import type { ChangeRow, ProvenanceNote, Shown, Verdict } from "./types.js";

/**
 * Builds the change rows from the engine's cycle comparison: dimension and overall scores, and
 * every KPI value, in the previous and the current cycle as the viewer may see them, with the
 * engine's direction-aware verdict. Empty lists when there is no previous cycle.
 *
 * @example
 * ```ts
 * const { scores, kpis } = buildChangeRows(assessment);
 * ```
 */
export function buildChangeRows(assessment: Assessment): { scores: ChangeRow[]; kpis: ChangeRow[] } {
  const comparison = assessment.comparison;
  if (comparison === undefined) return { scores: [], kpis: [] };
  const { framework } = assessment;
  const measures = new Map(comparison.measures.map((measure) => [measure.id, measure]));

  // The comparison says only "missing" for a KPI without a value; its KPI result says why, such
  // as a division by zero on submitted data.
  const resultsOf = (results: readonly KpiResult[] | undefined): Map<string, KpiResult> =>
    new Map((results ?? []).filter((result) => result.administration === assessment.administration.id).map((result) => [`kpi-value:${result.kpi}`, result]));
  const previousResults = resultsOf(assessment.previous?.kpiResults);
  const currentResults = resultsOf(assessment.current.kpiResults);

  const row = (measureId: string, id: string, name: string, unit: DisplayUnit, note: ProvenanceNote): ChangeRow => {
    const entry = ownEntry(measures.get(measureId), assessment.administration.id);
    const change = entry?.changes[0];
    const [before, after] = [entry?.values[0], entry?.values[1]];
    const shown = (value: CycleValue | undefined, result: KpiResult | undefined): Shown => {
      const plain = shownCycleValue(value, unit);
      if (value?.status !== "missing" || result === undefined) return plain;
      return resultReason(result) ?? plain;
    };
    const measured = change !== undefined && change.status !== "not-comparable" && change.status !== "withheld" ? change.change : undefined;
    return {
      id,
      name,
      unit,
      provenance: note.provenance,
      previous: shown(before, previousResults.get(measureId)),
      current: shown(after, currentResults.get(measureId)),
      changeText: measured === undefined ? undefined : formatChange(measured, unit, { fractional: true }),
      change: measured,
      verdict: verdictOf(change),
    };
  };

  const scores = framework.dimensions.map((dimension) => row(`score:dimension:${dimension.id}`, dimension.id, dimension.name.en, "score", dimension));
  if (framework.aggregation.overall !== undefined) scores.push(row(`score:overall:${framework.id}`, "Overall", "Overall index", "score", framework));
  const kpis = framework.kpis.filter((kpi) => kpi.formula !== undefined).map((kpi) => row(`kpi-value:${kpi.id}`, kpi.id, kpi.name.en, kpi.unit, kpi));
  return { scores, kpis };
}

/**
 * Lists the administration's own entries of a comparison: its values in each cycle and the
 * changes, for every measure, in the comparison's order.
 *
 * @example
 * ```ts
 * ownComparisons(comparison, "ADM102")[0]; // { id: "kpi-value:tf.electronic_declarations", entry: { ... } }
 * ```
 */
export function ownComparisons(comparison: ComparisonResult, administration: string): { id: string; entry: AdministrationComparison }[] {
  return comparison.measures.flatMap((measure) => {
    const entry = ownEntry(measure, administration);
    return entry === undefined ? [] : [{ id: measure.id, entry }];
  });
}

function ownEntry(measure: MeasureComparison | undefined, administration: string): AdministrationComparison | undefined {
  return measure?.administrations.find((entry) => entry.administration === administration);
}

function shownCycleValue(value: CycleValue | undefined, unit: DisplayUnit): Shown {
  switch (value?.status) {
    case "value":
      return shownValue(value.value, unit);
    case "not-applicable":
      return absent("not-applicable", "not applicable");
    case "withheld":
      return absent("withheld", "withheld: not disclosed to this viewer");
    case "absent":
      return absent("no-previous", "not in this cycle's framework");
    case "missing":
    case undefined:
      return absent("missing-data", "missing data");
  }
}

function verdictOf(change: Change | undefined): Verdict {
  switch (change?.status) {
    case "improved":
    case "declined":
    case "unchanged":
    case "increased":
    case "decreased":
      return change.status;
    default:
      return "not-comparable";
  }
}
