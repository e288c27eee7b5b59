import { PriorityReference, type BenchmarkResult, type DerivedDecimal, type MemberEntry, type Priority, type PriorityDriver, type PriorityReport, type ScoreResult, type UnrankedNode } from "@pmm/model";
import { EngineDecimal, toOutputString } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import { toEngineDecimal } from "../benchmark/measures.js";
import { compareIds } from "../benchmark/peer-groups.js";
import type { FrameworkSource } from "../scoring/inputs.js";
import { priorityNodes, type PriorityNodeInput } from "./priority-nodes.js";

/** The input of {@link prioritize}: one administration's nodes, and the benchmark and peer group to rank them against. */
export interface PrioritizeInput {
  administration: string;
  /** A benchmark with score measures, such as `benchmarkCycle` with scores; its viewer applies. */
  benchmark: BenchmarkResult;
  /** The nodes to rank. Default: {@link priorityNodes} of `framework`. */
  nodes?: readonly PriorityNodeInput[] | undefined;
  /** The framework, when `nodes` is not given. */
  framework?: FrameworkSource | undefined;
  /** The cycle's scores, so that the administration's own KPI weights are used. Default: the framework's weights. */
  scores?: ScoreResult | undefined;
  /** The peer group id. Default: `global` when the benchmark has it, else its first group. */
  group?: string | undefined;
  /** The peer figure gaps are measured against: `median` (default), `mean` or `best-quartile`. */
  reference?: PriorityReference | undefined;
}

const GAP_FIELD = { median: "gapToMedian", mean: "gapToMean", "best-quartile": "gapToBestQuartile" } as const;

type Lookup = { ok: true; gap: EngineDecimal } | { ok: false; reason: UnrankedNode["reason"]; message: string };

function gapOf(benchmark: BenchmarkResult, measureId: string, group: string, administration: string, reference: PriorityReference): Lookup {
  const measure = benchmark.measures.find((candidate) => candidate.id === measureId);
  const members = measure?.groups.find((candidate) => candidate.group === group)?.members;
  if (measure === undefined || members === undefined) return { ok: false, reason: "no-score", message: `the benchmark has no measure ${measureId}` };
  const entry: MemberEntry | undefined = members.find((candidate) => candidate.administration === administration);
  if (entry === undefined) return { ok: false, reason: "not-member", message: `the administration is not a member of group ${group}` };
  if (entry.status === "withheld") return { ok: false, reason: "withheld", message: "the viewer may not see this score" };
  if (entry.status !== "value") return { ok: false, reason: "no-score", message: `the administration has no score (${entry.status})` };
  if (entry.position.kind === "suppressed") return { ok: false, reason: entry.position.reason, message: entry.position.message };
  if (entry.position.kind !== "directed") return { ok: false, reason: "no-score", message: "the measure is descriptive" };
  const gap: DerivedDecimal = entry.position[GAP_FIELD[reference]];
  if (gap.status === "value") return { ok: true, gap: new EngineDecimal(gap.value) };
  if (gap.status === "suppressed") return { ok: false, reason: gap.reason, message: gap.message };
  return { ok: false, reason: "reference-undefined", message: gap.message };
}

/**
 * Ranks an administration's expected outcomes and dimensions as capacity-building priorities:
 * each node's gap to the peer group (the reference minus its score, positive when behind) times
 * its effective weight. The highest priority comes first; ties go to the larger gap, then to the
 * lower node id. Each node lists the KPIs that drive its gap: the KPI score gap to the same
 * reference times the KPI's weight within the node, largest first, positive contributions only.
 *
 * Gaps are read from the benchmark's positions, so its viewer and suppression rules apply: a
 * node whose score or reference the viewer may not see is listed in `unranked` with the reason.
 *
 * @param input - Administration, benchmark, nodes (or framework), group and reference.
 * Rounding follows the benchmark's settings.
 *
 * @returns The priorities, in the `PriorityReport` shape of `@pmm/model`.
 * @throws {InvalidOptionError} when neither nodes nor a framework is given, the group is not in
 *   the benchmark, or the reference is unknown.
 * @example
 * ```ts
 * const benchmark = benchmarkCycle({ framework, kpiResults, scores, administrations }, { viewer: { role: "administration", administration: "AT" } });
 * const report = prioritize({ administration: "AT", benchmark, framework, scores, reference: "best-quartile" });
 * report.outcomes[0]; // { rank: 1, node: "tf.clearance", gap: "23.5", drivers: [...] }
 * ```
 */
