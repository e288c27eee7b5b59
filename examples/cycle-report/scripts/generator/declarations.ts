import type { DisclosureLevel } from "@pmm/model";
import type { CycleSpec } from "./cycles.js";
import type { AdministrationProfile } from "./profiles.js";
import { Random, deriveSeed } from "./random.js";

/** An administration's declaration about one KPI: not applicable, a disclosure level or a national target. */
export interface KpiDeclaration {
  notApplicableReason?: string;
  disclosure?: DisclosureLevel;
  nationalTarget?: string;
}

/** Declarations of one administration, by KPI id. */
export type Declarations = Map<string, KpiDeclaration>;

function declare(declarations: Declarations, kpi: string, declaration: KpiDeclaration): void {
  declarations.set(kpi, { ...declarations.get(kpi), ...declaration });
}

/**
 * Generates an administration's declarations for one cycle: KPIs it declares not applicable
 * (no AEO programme, no advance rulings, no post-clearance audit, appeals outside Customs,
 * e-commerce not identified), disclosure levels that differ from the framework's defaults, and
 * national revenue targets.
 */
export function generateDeclarations(seed: number, spec: CycleSpec, profile: AdministrationProfile, reportsEcommerce: boolean): Declarations {
  const random = new Random(deriveSeed(seed, `declarations:${spec.id}:${profile.administration.id}`));
  const declarations: Declarations = new Map();

  if (!profile.aeoProgramme) {
    const reason = "No AEO programme in the reporting year";
    declare(declarations, "tf.aeo_variation", { notApplicableReason: reason });
    declare(declarations, "tf.aeo_involvement", { notApplicableReason: reason });
  }
  if (!reportsEcommerce && random.chance(0.15)) {
    const reason = "E-commerce shipments are not identified separately in Customs systems";
    declare(declarations, "tf.ecommerce_share", { notApplicableReason: reason });
    declare(declarations, "tf.ecommerce_release_24h", { notApplicableReason: reason });
  }
  if (!profile.advanceRulings && random.chance(0.7)) {
    declare(declarations, "tf.advance_ruling_time", { notApplicableReason: "No advance ruling system in the reporting year" });
  }
  if (!profile.postClearanceAudit) {
    const reason = "No post-clearance audit function in the reporting year";
    declare(declarations, "rc.post_clearance_effectiveness", { notApplicableReason: reason });
    declare(declarations, "rc.post_clearance_yield", { notApplicableReason: reason });
  }
  if (!profile.appealsByCustoms) {
    declare(declarations, "rc.appeal_time", { notApplicableReason: "Appeals are decided by a tax appeals tribunal, outside Customs" });
  }

  if (random.chance(0.25)) {
    declare(declarations, "tf.release_time", { disclosure: "public" });
    declare(declarations, "tf.released_without_inspection", { disclosure: "public" });
  }
  if (random.chance(0.08)) declare(declarations, "tf.electronic_declarations", { disclosure: "wco" });
  if (random.chance(0.1)) declare(declarations, "rc.revenue_against_target", { disclosure: "restricted" });
  if (random.chance(0.1)) declare(declarations, "od.integrity_cases", { disclosure: "wco" });

  if (random.chance(0.35)) {
    declare(declarations, "rc.revenue_against_target", { nationalTarget: random.pick(["95", "97.5", "98", "100"]) });
  }
  return declarations;
}
