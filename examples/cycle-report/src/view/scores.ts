import type { PeerGroupDefinition } from "@pmm/model";
import type { Assessment } from "../assess/assess.js";
import { describePeerGroup, seriesName } from "../assess/peer-groups.js";
import type { BenchmarkLookup } from "./benchmark-lookup.js";
import { absent, shownGroupMean, shownMember } from "./shown.js";
import type { ScoreRow, Shown } from "./types.js";

/**
 * Builds the rows of the score chart: each dimension and, when the framework defines one, the
 * overall index, with the administration's score and the mean score of the region, the
 * income group and the world.
 *
 * @example
 * ```ts
 * const { dimensions, overall } = buildScoreRows(assessment, lookup);
 * ```
 */
export function buildScoreRows(assessment: Assessment, lookup: BenchmarkLookup): { dimensions: ScoreRow[]; overall: ScoreRow | undefined } {
  const minimum = lookup.result.settings.publicationMinimum;
  const row = (measureId: string, id: string, name: string, label: string, provenance: ScoreRow["provenance"]): ScoreRow => ({
    id,
    name,
    label,
    provenance,
    own: ownScore(lookup, measureId, assessment.groups.selected),
    groups: assessment.groups.standard.map((definition) => {
      const group = lookup.group(measureId, definition);
      return {
        series: seriesName(definition),
        name: describePeerGroup(definition),
        n: group?.counts.values,
        shown: shownGroupMean(group, "score", minimum),
      };
    }),
  });

  const { framework } = assessment;
  const dimensions = framework.dimensions.map((dimension) => row(`score:dimension:${dimension.id}`, dimension.id, dimension.name.en, `${dimension.id} ${dimension.name.en}`, dimension.provenance));
  const overall = framework.aggregation.overall === undefined ? undefined : row(`score:overall:${framework.id}`, "Overall", "Overall index", "Overall index", framework.provenance);
  return { dimensions, overall };
}

function ownScore(lookup: BenchmarkLookup, measureId: string, group: PeerGroupDefinition): Shown {
  if (lookup.measure(measureId) === undefined) return absent("not-scored", "not scored: no scored KPI beneath it");
  return shownMember(lookup.own(measureId, group), "score");
}
