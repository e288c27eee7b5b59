import type { Assessment } from "../assess/assess.js";
import { describePeerGroup } from "../assess/peer-groups.js";
import { BenchmarkLookup } from "./benchmark-lookup.js";
import { buildChangeRows } from "./changes.js";
import { buildKpiRows } from "./kpis.js";
import { buildScoreRows } from "./scores.js";
import { buildPriorityRows, unrankedNote } from "./priorities.js";
import type { DiagnosticRow, FindingRow, ReportView } from "./types.js";

/**
 * Builds what the terminal summary and the page show from an assessment: display text for
 * every figure, and a labelled reason wherever a figure is absent.
 *
 * @param assessment - The computed assessment.
 * @returns The view.
 * @example
 * ```ts
 * const view = buildView(assessment);
 * ```
 */
export function buildView(assessment: Assessment): ReportView {
  const { administration, framework, current, previous } = assessment;
  const lookup = new BenchmarkLookup(assessment.benchmark, administration.id);
  const { dimensions, overall } = buildScoreRows(assessment, lookup);
  const changes = buildChangeRows(assessment);

  return {
    administration: { id: administration.id, name: administration.name.en, region: administration.region, incomeGroup: administration.incomeGroup },
    cycle: { id: current.cycle.id, reportingYear: current.cycle.reportingYear },
    previousCycle: previous === undefined ? undefined : { id: previous.cycle.id, reportingYear: previous.cycle.reportingYear, tookPart: tookPart(previous, administration.id) },
    framework: { id: framework.id, version: framework.version, title: framework.title.en, provenance: framework.provenance },
    viewer: assessment.viewer.role,
    peerGroupLabel: describePeerGroup(assessment.groups.selected),
    publicationMinimum: assessment.benchmark.settings.publicationMinimum,
    findings: buildFindings(assessment),
    findingsWithheld: assessment.findings === undefined,
    peerRowsSetAside: assessment.setAside.length,
    dimensions,
    overall,
    kpis: buildKpiRows(assessment, lookup),
    changes: changes.scores,
    kpiChanges: changes.kpis,
    priorities: buildPriorityRows(assessment),
    unrankedNote: unrankedNote(assessment),
    diagnostics: assessment.diagnostics.findings.flatMap((finding): DiagnosticRow[] =>
      finding.kind === "validation" ? [] : [{ kind: finding.kind, kpi: finding.label, question: finding.question }],
    ),
    diagnosticSettings: assessment.diagnostics.settings,
  };
}

function tookPart(cycle: Assessment["current"], administration: string): boolean {
  return cycle.submissions.some((submission) => submission.administration === administration && submission.values.length > 0);
}

const SEVERITY_ORDER = { error: 0, warning: 1 } as const;

// Errors first, then warnings; `info` findings (rules that could not be checked) are left to
// report.json.
function buildFindings(assessment: Assessment): FindingRow[] {
  return (assessment.findings ?? [])
    .filter((finding) => finding.severity !== "info")
    .map((finding) => ({ severity: finding.severity as FindingRow["severity"], rule: finding.rule, message: finding.message }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
