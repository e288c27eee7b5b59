import { describe, expect, it } from "vitest";
import { ModelValidationError, parseFramework, safeParseFramework } from "../../src/index.js";

const minimal = {
  id: "mini",
  version: "1.0.0",
  title: { en: "Minimal" },
  provenance: "illustrative",
  dimensions: [{ id: "TF", name: { en: "Trade Facilitation and Economic Competitiveness" }, provenance: "published" }],
  outcomes: [{ id: "paperless", dimension: "TF", name: { en: "Paperless trade" }, provenance: "published" }],
  kpis: [
    {
      id: "e_decl",
      outcome: "paperless",
      name: { en: "Rate of electronic declarations" },
      unit: "percent",
      direction: "higher-is-better",
      formula: "share(electronic_declarations, declarations)",
      scoring: { normalisation: { method: "goalposts", lower: 0, upper: 100 } },
      provenance: "published",
    },
  ],
  dataElements: [
    { id: "declarations", name: { en: "Declarations" }, kind: "count", provenance: "illustrative" },
    { id: "electronic_declarations", name: { en: "Electronic declarations" }, kind: "count", provenance: "illustrative" },
  ],
};

describe("parseFramework", () => {
  it("accepts a minimal framework and fills defaults", () => {
    const framework = parseFramework(minimal);
    expect(framework.kpis[0]?.weight).toBe("1");
    expect(framework.kpis[0]?.scoring?.normalisation).toEqual({ method: "goalposts", lower: "0", upper: "100" });
    expect(framework.periods).toEqual(["T", "T-1"]);
  });

  it("reports a dangling outcome with its path", () => {
    const result = safeParseFramework({ ...minimal, kpis: [{ ...minimal.kpis[0], outcome: "nowhere" }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem) => problem.path)).toContain("kpis[0].outcome");
  });

  it("throws a model error listing every problem", () => {
    expect(() => parseFramework({ ...minimal, version: "one" })).toThrow(ModelValidationError);
  });
});
