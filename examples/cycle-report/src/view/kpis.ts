import type { GroupBenchmark, KpiResult, MemberEntry } from "@pmm/model";
import type { Assessment } from "../assess/assess.js";
import type { BenchmarkLookup } from "./benchmark-lookup.js";
import { formatValue } from "./format.js";
import { absent, shownMember, suppressedLabel } from "./shown.js";
import type { Distribution, KpiRow, Shown } from "./types.js";

/**
 * Builds one row per KPI, in framework order: the administration's value and score, its
 * percentile rank and the distribution of the selected peer group, each as the viewer may see
 * it.
 *
 * @example
 * ```ts
 * const rows = buildKpiRows(assessment, new BenchmarkLookup(assessment.benchmark, assessment.administration.id));
 * ```
 */
export function buildKpiRows(assessment: Assessment, lookup: BenchmarkLookup): KpiRow[] {
  const { framework, groups, current, administration } = assessment;
  const minimum = lookup.result.settings.publicationMinimum;
  const dimensionOf = new Map(framework.outcomes.map((outcome) => [outcome.id, outcome.dimension]));
  const outcomeName = new Map(framework.outcomes.map((outcome) => [outcome.id, outcome.name.en]));
  const results = new Map(current.kpiResults.filter((result) => result.administration === administration.id).map((result) => [result.kpi, result]));

  return framework.kpis.map((kpi): KpiRow => {
    const valueId = `kpi-value:${kpi.id}`;
    const group = lookup.group(valueId, groups.selected);
    const ownEntry = lookup.own(valueId, groups.selected);
    const result = results.get(kpi.id);
    const own = kpi.formula === undefined ? absent("undefined", "no value: the WCO has not published the formula") : withResultReason(shownMember(ownEntry, kpi.unit), result);

    return {
      id: kpi.id,
      name: kpi.name.en,
      dimension: dimensionOf.get(kpi.outcome) ?? "",
      outcome: outcomeName.get(kpi.outcome) ?? kpi.outcome,
      unit: kpi.unit,
      direction: kpi.direction,
      provenance: kpi.provenance,
      own,
      score: kpiScore(lookup, kpi.id, kpi.direction, kpi.formula !== undefined, assessment),
      distribution: distribution(group, ownEntry, kpi.unit, minimum),
      percentileRank: percentileRank(ownEntry, minimum),
      explanation: assessment.seesSubmittedData && own.kind === "value" && result?.status === "value" ? result.explanation.sentence : undefined,
    };
  });
}

// A KPI result gives more detail than the benchmark's "missing" entry: why a value is undefined
// or invalid. The benchmark entry still decides whether the viewer may see anything at all.
function withResultReason(shown: Shown, result: KpiResult | undefined): Shown {
  if (shown.kind === "value" || result === undefined) return shown;
  if (shown.reason === "withheld") return shown;
  return resultReason(result) ?? shown;
}

/**
 * Labels a KPI result that has no value because its formula is undefined for the data (such as
 * "no value: division by zero") or validation blocked it; `undefined` for any other result.
 *
 * @example
 * ```ts
 * resultReason({ status: "undefined", reason: "division-by-zero", ... }); // absent, "no value: division by zero"
 * ```
 */
export function resultReason(result: KpiResult): Shown | undefined {
  switch (result.status) {
    case "undefined":
      return absent("undefined", `no value: ${result.reason.replace(/-/g, " ")}`);
    case "invalid":
      return absent("invalid", `invalid: blocked by validation rule ${result.rules.join(", ")}`);
    default:
      return undefined;
  }
}

function kpiScore(lookup: BenchmarkLookup, kpi: string, direction: string, hasFormula: boolean, assessment: Assessment): Shown {
  if (!hasFormula) return absent("not-scored", "not scored");
  if (direction === "descriptive") return absent("not-scored", "not scored: descriptive");
  const entry = lookup.own(`score:kpi:${kpi}`, assessment.groups.selected);
  return shownMember(entry, "score");
}

function distribution(group: GroupBenchmark | undefined, own: MemberEntry | undefined, unit: KpiRow["unit"], minimum: number): Distribution {
  if (group === undefined) return { kind: "absent", label: "no peer figures: the KPI is not benchmarked" };
  if (group.suppression !== undefined) return { kind: "absent", label: suppressedLabel(group.suppression, minimum) };
  const { min, q1, median, q3, max, mean } = group.statistics;
  if (min.status !== "value" || q1.status !== "value" || median.status !== "value" || q3.status !== "value" || max.status !== "value" || mean.status !== "value") {
    const suppressed = [min, q1, median, q3, max, mean].find((statistic) => statistic.status === "suppressed");
    if (suppressed !== undefined && suppressed.status === "suppressed") return { kind: "absent", label: suppressedLabel(suppressed, minimum) };
    return { kind: "absent", label: group.counts.values === 0 ? "missing data: no peer has a value" : "too few values for a distribution" };
  }
  const points = group.members
    .filter((member): member is Extract<MemberEntry, { status: "value" }> => member.status === "value" && member.administration !== own?.administration)
    .map((member) => Number(member.value));
  return {
    kind: "summary",
    n: group.counts.values,
    min: Number(min.value),
    q1: Number(q1.value),
    median: Number(median.value),
    q3: Number(q3.value),
    max: Number(max.value),
    mean: Number(mean.value),
    minText: formatValue(min.value, unit),
    maxText: formatValue(max.value, unit),
    meanText: formatValue(mean.value, unit, { fractional: true }),
    medianText: formatValue(median.value, unit, { fractional: true }),
    points,
  };
}

function percentileRank(own: MemberEntry | undefined, minimum: number): Shown {
  if (own === undefined || own.status !== "value") return absent("missing-data", "no percentile rank");
  if (own.position.kind === "suppressed") return absent("suppressed", suppressedLabel(own.position, minimum));
  const rank = Number(own.position.percentileRank);
  return { kind: "value", value: rank, text: String(Math.round(rank)), exact: own.position.percentileRank };
}
