import type { DisclosureLevel, Framework, KpiResult, KpiScore, NodeScore, ScoreResult } from "@pmm/model";
import { frameworkOf, type FrameworkSource } from "../scoring/inputs.js";
import { strictestDisclosure } from "../disclosure/visibility.js";
import type { MeasureInput, Observation } from "./measures.js";

/** An administration's disclosure choices per KPI id, such as a parsed `Submission`. */
export interface DisclosureChoices {
  administration: string;
  /** Level per KPI id; KPIs left out use the KPI's `disclosureDefault`. */
  disclosure?: Readonly<Record<string, DisclosureLevel>> | undefined;
}

/** The results of one cycle to turn into measures. */
export interface CycleResults {
  /** A parsed framework, or a compiled framework (its `.framework` is read). */
  framework: FrameworkSource;
  /** The KPI results of the cycle, such as the output of `computeCycle`. */
  kpiResults: readonly KpiResult[];
  /** The scores of the cycle, such as the output of `scoreCycle`. Default: none, so only KPI values are measured. */
  scores?: ScoreResult | undefined;
  /** Each administration's disclosure choices, such as the cycle's parsed submissions. Default: none, so every KPI's `disclosureDefault` applies. */
  submissions?: readonly DisclosureChoices[] | undefined;
}

/** Tells whether a KPI can ever have a score, because it has a formula and is not descriptive. */
function isScored(framework: Framework, kpi: string): boolean {
  const definition = framework.kpis.find((candidate) => candidate.id === kpi);
  return definition !== undefined && definition.formula !== undefined && definition.direction !== "descriptive";
}

/**
 * Derives a fingerprint of each measure's definition, so that cycle comparison can tell when a
 * KPI's formula, unit, direction or scoring changed, or when a node's children, weights or
 * aggregation changed.
 */
export function definitionKeys(framework: Framework): Map<string, string> {
  const keys = new Map<string, string>();
  const kpiKey = (kpi: Framework["kpis"][number]) => JSON.stringify([kpi.unit, kpi.direction, kpi.formula ?? null, kpi.applicability ?? null]);
  for (const kpi of framework.kpis) {
    keys.set(`kpi-value:${kpi.id}`, kpiKey(kpi));
    keys.set(`score:kpi:${kpi.id}`, JSON.stringify([kpiKey(kpi), kpi.scoring ?? null]));
  }
  for (const outcome of framework.outcomes) {
    const children = framework.kpis.filter((kpi) => kpi.outcome === outcome.id).map((kpi) => [keys.get(`score:kpi:${kpi.id}`), kpi.weight]);
    keys.set(`score:outcome:${outcome.id}`, JSON.stringify([children, outcome.aggregation ?? framework.aggregation.outcomes]));
  }
  for (const dimension of framework.dimensions) {
    const children = framework.outcomes.filter((outcome) => outcome.dimension === dimension.id).map((outcome) => [keys.get(`score:outcome:${outcome.id}`), outcome.weight]);
    keys.set(`score:dimension:${dimension.id}`, JSON.stringify([children, dimension.aggregation ?? framework.aggregation.dimensions]));
  }
  const dimensions = framework.dimensions.map((dimension) => [keys.get(`score:dimension:${dimension.id}`), dimension.weight]);
  keys.set(`score:overall:${framework.id}`, JSON.stringify([dimensions, framework.aggregation.overall ?? null]));
  return keys;
}

function kpiObservation(result: KpiResult, disclosure: DisclosureLevel): Observation {
  const administration = result.administration;
  switch (result.status) {
    case "value":
      return { administration, status: "value", value: result.value, disclosure };
    case "not-applicable":
      return { administration, status: "not-applicable", disclosure };
    case "missing-data":
    case "undefined":
    case "invalid":
      return { administration, status: "missing", reason: result.status, disclosure };
  }
}

function scoreObservation(score: KpiScore | NodeScore, disclosure: DisclosureLevel): Observation | undefined {
  const administration = score.administration;
  switch (score.status) {
    case "scored":
      return { administration, status: "value", value: score.score, disclosure };
    case "not-applicable":
      return { administration, status: "not-applicable", disclosure };
    case "excluded":
      return undefined;
    case "missing-value":
      return { administration, status: "missing", reason: score.reason, disclosure };
    case "not-scorable":
    case "insufficient-data":
    case "not-aggregable":
      return { administration, status: "missing", reason: score.status, disclosure };
  }
}

