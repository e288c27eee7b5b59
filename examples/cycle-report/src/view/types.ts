import type { Direction, KpiUnit, Provenance, ViewerRole } from "@pmm/model";

/**
 * A figure as the report shows it: a number with its text, or the reason there is none. The
 * reason is always shown as a labelled marker, never as zero.
 */
export type Shown =
  | {
      readonly kind: "value";
      /** The value as a number, for chart positions only. */
      readonly value: number;
      /** The value for people, rounded for display, such as "98.1 %". */
      readonly text: string;
      /** The exact canonical decimal string, for report.json. */
      readonly exact: string;
    }
  | { readonly kind: "absent"; readonly reason: AbsentReason; readonly label: string };

/** The reason a figure is not shown. */
export type AbsentReason = "not-applicable" | "missing-data" | "undefined" | "invalid" | "suppressed" | "withheld" | "not-scored" | "no-previous";

/** The provenance of a definition, for the badge beside it. */
export interface ProvenanceNote {
  readonly provenance: Provenance;
}

/** One peer group figure beside the administration's own. */
export interface GroupFigure {
  /** Short label for legends, such as "Region". */
  readonly series: string;
  /** The group's name, such as "Region: Europe". */
  readonly name: string;
  /** How many administrations contributed a score to the figure; `undefined` when not benchmarked. */
  readonly n: number | undefined;
  readonly shown: Shown;
}

/** A score row: a dimension or the overall index. */
export interface ScoreRow extends ProvenanceNote {
  /** A short id for chart axes, such as "TF" or "Overall". */
  readonly id: string;
  readonly name: string;
  /** The label for tables, such as "TF Trade Facilitation and Economic Competitiveness". */
  readonly label: string;
  readonly own: Shown;
  readonly groups: readonly GroupFigure[];
}

/** The peer distribution of one KPI. */
export type Distribution =
  | {
      readonly kind: "summary";
      readonly n: number;
      readonly min: number;
      readonly q1: number;
      readonly median: number;
      readonly q3: number;
      readonly max: number;
      readonly mean: number;
      readonly minText: string;
      readonly maxText: string;
      readonly meanText: string;
      readonly medianText: string;
      /** Individual peer values the viewer may see; others count in the summary only. */
      readonly points: readonly number[];
    }
  | { readonly kind: "absent"; readonly label: string };

/** One KPI of the administration within its peer group. */
export interface KpiRow extends ProvenanceNote {
  readonly id: string;
  readonly name: string;
  readonly dimension: string;
  readonly outcome: string;
  readonly unit: KpiUnit;
  readonly direction: Direction;
  readonly own: Shown;
  readonly score: Shown;
  readonly distribution: Distribution;
  /** The percentile rank in the peer group, such as "P72". */
  readonly percentileRank: Shown;
  /** The computation of the value, in one sentence. */
  readonly explanation: string | undefined;
}

/**
 * Whether a change is for the better, by the measure's direction: `increased` and `decreased`
 * for a descriptive KPI, where neither direction is better, and `not-comparable` when one of
 * the two values is absent or hidden from the viewer.
 */
export type Verdict = "improved" | "declined" | "unchanged" | "increased" | "decreased" | "not-comparable";

/** A figure in the previous and the current cycle. */
export interface ChangeRow extends ProvenanceNote {
  readonly id: string;
  readonly name: string;
  readonly unit: KpiUnit | "score";
  readonly previous: Shown;
  readonly current: Shown;
  /** The change for people, such as "+6.8" or "−1.2 pp". */
  readonly changeText: string | undefined;
  /** The exact change as a canonical decimal string. */
  readonly change: string | undefined;
  readonly verdict: Verdict;
}

/** One priority: an outcome where the administration is furthest behind its peers. */
export interface PriorityRow extends ProvenanceNote {
  readonly rank: number;
  readonly outcome: string;
  readonly dimension: string;
  /** The gap to the peer benchmark, such as "18.4 points below the mean of Region: Europe". */
  readonly gapText: string;
  /** The outcome's weight in the overall index, such as "8.3 % of the overall index". */
  readonly weightText: string;
  /** The size of the gap in score points, for the bar; 0 when unknown. */
  readonly gap: number;
  readonly drivers: readonly { readonly kpi: string; readonly text: string }[];
}

/** A diagnostic finding on a KPI value: an outlier against peers or an implausible change. */
export interface DiagnosticRow {
  readonly kind: "outlier" | "implausible-change";
  /** The KPI's name. */
  readonly kpi: string;
  /** The question a diagnostic facilitator can ask, with the facts in it. */
  readonly question: string;
}

/** A validation finding on the administration's data. */
export interface FindingRow {
  readonly severity: "error" | "warning";
  readonly rule: string;
  readonly message: string;
}

/** Everything the terminal summary and the HTML page show. */
export interface ReportView {
  readonly administration: { readonly id: string; readonly name: string; readonly region: string; readonly incomeGroup: string };
  readonly cycle: { readonly id: string; readonly reportingYear: number };
  /** The cycle before; `tookPart` is false when the administration has no figures in it. */
  readonly previousCycle: { readonly id: string; readonly reportingYear: number; readonly tookPart: boolean } | undefined;
  readonly framework: { readonly id: string; readonly version: string; readonly title: string; readonly provenance: Provenance };
  readonly viewer: ViewerRole;
  readonly peerGroupLabel: string;
  readonly publicationMinimum: number;
  readonly findings: readonly FindingRow[];
  /** True when the viewer may not see validation findings, which quote the submitted figures. */
  readonly findingsWithheld: boolean;
  /** How many rows of peers' data were left out because they name an unknown data element. */
  readonly peerRowsSetAside: number;
  readonly dimensions: readonly ScoreRow[];
  readonly overall: ScoreRow | undefined;
  readonly kpis: readonly KpiRow[];
  readonly changes: readonly ChangeRow[];
  readonly kpiChanges: readonly ChangeRow[];
  readonly priorities: readonly PriorityRow[];
  /** A sentence naming the outcomes that could not be ranked as priorities, with the reasons. */
  readonly unrankedNote: string | undefined;
  readonly diagnostics: readonly DiagnosticRow[];
  /** The thresholds the diagnostics used. */
  readonly diagnosticSettings: { readonly outlierThreshold: string; readonly minimumPeers: number; readonly relativeChangeThreshold: string; readonly percentileJumpThreshold: string };
}