export function prioritize(input: PrioritizeInput): PriorityReport {
  const reference = input.reference ?? "median";
  if (!PriorityReference.safeParse(reference).success) {
    throw new InvalidOptionError("reference", `reference is ${JSON.stringify(reference)}: use "median" (the default), "mean" or "best-quartile"`);
  }
  const groupIds = input.benchmark.groups.map((group) => group.id);
  const group = input.group ?? (groupIds.includes("global") ? "global" : groupIds[0]);
  if (group === undefined || !groupIds.includes(group)) {
    throw new InvalidOptionError("group", `group ${JSON.stringify(input.group)} is not in the benchmark: use one of ${groupIds.join(", ") || "(none)"}`);
  }
  if (input.nodes === undefined && input.framework === undefined) {
    throw new InvalidOptionError("nodes", "prioritize needs the nodes to rank: pass nodes, or the framework to derive them from");
  }
  const nodes = input.nodes ?? priorityNodes(input.framework as FrameworkSource, input.scores, input.administration);
  const rounding = input.benchmark.settings.rounding;
  const text = (value: EngineDecimal) => toOutputString(value, rounding);

  const ranked: { level: "outcome" | "dimension"; priority: EngineDecimal; gap: EngineDecimal; entry: Omit<Priority, "rank"> }[] = [];
  const unranked: UnrankedNode[] = [];
  nodes.forEach((node, index) => {
    const label = node.label ?? node.node;
    const lookup = gapOf(input.benchmark, `score:${node.level}:${node.node}`, group, input.administration, reference);
    if (!lookup.ok) {
      unranked.push({ level: node.level, node: node.node, label, reason: lookup.reason, message: lookup.message });
      return;
    }
    const weight = toEngineDecimal(node.weight, `nodes[${index}].weight`);
    const priority = weight.times(lookup.gap);
    const drivers = node.drivers
      .flatMap((driver, driverIndex) => {
        const driverGap = gapOf(input.benchmark, `score:kpi:${driver.kpi}`, group, input.administration, reference);
        if (!driverGap.ok) return [];
        const driverWeight = toEngineDecimal(driver.weight, `nodes[${index}].drivers[${driverIndex}].weight`);
        const contribution = driverWeight.times(driverGap.gap);
        return contribution.isPositive() && !contribution.isZero() ? [{ driver, gap: driverGap.gap, weight: driverWeight, contribution }] : [];
      })
      .sort((a, b) => b.contribution.comparedTo(a.contribution) || compareIds(a.driver.kpi, b.driver.kpi))
      .map((entry): PriorityDriver => ({ kpi: entry.driver.kpi, label: entry.driver.label ?? entry.driver.kpi, gap: text(entry.gap), weight: text(entry.weight), contribution: text(entry.contribution) }));
    ranked.push({
      level: node.level,
      priority,
      gap: lookup.gap,
      entry: { level: node.level, node: node.node, label, gap: text(lookup.gap), weight: text(weight), priority: text(priority), drivers },
    });
  });

  const order = (level: "outcome" | "dimension"): Priority[] =>
    ranked
      .filter((candidate) => candidate.level === level)
      .sort((a, b) => b.priority.comparedTo(a.priority) || b.gap.comparedTo(a.gap) || compareIds(a.entry.node, b.entry.node))
      .map((candidate, index) => ({ rank: index + 1, ...candidate.entry }));

  return {
    administration: input.administration,
    viewer: input.benchmark.viewer,
    group,
    reference,
    rounding,
    outcomes: order("outcome"),
    dimensions: order("dimension"),
    unranked: unranked.sort((a, b) => compareIds(a.level, b.level) || compareIds(a.node, b.node)),
  };
}
