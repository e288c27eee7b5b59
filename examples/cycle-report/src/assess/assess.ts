import { benchmarkCycle, compareCycles, diagnose, peerGroupId, prioritize, type CompiledFramework, type ValidationFinding } from "@pmm/engine";
import type { Administration, BenchmarkResult, ComparisonResult, DiagnosticReport, Framework, PriorityReport, Viewer } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import type { Dataset } from "../load/dataset.js";
import type { ReportOptions } from "../options.js";
import { suggestionText } from "../suggest.js";
import { compileOrExplain } from "./compile.js";
import { displayPath } from "../load/files.js";
import { computeCycleScores, computeCycleValues, type CycleComputation } from "./compute.js";
import { reportPeerGroups, type ReportPeerGroups } from "./peer-groups.js";

/** Minimum number of administrations with a value for a peer figure to be published. */
export const PUBLICATION_MINIMUM = 3;

/**
 * The peer figure priority gaps are measured against: the mean, as in the score chart, so that
 * the gaps match the figures the report shows beside each score.
 */
export const PRIORITY_REFERENCE = "mean";

/** Everything computed for one administration's cycle report. */
export interface Assessment {
  readonly framework: Framework;
  readonly compiled: CompiledFramework;
  readonly administration: Administration;
  readonly viewer: Viewer;
  readonly groups: ReportPeerGroups;
  readonly current: CycleComputation;
  readonly previous: CycleComputation | undefined;
  /** The current cycle benchmarked in every report peer group, as the viewer may see it. */
  readonly benchmark: BenchmarkResult;
  /**
   * The previous and the current cycle compared in the same groups for the same viewer, when
   * there is a previous cycle.
   */
  readonly comparison: ComparisonResult | undefined;
  /**
   * Whether the viewer may see the submitted figures themselves: only the administration and
   * the WCO Secretariat may. Disclosure choices apply to KPI values, so validation findings and
   * KPI explanations, which quote the figures, are shown to these two viewers only.
   */
  readonly seesSubmittedData: boolean;
  /** The validation findings on the administration's data, or `undefined` when `seesSubmittedData` is false. */
  readonly findings: readonly ValidationFinding[] | undefined;
  /** Outliers against peers, implausible changes and validation findings, with interview questions. */
  readonly diagnostics: DiagnosticReport;
  /** Outcomes and dimensions ranked by weighted gap to the mean of the selected peer group. */
  readonly priorities: PriorityReport;
  /** Rows of peers' data left out because they name an unknown data element. */
  readonly setAside: readonly string[];
}

/**
 * Runs the engine over a dataset for one administration. It compiles the framework, then
 * validates and computes every submission of the current and the previous cycle. It scores both
 * cycles, and pooled KPIs normalise against both, so that their scores compare. It benchmarks
 * the current cycle in the administration's region, income group, the world and the chosen peer
 * group, and compares it with the previous cycle. Last, it diagnoses the administration's data
 * (outliers in the chosen peer group first, implausible changes since the previous cycle) and
 * ranks its outcomes as priorities by their weighted gap to the chosen peer group's mean.
 *
 * @param dataset - The loaded inputs.
 * @param options - The administration, viewer and peer group.
 * @returns The assessment.
 * @throws {ReportInputError} when the framework does not compile, or the administration is not
 *   in the membership or has no submission in the current cycle.
 * @example
 * ```ts
 * const assessment = assess(await loadDataset(location), options);
 * ```
 */
