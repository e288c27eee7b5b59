import { peerGroupId } from "@pmm/engine";
import type { GroupBenchmark, KpiResult, KpiScore, MeasureBenchmark, MemberEntry, NodeScore } from "@pmm/model";
import type { Assessment } from "../assess/assess.js";
import type { CycleComputation } from "../assess/compute.js";
import { BenchmarkLookup } from "../view/benchmark-lookup.js";
import { ownComparisons } from "../view/changes.js";

/** The version of the report.json layout; raised when a field changes meaning or is removed. */
export const REPORT_FORMAT_VERSION = 1;

/** A figure the viewer may not see, in place of a KPI result or score. */
interface Withheld {
  readonly administration: string;
  readonly status: "withheld";
  readonly message: string;
}

const WITHHELD_MESSAGE = "not disclosed to this viewer by the administration's disclosure choice";

/**
 * Builds report.json: every number of the report with its status and explanation, as plain
 * JSON data. The same inputs give the same document: no time stamps, no absolute paths, and
 * every list in a fixed order (framework order, then administration id).
 *
 * The administration's own KPI results and scores appear only where the viewer may see them;
 * elsewhere they are `withheld`. Peer values appear as the benchmark publishes them for the
 * viewer: individual values in the selected peer group, statistics in every group.
 *
 * @param assessment - The computed assessment.
 * @returns The document, ready for `JSON.stringify`.
 * @example
 * ```ts
 * const text = `${JSON.stringify(buildReportJson(assessment), null, 2)}\n`;
 * ```
 */
export function buildReportJson(assessment: Assessment): unknown {
  const { administration, framework, groups } = assessment;
  const findings = assessment.findings;
  const count = (severity: string): number | null => (findings === undefined ? null : findings.filter((finding) => finding.severity === severity).length);

  return {
    formatVersion: REPORT_FORMAT_VERSION,
    administration,
    framework: {
      id: framework.id,
      version: framework.version,
      title: framework.title.en,
      provenance: framework.provenance,
      note: framework.provenance === "illustrative" ? "Illustrative framework: its KPIs, formulas and scores are not the official WCO PMM." : undefined,
    },
    viewer: assessment.viewer,
    peerGroups: {
      selected: peerGroupId(groups.selected),
      standard: groups.standard.map(peerGroupId),
      definitions: assessment.benchmark.groups.map(({ id, label, definition, members }) => ({ id, label, definition, size: members.length })),
    },
    benchmarkSettings: assessment.benchmark.settings,
    validation: {
      counts: { error: count("error"), warning: count("warning"), info: count("info") },
      // null when the viewer may not see the submitted figures that findings quote.
      findings: findings ?? null,
      peerRowsSetAside: assessment.setAside,
    },
    current: currentSection(assessment),
    previous: previousSection(assessment),
    changes: assessment.comparison === undefined ? null : { settings: assessment.comparison.settings, cycles: assessment.comparison.cycles, measures: ownComparisons(assessment.comparison, administration.id).map(({ id, entry }) => ({ measure: id, values: entry.values, changes: entry.changes })) },
    priorities: assessment.priorities,
    diagnostics: assessment.diagnostics,
  };
}

function currentSection(assessment: Assessment): unknown {
  const lookup = new BenchmarkLookup(assessment.benchmark, assessment.administration.id);
  const visible = (measureId: string): boolean => lookup.own(measureId, assessment.groups.selected)?.status !== "withheld";
  return {
    ...ownResults(assessment, assessment.current, visible),
    benchmarks: assessment.benchmark.measures.map((measure) => measureJson(measure, peerGroupId(assessment.groups.selected), assessment.administration.id)),
  };
}

// The previous cycle's own results, as far as the viewer may see them in the comparison. Peer
// figures of the previous cycle are left out: the comparison lists the movements in each group.
function previousSection(assessment: Assessment): unknown {
  const { comparison, previous } = assessment;
  if (comparison === undefined || previous === undefined) return null;
  const hidden = new Set(
    ownComparisons(comparison, assessment.administration.id)
      .filter(({ entry }) => entry.values[0]?.status === "withheld")
      .map(({ id }) => id),
  );
  return ownResults(assessment, previous, (measureId) => !hidden.has(measureId));
}

function ownResults(assessment: Assessment, cycle: CycleComputation, visible: (measureId: string) => boolean): Record<string, unknown> {
  const id = assessment.administration.id;
  const withheld: Withheld = { administration: id, status: "withheld", message: WITHHELD_MESSAGE };

  // Explanations quote the submitted figures, which only some viewers may see.
  const shown = (result: KpiResult): unknown => (result.status === "value" && !assessment.seesSubmittedData ? { ...result, explanation: undefined } : result);
  const kpis = cycle.kpiResults
    .filter((result) => result.administration === id)
    .map((result) => (visible(`kpi-value:${result.kpi}`) ? shown(result) : ({ ...withheld, kpi: result.kpi } as Withheld)));
  const kpiScores = cycle.scores.kpis
    .filter((score) => score.administration === id)
    .map((score): KpiScore | Withheld => (score.status === "excluded" || visible(`score:kpi:${score.kpi}`) ? score : ({ ...withheld, kpi: score.kpi } as Withheld)));
  const node = (scores: readonly NodeScore[]): (NodeScore | Withheld)[] =>
    scores
      .filter((score) => score.administration === id)
      .map((score) => (score.status === "excluded" || visible(`score:${score.level}:${score.node}`) ? score : ({ ...withheld, node: score.node } as Withheld)));

  return {
    cycle: cycle.cycle,
    submissions: cycle.submissions.length,
    kpis,
    scores: { kpis: kpiScores, outcomes: node(cycle.scores.outcomes), dimensions: node(cycle.scores.dimensions), overall: node(cycle.scores.overall) },
  };
}

function measureJson(measure: MeasureBenchmark, selectedGroup: string, administration: string): unknown {
  return {
    id: measure.id,
    measure: measure.measure,
    label: measure.label,
    unit: measure.unit,
    direction: measure.direction,
    groups: measure.groups.map((group) => groupJson(group, group.group === selectedGroup, administration)),
  };
}

function groupJson(group: GroupBenchmark, withMembers: boolean, administration: string): unknown {
  return {
    group: group.group,
    counts: group.counts,
    suppression: group.suppression ?? null,
    statistics: group.statistics,
    own: group.members.find((member) => member.administration === administration) ?? null,
    // Peers' entries without their positions: the report is about one administration.
    members: withMembers ? group.members.map(memberJson) : undefined,
  };
}

function memberJson(member: MemberEntry): unknown {
  switch (member.status) {
    case "value":
      return { administration: member.administration, status: member.status, value: member.value };
    case "missing":
      return { administration: member.administration, status: member.status, reason: member.reason };
    default:
      return { administration: member.administration, status: member.status };
  }
}
