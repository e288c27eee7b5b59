import type { Assessment } from "../assess/assess.js";
import { describePeerGroup } from "../assess/peer-groups.js";
import { formatValue } from "./format.js";
import type { PriorityRow } from "./types.js";

/**
 * Builds the priority rows: the expected outcomes whose score is behind the selected peer
 * group's mean, in the engine's priority order (weighted gap, largest first), each with the
 * KPIs that drive the gap.
 *
 * @example
 * ```ts
 * buildPriorityRows(assessment)[0]?.gapText; // "25.8 points below the mean of Region: Europe"
 * ```
 */
export function buildPriorityRows(assessment: Assessment): PriorityRow[] {
  const { framework, priorities } = assessment;
  const outcomes = new Map(framework.outcomes.map((outcome) => [outcome.id, outcome]));
  const group = describePeerGroup(assessment.groups.selected);

  return priorities.outcomes
    .filter((priority) => Number(priority.gap) > 0)
    .map((priority, index) => {
      const outcome = outcomes.get(priority.node);
      const share = formatValue(String(Number(priority.weight) * 100), "percent");
      return {
        rank: index + 1,
        outcome: priority.label,
        dimension: outcome?.dimension ?? "",
        provenance: outcome?.provenance ?? framework.provenance,
        gap: Number(priority.gap),
        gapText: `${formatValue(priority.gap, "score")} points below the mean of ${group}`,
        weightText: `${share} of the overall index`,
        drivers: priority.drivers.map((driver) => ({
          kpi: driver.label,
          text: `score ${formatValue(driver.gap, "score")} points below the mean`,
        })),
      };
    });
}

/**
 * Says which outcomes could not be ranked and why, in one sentence, or `undefined` when all were.
 *
 * @example
 * ```ts
 * unrankedNote(assessment); // "1 expected outcome is not ranked (...): no score for this administration."
 * ```
 */
export function unrankedNote(assessment: Assessment): string | undefined {
  const outcomes = assessment.priorities.unranked.filter((node) => node.level === "outcome");
  if (outcomes.length === 0) return undefined;
  const reasons = [...new Set(outcomes.map((node) => node.reason))].map((reason) => REASON_TEXT[reason] ?? reason);
  const names = outcomes.slice(0, LISTED_NAMES).map((node) => node.label);
  if (outcomes.length > LISTED_NAMES) names.push(`${outcomes.length - LISTED_NAMES} more`);
  return `${outcomes.length} ${outcomes.length === 1 ? "expected outcome is" : "expected outcomes are"} not ranked (${names.join("; ")}): ${reasons.join("; ")}.`;
}

/** Most outcome names the unranked note lists; report.json lists all of them. */
const LISTED_NAMES = 4;

const REASON_TEXT: Record<string, string> = {
  "no-score": "no score for this administration",
  withheld: "the score is not disclosed to this viewer",
  "reference-undefined": "the peer mean is undefined",
  "not-member": "the administration is not in the peer group",
  "below-publication-minimum": "too few administrations in the peer group",
  "too-few-hidden-values": "the peer figures would reveal values not disclosed to this viewer",
  complementary: "the peer figures would reveal values not disclosed to this viewer",
  "depends-on-hidden-value": "the peer figures would reveal values not disclosed to this viewer",
};
