import type { DerivedDecimal, OutlierFinding, PeerGroup } from "@pmm/model";
import { toOutputString, type EngineDecimal } from "../decimal.js";
import type { CheckedMeasure } from "../benchmark/measures.js";
import { canSee } from "../disclosure/visibility.js";
import type { ResolvedDiagnoseOptions } from "./options.js";
import { testOutlier, type OutlierTest } from "./outliers.js";
import { outlierQuestion } from "./questions.js";

const HIDDEN_PEER: DerivedDecimal = {
  status: "suppressed",
  reason: "depends-on-hidden-value",
  message: "a peer's value is hidden from the viewer, so figures computed from the peers are withheld",
};

/**
 * Finds whether an administration's value of one measure is far from its peers in any of the
 * groups, and writes one finding for the first group in which it is, listing the others in
 * `alsoIn`. Peers are the group's other members with a value; a group with fewer than
 * `minimumPeers` of them is skipped.
 *
 * @param measure - The measure, checked.
 * @param administration - The administration diagnosed.
 * @param groups - The groups the administration belongs to, in order of preference.
 * @param options - Resolved diagnose options.
 * @returns The finding, or undefined when the value is not an outlier (or not visible to the viewer).
 */
export function outlierFinding(measure: CheckedMeasure, administration: string, groups: readonly PeerGroup[], options: ResolvedDiagnoseOptions): OutlierFinding | undefined {
  const own = measure.observations.get(administration);
  if (own?.status !== "value" || !canSee(options.viewer, administration, own.disclosure)) return undefined;

  const flagged: { group: PeerGroup; test: OutlierTest; peers: EngineDecimal[]; allVisible: boolean }[] = [];
  for (const group of groups) {
    const peers: EngineDecimal[] = [];
    let allVisible = true;
    for (const member of group.members) {
      const observation = measure.observations.get(member);
      if (member === administration || observation?.status !== "value") continue;
      peers.push(observation.value);
      allVisible &&= canSee(options.viewer, member, observation.disclosure);
    }
    if (peers.length < options.minimumPeers) continue;
    const test = testOutlier(own.value, peers, options.outlierThreshold);
    if (test?.flagged === true) flagged.push({ group, test, peers, allVisible });
  }
  const first = flagged[0];
  if (first === undefined) return undefined;

  const { group, test, peers, allVisible } = first;
  const text = (value: EngineDecimal) => toOutputString(value, options.rounding);
  const shown = (value: EngineDecimal): DerivedDecimal => (allVisible ? { status: "value", value: text(value) } : HIDDEN_PEER);
  const value = text(own.value);
  return {
    kind: "outlier",
    measureId: measure.id,
    measure: measure.input.measure,
    label: measure.label,
    unit: measure.input.unit,
    direction: measure.input.direction,
    group: group.id,
    alsoIn: flagged.slice(1).map((entry) => entry.group.id),
    value,
    side: test.side,
    peers: peers.length,
    peerMedian: shown(test.median),
    spread: test.scale === "no-spread" ? { status: "undefined", reason: "no-variance", message: "every peer has the same value" } : shown(test.spread),
    scale: test.scale,
    robustScore: test.score === undefined ? { status: "undefined", reason: "no-variance", message: "every peer has the same value, so no robust distance exists" } : shown(test.score),
    threshold: text(options.outlierThreshold),
    question: outlierQuestion({
      label: measure.label,
      unit: measure.input.unit,
      value,
      side: test.side,
      groupLabel: group.label,
      peers: peers.length,
      peerMedian: allVisible ? text(test.median) : undefined,
    }),
  };
}
