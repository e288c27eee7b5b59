import { z } from "zod";
import { AdministrationType, IncomeGroup, WcoRegion } from "../administration.js";
import { Id } from "../primitives.js";

/** The administration fields that a peer group of kind `attribute` may select on. */
export const PeerGroupAttribute = z.enum(["landlocked", "smallIsland", "type"]);
/** An administration field that a peer group may select on. */
export type PeerGroupAttribute = z.infer<typeof PeerGroupAttribute>;

/**
 * Which administrations form a peer group, as plain JSON data:
 *
 * - `global`: every administration.
 * - `region`: the administrations of one WCO region.
 * - `income-group`: the administrations of one World Bank income group.
 * - `attribute`: the administrations whose `landlocked`, `smallIsland` or `type` field equals
 *   `value` (a boolean for the first two, an administration type for `type`).
 * - `custom-attribute`: the administrations whose `attributes[key]` equals `value` exactly
 *   (same type and same value); administrations without the key are not members.
 * - `list`: an explicit list of administration ids, with its own `id` and `label`.
 *
 * @example
 * ```ts
 * const europe: PeerGroupDefinition = { kind: "region", region: "Europe" };
 * const landlocked: PeerGroupDefinition = { kind: "attribute", attribute: "landlocked", value: true };
 * const caribbean: PeerGroupDefinition = { kind: "custom-attribute", key: "subregion", value: "Caribbean" };
 * ```
 */
export const PeerGroupDefinition = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("global") }),
  z.strictObject({ kind: z.literal("region"), region: WcoRegion }),
  z.strictObject({ kind: z.literal("income-group"), incomeGroup: IncomeGroup }),
  z
    .strictObject({ kind: z.literal("attribute"), attribute: PeerGroupAttribute, value: z.union([z.boolean(), AdministrationType]) })
    .superRefine((group, context) => {
      const wantsBoolean = group.attribute !== "type";
      if (wantsBoolean !== (typeof group.value === "boolean")) {
        context.addIssue({
          code: "custom",
          path: ["value"],
          message: wantsBoolean
            ? `attribute "${group.attribute}" takes true or false, not ${JSON.stringify(group.value)}`
            : `attribute "type" takes an administration type (${AdministrationType.options.join(", ")}), not ${JSON.stringify(group.value)}`,
          input: group.value,
        });
      }
    }),
  z.strictObject({ kind: z.literal("custom-attribute"), key: Id, value: z.union([z.string().min(1), z.boolean(), z.number().finite()]) }),
  z.strictObject({
    kind: z.literal("list"),
    id: Id,
    label: z.string().trim().min(1, { message: "a list peer group needs a label, such as \"Landlocked Africa\"" }),
    administrations: z
      .array(Id)
      .min(1, { message: "a list peer group needs at least one administration id" })
      .superRefine((ids, context) => {
        const seen = new Set<string>();
        ids.forEach((id, index) => {
          if (seen.has(id)) context.addIssue({ code: "custom", path: [index], message: `administration "${id}" is listed twice`, input: id });
          seen.add(id);
        });
      }),
  }),
]);
/** Which administrations form a peer group. */
export type PeerGroupDefinition = z.infer<typeof PeerGroupDefinition>;

/**
 * A resolved peer group: its stable id (derived from the definition, such as `region:europe`),
 * an English label, the definition and the ids of its members, sorted.
 */
export const PeerGroup = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  definition: PeerGroupDefinition,
  members: z.array(Id),
});
/** A resolved peer group. */
export type PeerGroup = z.infer<typeof PeerGroup>;

/**
 * Who is looking at benchmark results, which decides whose individual values appear:
 *
 * - `public`: values disclosed as `public`.
 * - `wco-member`: values disclosed as `public` or `wco`.
 * - `secretariat`: every value.
 * - `administration`: what a WCO member sees, plus every value of that administration.
 */
export const Viewer = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("public") }),
  z.strictObject({ role: z.literal("wco-member") }),
  z.strictObject({ role: z.literal("secretariat") }),
  z.strictObject({ role: z.literal("administration"), administration: Id }),
]);
/** Who is looking at benchmark results. */
export type Viewer = z.infer<typeof Viewer>;
