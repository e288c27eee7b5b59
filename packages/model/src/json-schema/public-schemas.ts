import type { z } from "zod";
import { Administration, Membership } from "../administration.js";
import { Cycle } from "../cycle.js";
import { Framework } from "../framework/framework.js";
import { PeerReview } from "../peer-review.js";
import { KpiResult } from "../results.js";
import { BenchmarkResult } from "../results/benchmarks.js";
import { ComparisonResult } from "../results/comparisons.js";
import { DiagnosticReport } from "../results/diagnostics.js";
import { PeerGroupDefinition } from "../results/peer-groups.js";
import { PriorityReport } from "../results/priorities.js";
import { ScoreResult } from "../results/scores.js";
import { Submission } from "../submission.js";

/** A public top-level schema, as exported to a JSON Schema file. */
export interface PublicSchema {
  /** The schema's name in TypeScript, such as `"KpiResult"`; the file is named after it in kebab case. */
  readonly name: string;
  /** A short title for the JSON Schema, such as `"PMM KPI result"`. */
  readonly title: string;
  /** One or two sentences on what the document is. */
  readonly description: string;
  /** The zod schema. */
  readonly schema: z.ZodType;
}

/**
 * Every public top-level schema of `@pmm/model`, in the order their JSON Schema files are
 * written. Add a new top-level document schema here, then run `pnpm --filter @pmm/model
 * schemas` to write its file.
 *
 * @example
 * ```ts
 * PUBLIC_SCHEMAS.map((entry) => entry.name); // ["Framework", "Administration", ...]
 * ```
 */
export const PUBLIC_SCHEMAS: readonly PublicSchema[] = [
  {
    name: "Framework",
    title: "PMM framework",
    description: "A performance measurement framework: dimensions, expected outcomes, KPIs with their formulas and scoring, data elements and validation rules.",
    schema: Framework,
  },
  {
    name: "Administration",
    title: "PMM administration",
    description: "A Customs administration and the attributes that place it in peer groups.",
    schema: Administration,
  },
  {
    name: "Membership",
    title: "PMM membership",
    description: "Every administration taking part, with unique ids.",
    schema: Membership,
  },
  {
    name: "Cycle",
    title: "PMM cycle",
    description: "An assessment cycle: its launch year, reporting year, framework and dates.",
    schema: Cycle,
  },
  {
    name: "Submission",
    title: "PMM submission",
    description: "An administration's data for one cycle: values per data element and period, not-applicable KPIs, disclosure choices and national targets.",
    schema: Submission,
  },
  {
    name: "PeerReview",
    title: "PMM peer review",
    description: "A peer review of one administration's self-assessment: reviewers, status and dates, findings and adjusted values.",
    schema: PeerReview,
  },
  {
    name: "KpiResult",
    title: "PMM KPI result",
    description: "The result of one KPI for one administration: a value with its explanation, or the status and the reason why there is none.",
    schema: KpiResult,
  },
  {
    name: "ScoreResult",
    title: "PMM score result",
    description: "The scores of one cycle: KPI scores and the outcome, dimension and overall scores of every administration, with the settings that produced them.",
    schema: ScoreResult,
  },
  {
    name: "BenchmarkResult",
    title: "PMM benchmark result",
    description: "Peer-group statistics and each administration's position for every measure of a cycle, as one viewer may see them.",
    schema: BenchmarkResult,
  },
  {
    name: "PeerGroupDefinition",
    title: "PMM peer group definition",
    description: "Which administrations form a peer group: all of them, a WCO region, an income group, an administration attribute, a custom attribute or an explicit list.",
    schema: PeerGroupDefinition,
  },
  {
    name: "ComparisonResult",
    title: "PMM cycle comparison",
    description: "Two or more cycles compared as one viewer may see them: each administration's values, the direction-aware change between cycles and the movement in every peer group.",
    schema: ComparisonResult,
  },
  {
    name: "DiagnosticReport",
    title: "PMM diagnostic report",
    description: "One administration's outliers against its peers, implausible changes since the previous cycle and validation findings, each with its facts and an interview question.",
    schema: DiagnosticReport,
  },
  {
    name: "PriorityReport",
    title: "PMM capacity-building priorities",
    description: "One administration's outcomes and dimensions ordered by weighted gap to a peer group, with the KPIs that drive each gap.",
    schema: PriorityReport,
  },
];
