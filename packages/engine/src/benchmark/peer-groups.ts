import {
  AdministrationType,
  IncomeGroup,
  PeerGroupDefinition,
  WcoRegion,
  type Administration,
  type PeerGroup,
} from "@pmm/model";
import { InvalidOptionError } from "../errors.js";

const INCOME_LABELS: Record<IncomeGroup, string> = {
  low: "Low income",
  "lower-middle": "Lower-middle income",
  "upper-middle": "Upper-middle income",
  high: "High income",
};

const TYPE_LABELS: Record<AdministrationType, string> = {
  "stand-alone": "Stand-alone Customs administrations",
  "revenue-authority": "Customs in a revenue authority",
  other: "Other Customs organisation",
};

/** Lower-case words joined by hyphens: `"Asia/Pacific"` becomes `"asia-pacific"`. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Derives the stable id of a peer group from its definition, so that the same definition always
 * has the same id: `global`, `region:europe`, `income:upper-middle`, `attribute:landlocked=true`,
 * `attribute:type=revenue-authority`, `custom:subregion=Caribbean`, `list:<id>`.
 *
 * @param definition - The peer group definition.
 * @returns The id.
 * @example
 * ```ts
 * peerGroupId({ kind: "region", region: "Asia/Pacific" }); // "region:asia-pacific"
 * ```
 */
export function peerGroupId(definition: PeerGroupDefinition): string {
  switch (definition.kind) {
    case "global":
      return "global";
    case "region":
      return `region:${slug(definition.region)}`;
    case "income-group":
      return `income:${definition.incomeGroup}`;
    case "attribute":
      return `attribute:${definition.attribute}=${String(definition.value)}`;
    case "custom-attribute":
      return `custom:${definition.key}=${String(definition.value)}`;
    case "list":
      return `list:${definition.id}`;
  }
}

/**
 * Writes an English label for a peer group, such as "Europe", "High income", "Landlocked" or
 * "subregion: Caribbean". A list group keeps its own label.
 *
 * @param definition - The peer group definition.
 * @returns The label.
 * @example
 * ```ts
 * peerGroupLabel({ kind: "attribute", attribute: "smallIsland", value: false }); // "Not a small island"
 * ```
 */
export function peerGroupLabel(definition: PeerGroupDefinition): string {
  switch (definition.kind) {
    case "global":
      return "All administrations";
    case "region":
      return definition.region;
    case "income-group":
      return INCOME_LABELS[definition.incomeGroup];
    case "attribute":
      if (definition.attribute === "landlocked") return definition.value === true ? "Landlocked" : "Not landlocked";
      if (definition.attribute === "smallIsland") return definition.value === true ? "Small island" : "Not a small island";
      return TYPE_LABELS[definition.value as AdministrationType];
    case "custom-attribute":
      return `${definition.key}: ${String(definition.value)}`;
    case "list":
      return definition.label;
  }
}

/** Tells whether an administration belongs to a peer group. */
export function isPeerGroupMember(definition: PeerGroupDefinition, administration: Administration): boolean {
  switch (definition.kind) {
    case "global":
      return true;
    case "region":
      return administration.region === definition.region;
    case "income-group":
      return administration.incomeGroup === definition.incomeGroup;
    case "attribute":
      return administration[definition.attribute] === definition.value;
    case "custom-attribute":
      return Object.hasOwn(administration.attributes, definition.key) && administration.attributes[definition.key] === definition.value;
    case "list":
      return definition.administrations.includes(administration.id);
  }
}

/**
 * Resolves peer group definitions against the administrations: each group gets its id, label
 * and sorted member ids. A list group may name administrations that are not given; they are
 * left out of its members.
 *
 * @param definitions - The groups, in the order they should appear in results.
 * @param administrations - Every administration that may be a member.
 * @returns One {@link PeerGroup} per definition, in the same order.
 * @throws {InvalidOptionError} when a definition does not match the schema, or when two
 *   definitions have the same id (such as the same region twice).
 * @example
 * ```ts
 * const [europe] = resolvePeerGroups([{ kind: "region", region: "Europe" }], administrations);
 * europe.members; // ["AT", "BE", ...]
 * ```
 */
export function resolvePeerGroups(definitions: readonly PeerGroupDefinition[], administrations: readonly Administration[]): PeerGroup[] {
  const seen = new Map<string, number>();
  return definitions.map((definition, index) => {
    const parsed = PeerGroupDefinition.safeParse(definition);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidOptionError("groups", `groups[${index}] is not a peer group definition: ${issue?.message ?? "invalid"} (at ${issue?.path.join(".") ?? ""})`);
    }
    const id = peerGroupId(parsed.data);
    const first = seen.get(id);
    if (first !== undefined) throw new InvalidOptionError("groups", `groups[${index}] has the id "${id}", like groups[${first}]: give each peer group once`);
    seen.set(id, index);
    const members = administrations
      .filter((administration) => isPeerGroupMember(parsed.data, administration))
      .map((administration) => administration.id)
      .sort(compareIds);
    return { id, label: peerGroupLabel(parsed.data), definition: parsed.data, members };
  });
}

/**
 * Lists the usual peer groups for a set of administrations: global, then each WCO region, each
 * income group, landlocked and not, small island and not, and each administration type, in
 * that order. Only groups with at least one member are listed.
 *
 * @param administrations - The administrations to group.
 * @returns The definitions, ready for {@link resolvePeerGroups} or `benchmarkCycle`.
 * @example
 * ```ts
 * standardPeerGroups(administrations).map(peerGroupId); // ["global", "region:europe", ...]
 * ```
 */
export function standardPeerGroups(administrations: readonly Administration[]): PeerGroupDefinition[] {
  const candidates: PeerGroupDefinition[] = [
    { kind: "global" },
    ...WcoRegion.options.map((region): PeerGroupDefinition => ({ kind: "region", region })),
    ...IncomeGroup.options.map((incomeGroup): PeerGroupDefinition => ({ kind: "income-group", incomeGroup })),
    { kind: "attribute", attribute: "landlocked", value: true },
    { kind: "attribute", attribute: "landlocked", value: false },
    { kind: "attribute", attribute: "smallIsland", value: true },
    { kind: "attribute", attribute: "smallIsland", value: false },
    ...AdministrationType.options.map((type): PeerGroupDefinition => ({ kind: "attribute", attribute: "type", value: type })),
  ];
  return candidates.filter((definition) => administrations.some((administration) => isPeerGroupMember(definition, administration)));
}

/** Orders ids by UTF-16 code units, the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}
