import type { DiagnosticFinding, DiagnosticReport, PeerGroupDefinition, ValidationDiagnostic } from "@pmm/model";
import { toOutputString } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import { benchmarkMeasures } from "../benchmark/benchmark-measures.js";
import { checkMeasures, type CheckedMeasure } from "../benchmark/measures.js";
import { compareIds, peerGroupId, resolvePeerGroups } from "../benchmark/peer-groups.js";
import { plainCycle, type CycleMeasures, type PlainCycle } from "../compare/compare-cycles.js";
import type { ValidationFinding } from "../validate/index.js";
import { changeFinding } from "./change-findings.js";
import { resolveDiagnoseOptions, type DiagnoseOptions, type ResolvedDiagnoseOptions } from "./options.js";
import { outlierFinding } from "./outlier-findings.js";
import { validationQuestion } from "./questions.js";

/** The input of {@link diagnose}: one administration, its current and previous cycles, validation findings and peer groups. */
export interface DiagnoseInput {
  /** The administration's id. */
  administration: string;
  /** The current cycle: measures or results, and the administrations that took part. */
  current: CycleMeasures;
  /** The previous cycle, for implausible changes. Default: none, so changes are not checked. */
  previous?: CycleMeasures | undefined;
  /** The validation findings of the administration's submission; errors and warnings become findings, others are ignored. */
  validationFindings?: readonly ValidationFinding[] | undefined;
  /**
   * The peer groups to compare with, in order of preference. Default: all administrations, the
   * administration's WCO region and its income group. Changes are judged in the first group.
   */
  groups?: readonly PeerGroupDefinition[] | undefined;
}

/**
 * Diagnoses one administration's data for an interview with a diagnostic facilitator. Every
 * KPI value (measures of kind `kpi-value`) is checked for:
 *
 * - outliers: a value far from the other members of a peer group by the robust rule of
 *   `testOutlier` (modified z-score above 3.5 by default, with at least 5 peers);
 * - implausible changes since the previous cycle: a relative change beyond 50 % by default, or a
 *   jump of the percentile rank by more than 50 points in the first group;
 *
 * and the submission's validation errors and warnings are carried in. Each finding states its
 * facts and a question generated from them.
 *
 * @param input - The administration, its cycles, validation findings and peer groups.
 * @param options - Viewer (default: the administration itself), thresholds and rounding. See
 *   {@link DiagnoseOptions}.
 * @returns The report, in the `DiagnosticReport` shape of `@pmm/model`.
 * @throws {InvalidOptionError} when an option is out of range.
 * @throws {PmmEngineError} with code `invalid-input` when the administration did not take part
 *   in the current cycle, or a measure is invalid.
 * @example
 * ```ts
 * const report = diagnose({ administration: "AT", current, previous, validationFindings });
 * report.findings.map((finding) => finding.question);
 * // ["Your average release time rose from 12 to 41 hours since the 2023 cycle: ..."]
 * ```
 */
export function diagnose(input: DiagnoseInput, options: DiagnoseOptions = {}): DiagnosticReport {
  const resolved = resolveDiagnoseOptions(input.administration, options);
  const current = plainCycle(input.current);
  const previous = input.previous === undefined ? undefined : plainCycle(input.previous);
  const subject = current.administrations.find((administration) => administration.id === input.administration);
  if (subject === undefined) {
    throw new PmmEngineError("invalid-input", `administration "${input.administration}" is not among the administrations of cycle ${current.id}: diagnose an administration that took part`);
  }

  const definitions = input.groups ?? [{ kind: "global" }, { kind: "region", region: subject.region }, { kind: "income-group", incomeGroup: subject.incomeGroup }];
  const groups = resolvePeerGroups(definitions, current.administrations).filter((group) => group.members.includes(input.administration));
  const measures = kpiValues(current);

  const outliers = measures.flatMap((measure) => outlierFinding(measure, input.administration, groups, resolved) ?? []);
  const changes = previous === undefined || groups[0] === undefined ? [] : changeFindings(input.administration, previous, current, measures, definitions, groups[0].id, options, resolved);
  const validation = validationFindings(input.administration, input.validationFindings ?? []);

  return {
    administration: input.administration,
    viewer: resolved.viewer,
    cycle: current.id,
    ...(previous === undefined ? {} : { previousCycle: previous.id }),
    settings: {
      outlierThreshold: toOutputString(resolved.outlierThreshold, resolved.rounding),
      minimumPeers: resolved.minimumPeers,
      relativeChangeThreshold: toOutputString(resolved.relativeChangeThreshold, resolved.rounding),
      percentileJumpThreshold: toOutputString(resolved.percentileJumpThreshold, resolved.rounding),
      rounding: resolved.rounding,
    },
    findings: [...validation, ...outliers, ...changes],
  };
}

function kpiValues(cycle: PlainCycle): CheckedMeasure[] {
  const known = new Set(cycle.administrations.map((administration) => administration.id));
  return checkMeasures(cycle.measures, known).filter((measure) => measure.input.measure.kind === "kpi-value");
}

function changeFindings(
  administration: string,
  previous: PlainCycle,
  current: PlainCycle,
  measures: readonly CheckedMeasure[],
  definitions: readonly PeerGroupDefinition[],
  groupId: string,
  options: DiagnoseOptions,
  resolved: ResolvedDiagnoseOptions,
): DiagnosticFinding[] {
  const group = definitions.find((definition) => peerGroupId(definition) === groupId) as PeerGroupDefinition;
  const benchmarkOptions = { ...options, viewer: resolved.viewer };
  const entriesOf = (cycle: PlainCycle) => {
    const kpiMeasures = cycle.measures.filter((measure) => measure.measure.kind === "kpi-value");
    const benchmark = benchmarkMeasures({ administrations: cycle.administrations, groups: [group], measures: kpiMeasures }, benchmarkOptions);
    return new Map(benchmark.measures.map((measure) => [measure.id, measure.groups[0]?.members.find((entry) => entry.administration === administration)]));
  };
  const before = entriesOf(previous);
  const after = entriesOf(current);
  const previousMeasures = new Map(kpiValues(previous).map((measure) => [measure.id, measure]));

  return measures.flatMap((measure) => {
    const old = previousMeasures.get(measure.id);
    if (old === undefined) return [];
    const finding = changeFinding(old, measure, administration, {
      previousCycle: { id: previous.id, label: previous.label },
      currentCycle: { id: current.id, label: current.label },
      group: groupId,
      previousEntry: before.get(measure.id),
      currentEntry: after.get(measure.id),
    }, resolved);
    return finding === undefined ? [] : [finding];
  });
}

function validationFindings(administration: string, findings: readonly ValidationFinding[]): ValidationDiagnostic[] {
  const severityOrder = { error: 0, warning: 1 } as const;
  return findings
    .filter((finding): finding is ValidationFinding & { severity: "error" | "warning" } => finding.administration === administration && (finding.severity === "error" || finding.severity === "warning"))
    .map((finding): ValidationDiagnostic => ({
      kind: "validation",
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      dataElements: [...finding.dataElements],
      values: finding.values.map((value) => ({ dataElement: value.dataElement, period: value.period, ...(value.value === undefined ? {} : { value: value.value }) })),
      question: validationQuestion(finding),
    }))
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || compareIds(a.rule, b.rule) || compareIds(a.message, b.message));
}