/**
 * Turns the results of a cycle into measures for `benchmarkMeasures`: the value of every KPI
 * that has a formula, and, when scores are given, the score of every scored KPI, expected
 * outcome, dimension and the overall index, in the framework's order.
 *
 * Disclosure: a KPI value and its score follow the administration's choice for the KPI, or the
 * KPI's `disclosureDefault`. An outcome, dimension or overall score follows the strictest level
 * among the scored KPIs beneath it, because the aggregate reveals them. A node excluded by
 * design (no scored KPI beneath it) is not measured.
 *
 * @param results - Framework, KPI results, scores and disclosure choices.
 * @returns The measures.
 * @example
 * ```ts
 * const measures = cycleMeasures({ framework, kpiResults, scores, submissions });
 * measures[0].measure; // { kind: "kpi-value", kpi: "tf.electronic_declarations" }
 * ```
 */
export function cycleMeasures(results: CycleResults): MeasureInput[] {
  const framework = frameworkOf(results.framework);
  const choices = new Map((results.submissions ?? []).map((submission) => [submission.administration, submission.disclosure ?? {}]));
  const keys = definitionKeys(framework);
  const levelOf = (administration: string, kpi: Framework["kpis"][number]): DisclosureLevel => choices.get(administration)?.[kpi.id] ?? kpi.disclosureDefault;
  const byKpi = new Map<string, KpiResult[]>();
  for (const result of results.kpiResults) {
    const list = byKpi.get(result.kpi);
    if (list === undefined) byKpi.set(result.kpi, [result]);
    else list.push(result);
  }

  const measures: MeasureInput[] = [];
  for (const kpi of framework.kpis) {
    if (kpi.formula === undefined) continue;
    measures.push({
      measure: { kind: "kpi-value", kpi: kpi.id },
      label: kpi.name.en,
      unit: kpi.unit,
      direction: kpi.direction,
      disclosureDefault: kpi.disclosureDefault,
      definitionKey: keys.get(`kpi-value:${kpi.id}`),
      observations: (byKpi.get(kpi.id) ?? []).map((result) => kpiObservation(result, levelOf(result.administration, kpi))),
    });
  }
  if (results.scores === undefined) return measures;

  // Scored KPIs, and scores by KPI or node, are looked up once instead of per node.
  const scoredKpis = framework.kpis.filter((kpi) => isScored(framework, kpi.id));
  const dimensionOf = new Map(framework.outcomes.map((outcome) => [outcome.id, outcome.dimension]));
  const scoredKpisUnder = (node: { level: NodeScore["level"]; id: string }) =>
    scoredKpis.filter((kpi) => {
      if (node.level === "overall") return true;
      if (node.level === "outcome") return kpi.outcome === node.id;
      return dimensionOf.get(kpi.outcome) === node.id;
    });
  const addScores = (level: "kpi" | NodeScore["level"], id: string, label: string, scores: readonly (KpiScore | NodeScore)[], kpis: Framework["kpis"]) => {
    // An administration without disclosure choices has the KPIs' defaults, whose strictest level is the same for all of them.
    const strictestDefault = strictestDisclosure(kpis.map((kpi) => kpi.disclosureDefault));
    const observations = scores.flatMap((score) => {
      const level = choices.has(score.administration) ? strictestDisclosure(kpis.map((kpi) => levelOf(score.administration, kpi))) : strictestDefault;
      const observation = scoreObservation(score, level);
      return observation === undefined ? [] : [observation];
    });
    if (observations.length === 0 && scores.length > 0) return;
    measures.push({
      measure: { kind: "score", level, node: id },
      label,
      unit: "score",
      direction: "higher-is-better",
      disclosureDefault: strictestDefault,
      definitionKey: keys.get(`score:${level}:${id}`),
      observations,
    });
  };

  const scores = results.scores;
  const byNode = <T,>(list: readonly T[], node: (score: T) => string): Map<string, T[]> => {
    const grouped = new Map<string, T[]>();
    for (const score of list) {
      const group = grouped.get(node(score));
      if (group === undefined) grouped.set(node(score), [score]);
      else group.push(score);
    }
    return grouped;
  };
  const kpiScores = byNode(scores.kpis, (score) => score.kpi);
  const outcomeScores = byNode(scores.outcomes, (score) => score.node);
  const dimensionScores = byNode(scores.dimensions, (score) => score.node);
  for (const kpi of scoredKpis) {
    addScores("kpi", kpi.id, `${kpi.name.en} (score)`, kpiScores.get(kpi.id) ?? [], [kpi]);
  }
  for (const outcome of framework.outcomes) {
    addScores("outcome", outcome.id, outcome.name.en, outcomeScores.get(outcome.id) ?? [], scoredKpisUnder({ level: "outcome", id: outcome.id }));
  }
  for (const dimension of framework.dimensions) {
    addScores("dimension", dimension.id, dimension.name.en, dimensionScores.get(dimension.id) ?? [], scoredKpisUnder({ level: "dimension", id: dimension.id }));
  }
  if (scores.overall.length > 0) {
    addScores("overall", framework.id, "Overall index", scores.overall, scoredKpisUnder({ level: "overall", id: framework.id }));
  }
  return measures;
}
