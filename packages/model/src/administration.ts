import { z } from "zod";
import { Id, LocalizedText } from "./primitives.js";

/** The six WCO regions, by their official short names. */
export const WcoRegion = z.enum([
  "Americas and the Caribbean",
  "Asia/Pacific",
  "East and Southern Africa",
  "Europe",
  "North of Africa, Near and Middle East",
  "West and Central Africa",
]);
/** A WCO region. */
export type WcoRegion = z.infer<typeof WcoRegion>;

/** World Bank income groups. */
export const IncomeGroup = z.enum(["low", "lower-middle", "upper-middle", "high"]);
/** A World Bank income group. */
export type IncomeGroup = z.infer<typeof IncomeGroup>;

/**
 * Whether Customs is a stand-alone administration or part of a revenue authority (with tax),
 * or another arrangement.
 */
export const AdministrationType = z.enum(["stand-alone", "revenue-authority", "other"]);
/** How Customs is organised. */
export type AdministrationType = z.infer<typeof AdministrationType>;

/**
 * A Customs administration and the attributes that place it in peer groups. `attributes` holds
 * any further grouping, such as `{ "subregion": "Caribbean" }`.
 */
export const Administration = z.strictObject({
  id: Id,
  name: LocalizedText,
  region: WcoRegion,
  incomeGroup: IncomeGroup,
  landlocked: z.boolean(),
  smallIsland: z.boolean(),
  type: AdministrationType,
  attributes: z
    .record(Id, z.union([z.string().min(1), z.boolean(), z.number().finite()]))
    .default({}),
});
/** A Customs administration. */
export type Administration = z.infer<typeof Administration>;

/** The membership: every administration, ids unique. */
export const Membership = z.array(Administration).superRefine((administrations, context) => {
  const seen = new Map<string, number>();
  administrations.forEach((administration, index) => {
    const first = seen.get(administration.id);
    if (first === undefined) seen.set(administration.id, index);
    else context.addIssue({ code: "custom", path: [index, "id"], message: `duplicate administration id "${administration.id}", already used at [${first}]`, input: administration.id });
  });
});
/** The membership. */
export type Membership = z.infer<typeof Membership>;
