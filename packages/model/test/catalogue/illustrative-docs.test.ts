import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFramework, pmmIllustrativeFramework } from "../../src/index.js";

// docs/catalogue.md lists every KPI of the illustrative framework; this keeps the table in step
// with the framework.
const documentation = readFileSync(new URL("../../../../docs/catalogue.md", import.meta.url), "utf8");
const framework = parseFramework(pmmIllustrativeFramework);

function rowOf(id: string): string | undefined {
  return documentation.split("\n").find((line) => line.startsWith(`| \`${id}\` |`));
}

describe("docs/catalogue.md", () => {
  it("lists every illustrative KPI as the framework defines it", () => {
    for (const kpi of framework.kpis) {
      const row = rowOf(kpi.id);
      expect(row, kpi.id).toBeDefined();
      expect(row, kpi.id).toContain(`\`${kpi.formula ?? ""}\``);
      expect(row, kpi.id).toContain(`| ${kpi.unit} | ${kpi.direction} |`);
      if (kpi.applicability !== undefined) expect(row, kpi.id).toContain(`applicable when \`${kpi.applicability}\``);
    }
  });

  it("lists every outcome, data element and rule", () => {
    for (const item of [...framework.outcomes, ...framework.dataElements]) {
      expect(rowOf(item.id), item.id).toBeDefined();
    }
    for (const rule of framework.validationRules) {
      expect(rowOf(rule.id), rule.id).toBe(`| \`${rule.id}\` | ${rule.severity} | \`${rule.condition}\` |`);
    }
  });

  it("states the counts of the framework", () => {
    const counts = `${framework.dimensions.length} dimensions, ${framework.outcomes.length} expected outcomes, ${framework.kpis.length} KPIs, ${framework.dataElements.length} data elements and ${framework.validationRules.length} validation rules`;
    expect(documentation).toContain(counts);
  });
});
