import { computeCycle, scoreCycle, validateSubmission, type CompiledFramework, type ValidationFinding } from "@pmm/engine";
import type { Cycle, KpiResult, ScoreResult, Submission } from "@pmm/model";

/** The KPI values and scores of every administration in one cycle. */
export interface CycleComputation {
  readonly cycle: Cycle;
  readonly submissions: readonly Submission[];
  /** The validation findings of every submission, in submission order. */
  readonly findings: readonly ValidationFinding[];
  readonly kpiResults: readonly KpiResult[];
  readonly scores: ScoreResult;
}

/**
 * Validates every submission of a cycle, computes every KPI (errors block the KPIs that read
 * the faulty values) and scores the cycle.
 *
 * @param compiled - The compiled framework.
 * @param cycle - The cycle.
 * @param submissions - The cycle's submissions.
 * @param otherCycles - KPI results of other cycles, which KPIs with pooled scoring normalise
 *   against together with this cycle's. Pass the same cycles when scoring each, so that scores
 *   of the two cycles share one reference and can be compared.
 * @returns The findings, KPI results and scores.
 * @example
 * ```ts
 * const current = computeCycleScores(compiled, cycle, submissions, []);
 * ```
 */
export function computeCycleScores(
  compiled: CompiledFramework,
  cycle: Cycle,
  submissions: readonly Submission[],
  otherCycles: readonly (readonly KpiResult[])[],
): CycleComputation {
  const findings = submissions.flatMap((submission) => validateSubmission(compiled, submission));
  const kpiResults = computeCycle(compiled, submissions, { findings });
  const scores = scoreCycle(compiled.framework, kpiResults, { submissions, pooled: otherCycles });
  return { cycle, submissions, findings, kpiResults, scores };
}

/**
 * Computes the KPI results of a cycle without scoring it, for pooling into another cycle's
 * scores.
 *
 * @example
 * ```ts
 * const previousValues = computeCycleValues(compiled, previousSubmissions);
 * ```
 */
export function computeCycleValues(compiled: CompiledFramework, submissions: readonly Submission[]): KpiResult[] {
  const findings = submissions.flatMap((submission) => validateSubmission(compiled, submission));
  return computeCycle(compiled, submissions, { findings });
}
