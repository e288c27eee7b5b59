import { z } from "zod";

/**
 * Who may see an administration's own value of a KPI:
 * `public` (anyone), `wco` (NCPs and peer reviewers of all WCO Members) or `restricted`
 * (only the administration itself and the WCO Secretariat).
 */
export const DisclosureLevel = z.enum(["public", "wco", "restricted"]);
/** Who may see an administration's own value of a KPI. */
export type DisclosureLevel = z.infer<typeof DisclosureLevel>;

/**
 * Who is looking at results: the public, a WCO Member (an NCP or peer reviewer of another
 * administration), the WCO Secretariat, or the administration itself.
 */
export const ViewerRole = z.enum(["public", "wco-member", "secretariat", "administration"]);
/** Who is looking at results. */
export type ViewerRole = z.infer<typeof ViewerRole>;
