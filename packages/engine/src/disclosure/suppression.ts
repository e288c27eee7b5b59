import type { Suppression } from "@pmm/model";
import { auditRecovery } from "./recovery-audit.js";

/** One group's counts for one measure and viewer, as the suppression rules need them. */
export interface GroupDisclosure {
  id: string;
  /** Number of contributing values (n). */
  n: number;
  /** Contributing administrations whose values are hidden from the viewer. */
  hidden: readonly string[];
}

/** The limits the suppression rules apply. */
export interface SuppressionLimits {
  publicationMinimum: number;
  minimumHiddenValues: number;
}

/**
 * Decides which groups' statistics are withheld from a viewer for one measure. The rules, in
 * order:
 *
 * 1. `below-publication-minimum`: fewer than `publicationMinimum` values contributed (but at
 *    least one; a group without values is not suppressed, its statistics are undefined). This
 *    applies to every viewer.
 * 2. `too-few-hidden-values`: some values are hidden from the viewer, but fewer than
 *    `minimumHiddenValues` (3). With one hidden value, n × mean minus the visible values is that
 *    value; with two, the mean and the standard deviation give both.
 * 3. `complementary`: the statistics of the remaining groups, combined, would still isolate one
 *    or two hidden values (such as the global mean minus the means of all regions but one).
 *    See {@link auditRecovery}.
 *
 * @param groups - Every group of the measure, with its counts for this viewer.
 * @param limits - The publication minimum and the minimum number of hidden values.
 * @returns The suppression of each withheld group, by group id; groups not in the map are published.
 * @example
 * ```ts
 * decideSuppressions([{ id: "global", n: 2, hidden: [] }], { publicationMinimum: 3, minimumHiddenValues: 3 });
 * // Map { "global" => { reason: "below-publication-minimum", ... } }
 * ```
 */
export function decideSuppressions(groups: readonly GroupDisclosure[], limits: SuppressionLimits): Map<string, Suppression> {
  const suppressions = new Map<string, Suppression>();
  const remaining: GroupDisclosure[] = [];
  for (const group of groups) {
    // A group without values has nothing to withhold: its statistics are undefined (`empty`).
    if (group.n === 0) continue;
    if (group.n < limits.publicationMinimum) {
      suppressions.set(group.id, {
        reason: "below-publication-minimum",
        message: `${group.n} ${group.n === 1 ? "administration" : "administrations"} contributed a value, fewer than the publication minimum of ${limits.publicationMinimum}`,
      });
    } else if (group.hidden.length > 0 && group.hidden.length < limits.minimumHiddenValues) {
      suppressions.set(group.id, {
        reason: "too-few-hidden-values",
        message: `${group.hidden.length} of the ${group.n} values ${group.hidden.length === 1 ? "is" : "are"} hidden from this viewer, fewer than ${limits.minimumHiddenValues}, so the group's statistics would reveal ${group.hidden.length === 1 ? "it" : "them"}`,
      });
    } else {
      remaining.push(group);
    }
  }
  for (const id of auditRecovery(remaining)) {
    suppressions.set(id, {
      reason: "complementary",
      message: "combined with the statistics of other peer groups, these statistics would reveal a value hidden from this viewer, so they are withheld as well",
    });
  }
  return suppressions;
}