export function assess(dataset: Dataset, options: Pick<ReportOptions, "administration" | "viewer" | "peerGroup"> & { readonly cwd?: string }): Assessment {
  const administration = findAdministration(dataset, options.administration);
  const compiled = compileOrExplain(dataset.framework, displayPath(dataset.frameworkFile, options.cwd));

  const previousValues = dataset.previous === undefined ? undefined : computeCycleValues(compiled, dataset.previous.submissions);
  const current = computeCycleScores(compiled, dataset.current.cycle, dataset.current.submissions, previousValues === undefined ? [] : [previousValues]);
  const previous = dataset.previous === undefined ? undefined : computeCycleScores(compiled, dataset.previous.cycle, dataset.previous.submissions, [current.kpiResults]);

  const viewer: Viewer = options.viewer === "administration" ? { role: "administration", administration: administration.id } : { role: options.viewer };
  const groups = reportPeerGroups(administration, options.peerGroup);
  const benchmarkOptions = { viewer, publicationMinimum: PUBLICATION_MINIMUM };
  const cycleInput = (cycle: CycleComputation) => ({
    id: cycle.cycle.id,
    label: String(cycle.cycle.launchYear),
    framework: compiled.framework,
    kpiResults: cycle.kpiResults,
    scores: cycle.scores,
    submissions: cycle.submissions,
    administrations: dataset.membership,
  });
  const benchmark: BenchmarkResult = benchmarkCycle({ ...cycleInput(current), groups: groups.all }, benchmarkOptions);
  const comparison = previous === undefined ? undefined : compareCycles({ cycles: [cycleInput(previous), cycleInput(current)], groups: groups.all }, benchmarkOptions);
  const seesSubmittedData = viewer.role === "administration" || viewer.role === "secretariat";
  const findings = seesSubmittedData ? current.findings.filter((finding) => finding.administration === administration.id) : undefined;
  const selectedFirst = [groups.selected, ...groups.all.filter((group) => peerGroupId(group) !== peerGroupId(groups.selected))];
  const diagnostics = diagnose(
    {
      administration: administration.id,
      current: cycleInput(current),
      previous: previous === undefined ? undefined : cycleInput(previous),
      validationFindings: findings ?? [],
      groups: selectedFirst,
    },
    benchmarkOptions,
  );

  const priorities = prioritize({
    administration: administration.id,
    benchmark,
    framework: compiled.framework,
    scores: current.scores,
    group: peerGroupId(groups.selected),
    reference: PRIORITY_REFERENCE,
  });

  return {
    framework: dataset.framework,
    compiled,
    administration,
    viewer,
    groups,
    current,
    previous,
    benchmark,
    comparison,
    seesSubmittedData,
    findings,
    diagnostics,
    priorities,
    setAside: [...dataset.current.setAside, ...(dataset.previous?.setAside ?? [])],
  };
}

function findAdministration(dataset: Dataset, id: string | undefined): Administration {
  const ids = dataset.membership.map((administration) => administration.id);
  const submitted = dataset.current.submissions.map((submission) => submission.administration);
  if (id === undefined) {
    throw new ReportInputError(
      "Missing --administration: name the administration to report on.",
      [`Administrations with data in ${dataset.current.cycle.id} include ${submitted.slice(0, 8).join(", ")}${submitted.length > 8 ? ", ..." : ""}.`],
    );
  }
  const administration = dataset.membership.find((candidate) => candidate.id === id);
  if (administration === undefined) {
    throw new ReportInputError(`Unknown administration "${id}": it is not in the membership. ${suggestionText(id, ids)}`);
  }
  // A declarations file alone makes a submission without figures, which would give a report
  // that is missing everywhere.
  const own = dataset.current.submissions.find((submission) => submission.administration === id);
  if (own === undefined || own.values.length === 0) {
    const withFigures = dataset.current.submissions.filter((submission) => submission.values.length > 0).map((submission) => submission.administration);
    const hint = withFigures.length === 0 ? `The file has no figures for any administration.` : suggestionText(id, withFigures);
    throw new ReportInputError(
      `${id} has no rows in ${dataset.current.file} for cycle ${dataset.current.cycle.id}: its report would be missing everywhere. ${hint}`,
      [`Add ${id}'s figures to that file (columns administration,data_element,period,value), or choose an administration that took part, or another cycle with --cycle.`],
    );
  }
  return administration;
}
