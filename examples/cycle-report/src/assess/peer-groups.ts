import { peerGroupId, peerGroupLabel } from "@pmm/engine";
import { PeerGroupAttribute, type Administration, type PeerGroupDefinition } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import type { PeerGroupOption } from "../options.js";
import { closestIds } from "../suggest.js";

/** The peer groups of a report: the three fixed comparisons and the one chosen with `--peer-group`. */
export interface ReportPeerGroups {
  /** The administration's WCO region, its income group and the world, in that order. */
  readonly standard: readonly PeerGroupDefinition[];
  /** The group that KPI positions and priorities are measured against. */
  readonly selected: PeerGroupDefinition;
  /** Every group to benchmark, each once: the standard ones, then the selected one if it is another. */
  readonly all: readonly PeerGroupDefinition[];
}

/**
 * Builds the peer groups of one administration's report.
 *
 * @param administration - The administration reported on.
 * @param option - The `--peer-group` choice. For `attribute:KEY`, KEY is `landlocked`,
 *   `smallIsland`, `type` or a key of the administration's `attributes`; the group is the
 *   administrations with the same value.
 * @returns The groups.
 * @throws {ReportInputError} when the administration has no attribute KEY.
 * @example
 * ```ts
 * reportPeerGroups(administration, { kind: "attribute", key: "landlocked" }).selected;
 * // { kind: "attribute", attribute: "landlocked", value: true }
 * ```
 */
export function reportPeerGroups(administration: Administration, option: PeerGroupOption): ReportPeerGroups {
  const region: PeerGroupDefinition = { kind: "region", region: administration.region };
  const income: PeerGroupDefinition = { kind: "income-group", incomeGroup: administration.incomeGroup };
  const world: PeerGroupDefinition = { kind: "global" };
  const standard = [region, income, world];

  let selected: PeerGroupDefinition;
  switch (option.kind) {
    case "region":
      selected = region;
      break;
    case "income":
      selected = income;
      break;
    case "world":
      selected = world;
      break;
    case "attribute":
      selected = attributeGroup(administration, option.key);
      break;
  }
  const all = standard.some((group) => peerGroupId(group) === peerGroupId(selected)) ? standard : [...standard, selected];
  return { standard, selected, all };
}

function attributeGroup(administration: Administration, key: string): PeerGroupDefinition {
  const builtIn = PeerGroupAttribute.safeParse(key);
  if (builtIn.success) {
    return { kind: "attribute", attribute: builtIn.data, value: administration[builtIn.data] } as PeerGroupDefinition;
  }
  const value = administration.attributes[key];
  if (value === undefined) {
    const keys = [...PeerGroupAttribute.options, ...Object.keys(administration.attributes)];
    const close = closestIds(key, keys);
    const hint = close.length > 0 ? ` Did you mean ${close.join(" or ")}?` : "";
    throw new ReportInputError(`--peer-group attribute:${key}: administration ${administration.id} has no attribute "${key}": use one of ${keys.join(", ")}.${hint}`);
  }
  return { kind: "custom-attribute", key, value };
}

/**
 * Writes a peer group's label for the report, such as "Region: Europe", "Income group: High
 * income" or "World".
 *
 * @example
 * ```ts
 * describePeerGroup({ kind: "region", region: "Europe" }); // "Region: Europe"
 * ```
 */
export function describePeerGroup(definition: PeerGroupDefinition): string {
  switch (definition.kind) {
    case "global":
      return "World";
    case "region":
      return `Region: ${definition.region}`;
    case "income-group":
      return `Income group: ${peerGroupLabel(definition)}`;
    default:
      return `Peers: ${peerGroupLabel(definition)}`;
  }
}

/**
 * Writes a short series name for chart legends: "Region", "Income group", "World" or the peer
 * group's label.
 *
 * @example
 * ```ts
 * seriesName({ kind: "income-group", incomeGroup: "high" }); // "Income group"
 * ```
 */
export function seriesName(definition: PeerGroupDefinition): string {
  switch (definition.kind) {
    case "global":
      return "World";
    case "region":
      return "Region";
    case "income-group":
      return "Income group";
    default:
      return peerGroupLabel(definition);
  }
}
