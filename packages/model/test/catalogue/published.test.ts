import { describe, expect, it } from "vitest";
import { parseFramework, pmmV1PublishedFramework, safeParseSubmission } from "../../src/index.js";

// The names the WCO has published for PMM version 1, typed here from the public sources.
const DIMENSIONS = {
  TF: "Trade Facilitation and Economic Competitiveness",
  RC: "Revenue Collection",
  ESP: "Enforcement, Security and Protection of Society",
  OD: "Organizational Development",
};
const OUTCOMES = ["Paperless trade", "Increased trust in the relationship with trade", "More efficiency of clearance and delivery in e-commerce"];
const KPIS = [
  "Rate of electronic declarations",
  "Variation in the number of Authorized Economic Operators (AEOs)",
  "AEO involvement in trade",
  "Share of e-commerce shipments",
  "Annual variation in requests for information",
  "Variation in the number of alcohol seizures",
  "Data standardization",
  "Effectiveness of post-clearance controls",
  "Effectiveness of controls on drugs",
];
const WITHOUT_FORMULA = ["Data standardization", "Effectiveness of post-clearance controls", "Effectiveness of controls on drugs"];
const DESCRIPTIVE = ["Share of e-commerce shipments", "Annual variation in requests for information", "Variation in the number of alcohol seizures"];

const framework = parseFramework(pmmV1PublishedFramework);
const kpiNamed = (name: string) => framework.kpis.find((kpi) => kpi.name.en === name);

describe("pmmV1PublishedFramework", () => {
  it("parses and survives a JSON round trip", () => {
    expect(parseFramework(JSON.parse(JSON.stringify(framework)))).toEqual(framework);
    expect(parseFramework(JSON.parse(JSON.stringify(pmmV1PublishedFramework)))).toEqual(framework);
  });

  it("is marked published at the top", () => {
    expect(framework.provenance).toBe("published");
    expect(framework.id).toBe("pmm-v1-published");
  });

  it("has the four official dimensions with their published names", () => {
    expect(Object.fromEntries(framework.dimensions.map((dimension) => [dimension.id, dimension.name.en]))).toEqual(DIMENSIONS);
    for (const dimension of framework.dimensions) expect(dimension.provenance).toBe("published");
  });

  it("has every published outcome, marked published", () => {
    const published = framework.outcomes.filter((outcome) => outcome.provenance === "published");
    expect(published.map((outcome) => outcome.name.en).sort()).toEqual([...OUTCOMES].sort());
  });

  it("marks the stand-in outcomes illustrative and says so in their names", () => {
    const standIns = framework.outcomes.filter((outcome) => outcome.provenance === "illustrative");
    expect(standIns.length).toBeGreaterThan(0);
    for (const outcome of standIns) {
      const dimensionName = DIMENSIONS[outcome.dimension as keyof typeof DIMENSIONS];
      expect(outcome.name.en).toBe(`Outcome not published (${dimensionName})`);
      expect(outcome.description?.en).toMatch(/not a PMM outcome/);
    }
  });

  it("has exactly the nine published KPIs, each marked published", () => {
    expect(framework.kpis.map((kpi) => kpi.name.en).sort()).toEqual([...KPIS].sort());
    for (const kpi of framework.kpis) expect(kpi.provenance, kpi.id).toBe("published");
  });

  it("puts the KPIs under the published outcomes", () => {
    const outcomeName = (kpiName: string) => framework.outcomes.find((outcome) => outcome.id === kpiNamed(kpiName)?.outcome)?.name.en;
    expect(outcomeName("Rate of electronic declarations")).toBe("Paperless trade");
    expect(outcomeName("Variation in the number of Authorized Economic Operators (AEOs)")).toBe("Increased trust in the relationship with trade");
    expect(outcomeName("AEO involvement in trade")).toBe("Increased trust in the relationship with trade");
    expect(outcomeName("Share of e-commerce shipments")).toBe("More efficiency of clearance and delivery in e-commerce");
    for (const name of KPIS.slice(4)) expect(outcomeName(name), name).toMatch(/^Outcome not published/);
  });

  it("gives no formula where the meaning is not published, and says so", () => {
    for (const name of WITHOUT_FORMULA) {
      const kpi = kpiNamed(name);
      expect(kpi?.formula, name).toBeUndefined();
      expect(kpi?.scoring, name).toBeUndefined();
      expect(kpi?.interpretation, name).toMatch(/no formula/);
    }
  });

  it("states how it reads every KPI", () => {
    for (const kpi of framework.kpis) expect(kpi.interpretation, kpi.id).toMatch(/not its formula|no formula/);
  });

  it("reads the six KPIs whose meaning the name states", () => {
    expect(kpiNamed("Rate of electronic declarations")?.formula).toBe("share(electronic_declarations, declarations)");
    expect(kpiNamed("Variation in the number of Authorized Economic Operators (AEOs)")?.formula).toBe("variation(aeo_count)");
    expect(kpiNamed("AEO involvement in trade")?.formula).toBe("share(aeo_trade_value, trade_value)");
    expect(kpiNamed("Share of e-commerce shipments")?.formula).toBe("share(ecommerce_shipments, shipments)");
    expect(kpiNamed("Annual variation in requests for information")?.formula).toBe("variation(information_requests_received)");
    expect(kpiNamed("Variation in the number of alcohol seizures")?.formula).toBe("variation(alcohol_seizures)");
  });

  it("benchmarks descriptive KPIs without a score", () => {
    for (const name of DESCRIPTIVE) {
      expect(kpiNamed(name)?.direction, name).toBe("descriptive");
      expect(kpiNamed(name)?.scoring, name).toBeUndefined();
    }
  });

  it("scores the other KPIs with goalposts it calls its own choice", () => {
    const scored = framework.kpis.filter((kpi) => kpi.formula !== undefined && kpi.direction !== "descriptive");
    expect(scored.map((kpi) => kpi.name.en).sort()).toEqual(["AEO involvement in trade", "Rate of electronic declarations", "Variation in the number of Authorized Economic Operators (AEOs)"]);
    for (const kpi of scored) {
      expect(kpi.scoring?.normalisation.method, kpi.id).toBe("goalposts");
      expect(kpi.interpretation, kpi.id).toMatch(/goalposts are this project's choice/);
    }
  });

  it("marks its data elements and validation rules illustrative", () => {
    for (const item of [...framework.dataElements, ...framework.validationRules]) expect(item.provenance, item.id).toBe("illustrative");
  });

  it("collects T-1 for the variation KPIs", () => {
    for (const id of ["aeo_count", "alcohol_seizures", "information_requests_received"]) {
      expect(framework.dataElements.find((element) => element.id === id)?.periods, id).toEqual(["T", "T-1"]);
    }
  });

  it("defines every data element its formulas name", () => {
    const defined = new Set(framework.dataElements.map((element) => element.id));
    const named = framework.kpis.flatMap((kpi) => [...(kpi.formula ?? "").matchAll(/[a-z_]+(?=[,)])/g)].map((match) => match[0]));
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(defined.has(id), id).toBe(true);
  });

  it("checks a submission against itself", () => {
    const input = {
      administration: "GH",
      cycle: "pmm-2023",
      values: [
        { dataElement: "declarations", period: "T", value: 120000 },
        { dataElement: "aeo_count", period: "T-1", value: 12 },
        { dataElement: "aeo_count", period: "T", value: -1 },
      ],
    };
    const result = safeParseSubmission(input, { framework });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problems.map((problem) => problem.path)).toEqual(["values[2].value"]);
  });
});
