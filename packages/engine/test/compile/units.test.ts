import { describe, expect, it } from "vitest";
import { describeType } from "../../src/compile/units.js";
import { compiledParts, kpi } from "./fixtures.js";

/** Compiles `formula` as a `number` KPI, which accepts any unit, and returns the inferred unit. */
function unitOf(formula: string): string {
  const compiled = compiledParts({ kpis: [kpi("k1", formula, "number")] });
  const type = compiled.kpis[0]!.formula!.type;
  return describeType(type);
}

describe("unit inference", () => {
  it.each([
    ["declarations", "count"],
    ["release_hours", "hours"],
    ["appeal_days", "days"],
    ["revenue", "currency"],
    ["paperless_share", "percent"],
    ["aeo_programme", "yes-no"],
    ["satisfaction", "number"],
    // Same unit divided: a ratio; times 100: a percent, in any order of the factors.
    ["electronic_declarations / declarations", "ratio"],
    ["100 * electronic_declarations / declarations", "percent"],
    ["electronic_declarations / declarations * 100", "percent"],
    ["electronic_declarations * 100 / declarations", "percent"],
    ["(electronic_declarations / declarations) * 1000", "per-1000"],
    ["revenue / revenue_target", "ratio"],
    ["100 * (aeo_count - aeo_count[T-1]) / aeo_count[T-1]", "percent"],
    // An amount or a duration per item keeps its unit.
    ["release_hours / declarations", "hours"],
    ["revenue / declarations", "currency"],
    ["appeal_days / seizures", "days"],
    // Percent back to ratio, and literals that only scale.
    ["share(electronic_declarations, declarations) / 100", "ratio"],
    ["paperless_share / 100", "ratio"],
    ["2 * share(electronic_declarations, declarations)", "percent"],
    ["100 - 2 * abs(share(electronic_declarations, declarations) - 50)", "percent"],
    ["declarations + 1", "count"],
    ["-declarations", "count"],
    ["declarations * 0.5", "count"],
    ["declarations / (seizures / electronic_declarations)", "count"],
    ["declarations * (seizures / electronic_declarations)", "count"],
    // Functions.
    ["share(revenue, revenue_target)", "percent"],
    ["per1000(seizures, declarations)", "per-1000"],
    ["variation(aeo_count)", "percent"],
    ["sum(declarations, seizures, 1)", "count"],
    ["min(release_hours, 24)", "hours"],
    ["if(aeo_programme, aeo_count, 0)", "count"],
    ["abs(revenue - revenue_target)", "currency"],
    // Compound units count as number.
    ["declarations * seizures", "count × count"],
    ["revenue / release_hours", "currency / hours"],
    ["1 / declarations", "1 / count"],
    ["share(electronic_declarations, declarations) * declarations", "percent × count"],
  ])("%s is in %s", (formula, unit) => {
    expect(unitOf(formula)).toBe(unit);
  });

  it("lets a plain number take the KPI's declared unit", () => {
    const compiled = compiledParts({ kpis: [kpi("k1", "if(aeo_programme == 1, 100, 0)", "percent")] });
    expect(compiled.kpis[0]!.formula!.type).toEqual({ kind: "dimensionless" });
  });
});

describe("dependencies", () => {
  it("lists every data element and period a KPI reads, in framework order", () => {
    const compiled = compiledParts({
      kpis: [
        kpi("k1", "share(electronic_declarations, declarations) + variation(aeo_count) * 0", "percent", { applicability: "aeo_programme == 1" }),
        kpi("k2", undefined, "percent"),
      ],
    });
    const [first, second] = compiled.kpis;
    expect(first!.formula!.reads).toEqual([
      { dataElement: "declarations", period: "T" },
      { dataElement: "electronic_declarations", period: "T" },
      { dataElement: "aeo_count", period: "T" },
      { dataElement: "aeo_count", period: "T-1" },
    ]);
    expect(first!.applicability!.reads).toEqual([{ dataElement: "aeo_programme", period: "T" }]);
    expect(first!.reads).toHaveLength(5);
    expect(first!.reads[4]).toEqual({ dataElement: "aeo_programme", period: "T" });
    expect(second!.formula).toBeUndefined();
    expect(second!.reads).toEqual([]);
    expect(compiled.kpisWithoutFormula).toEqual(["k2"]);
  });

  it("keeps the syntax tree as plain JSON", () => {
    const compiled = compiledParts({ kpis: [kpi("k1", "share(a, b)", "percent")] });
    const tree = compiled.kpis[0]!.formula!.tree;
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });
});
