import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseFramework, parseSubmission } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { compileFramework, compileFrameworkOrThrow, computeKpis, formatCompileProblems, parseFormula, validateSubmission } from "../compile/api.js";
import { buildFramework, kpi } from "../compile/fixtures.js";
import { parsedWorkedExample, workedExampleFramework } from "./worked-example.js";

// Keeps docs/formula-language.md true: every output shown there is recomputed here.
const page = readFileSync(fileURLToPath(new URL("../../../../docs/formula-language.md", import.meta.url)), "utf8");

function shownOutput(name: string): string {
  const match = new RegExp(`<!-- output:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(page);
  if (match?.[1] === undefined) throw new Error(`docs/formula-language.md has no output block named ${name}`);
  return match[1];
}

describe("docs/formula-language.md", () => {
  const { framework, clean, faulty } = parsedWorkedExample();
  const compiled = compileFrameworkOrThrow(framework);

  it("shows the worked example's results", () => {
    expect(JSON.stringify(computeKpis(compiled, clean), null, 2)).toBe(shownOutput("clean-results"));
    expect(JSON.stringify(validateSubmission(compiled, faulty), null, 2)).toBe(shownOutput("faulty-findings"));
    expect(JSON.stringify(computeKpis(compiled, faulty), null, 2)).toBe(shownOutput("faulty-results"));
  });

  it("shows the syntax error", () => {
    const result = parseFormula("share(electronic_declarations, declarations");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result.problem, null, 2)).toBe(shownOutput("syntax-error"));
  });

  it("shows the compile problems", () => {
    const [first, second, third] = workedExampleFramework.kpis;
    const broken = parseFramework({
      ...workedExampleFramework,
      kpis: [
        { ...first!, formula: "electronic_declarations / declaratons" },
        { ...second!, formula: "release_time_total + declarations" },
        { ...third!, formula: "100 * aeo_count / aeo_count[T-1] - 100", unit: "ratio" },
      ],
    });
    const result = compileFramework(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatCompileProblems(result.problems)).toBe(shownOutput("compile-problems"));
  });

  it("gives the results shown in the function table", () => {
    const section = page.slice(page.indexOf("## Functions"), page.indexOf("## Values and conditions"));
    const rows = [...section.matchAll(/^\| `[^`]+` \|.*\| `([^`]+)` \| `([^`]+)` \|$/gm)].map((match) => ({ formula: match[1]!, result: match[2]! }));
    expect(rows).toHaveLength(8);
    const element = (id: string, kind: "count" | "hours" | "currency" | "yes-no", periods: ("T" | "T-1")[] = ["T"]) => ({ id, name: { en: id }, kind, periods, provenance: "illustrative" as const });
    const elements = [
      element("declarations", "count"),
      element("electronic_declarations", "count"),
      element("declarations_inspected", "count"),
      element("seizures", "count"),
      element("aeo_count", "count", ["T", "T-1"]),
      element("aeo_programme", "yes-no"),
      element("release_time_total", "hours"),
      element("revenue_collected", "currency"),
      element("revenue_target", "currency"),
    ];
    const functions = compileFrameworkOrThrow(buildFramework({ kpis: rows.map((row, index) => kpi(`k${index}`, row.formula, "number")), elements }));
    const values = { declarations: "10000", electronic_declarations: "9812", declarations_inspected: "850", seizures: "37", aeo_programme: "1", release_time_total: "452000", revenue_collected: "1250000", revenue_target: "1000000" };
    const submission = parseSubmission({
      administration: "AA",
      cycle: "pmm2023",
      values: [...Object.entries(values).map(([dataElement, value]) => ({ dataElement, period: "T", value })), { dataElement: "aeo_count", period: "T", value: "120" }, { dataElement: "aeo_count", period: "T-1", value: "100" }],
    });
    const results = computeKpis(functions, submission);
    expect(results.map((result) => (result.status === "value" ? result.value : result.status))).toEqual(rows.map((row) => row.result));
  });
});
