import type { Administration, IncomeGroup, WcoRegion } from "@pmm/model";
import type { MeasureInput, Observation } from "../../src/index.js";

/** Builds an administration with neutral attributes unless overridden. */
export function administration(id: string, overrides: Partial<Omit<Administration, "id" | "name">> = {}): Administration {
  return {
    id,
    name: { en: `Administration ${id}` },
    region: "Europe" satisfies WcoRegion,
    incomeGroup: "high" satisfies IncomeGroup,
    landlocked: false,
    smallIsland: false,
    type: "stand-alone",
    attributes: {},
    ...overrides,
  };
}

/** Builds a KPI-value measure from `{ id: value }` pairs, every value disclosed at `disclosure`. */
export function kpiMeasure(
  kpi: string,
  values: Record<string, string | null>,
  options: { direction?: MeasureInput["direction"]; disclosure?: Record<string, Observation["disclosure"]>; disclosureDefault?: MeasureInput["disclosureDefault"] } = {},
): MeasureInput {
  const observations: Observation[] = Object.entries(values).map(([id, value]) =>
    value === null
      ? { administration: id, status: "not-applicable", disclosure: options.disclosure?.[id] }
      : { administration: id, status: "value", value, disclosure: options.disclosure?.[id] },
  );
  return {
    measure: { kind: "kpi-value", kpi },
    label: kpi,
    unit: "hours",
    direction: options.direction ?? "higher-is-better",
    disclosureDefault: options.disclosureDefault ?? "public",
    observations,
  };
}
