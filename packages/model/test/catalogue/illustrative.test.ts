import { describe, expect, it } from "vitest";
import { parseFramework, pmmIllustrativeFramework, type Framework } from "../../src/index.js";

// The published PMM names, copied from the WCO's public material. Any other item must be
// marked illustrative.
const PUBLISHED_KPI_NAMES = [
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
const PUBLISHED_OUTCOME_NAMES = ["Paperless trade", "Increased trust in the relationship with trade", "More efficiency of clearance and delivery in e-commerce"];
const OFFICIAL_DIMENSION_NAMES: Record<string, string> = {
  TF: "Trade Facilitation and Economic Competitiveness",
  RC: "Revenue Collection",
  ESP: "Enforcement, Security and Protection of Society",
  OD: "Organizational Development",
};
const FUNCTIONS = new Set(["if", "sum", "min", "max", "abs", "share", "variation", "per1000"]);
const KEYWORDS = new Set(["and", "or", "not", "T"]);

/** Names of the data elements a formula reads, with the periods it reads them in. */
function referencesOf(formula: string): { name: string; period: "T" | "T-1" }[] {
  const found: { name: string; period: "T" | "T-1" }[] = [];
  for (const match of formula.matchAll(/([A-Za-z][A-Za-z0-9_]*)\s*(\(|\[\s*T-1\s*\])?/g)) {
    const [, name = "", suffix] = match;
    if (KEYWORDS.has(name)) continue;
    if (suffix === "(") {
      if (!FUNCTIONS.has(name)) throw new Error(`unknown function ${name} in ${formula}`);
      continue;
    }
    found.push({ name, period: suffix === undefined ? "T" : "T-1" });
  }
  for (const match of formula.matchAll(/variation\(\s*([A-Za-z][A-Za-z0-9_]*)\s*\)/g)) {
    found.push({ name: match[1] ?? "", period: "T-1" });
  }
  return found;
}

function allFormulas(framework: Framework): string[] {
  return [
    ...framework.kpis.flatMap((kpi) => [kpi.formula, kpi.applicability]),
    ...framework.validationRules.map((rule) => rule.condition),
  ].filter((text): text is string => text !== undefined);
}

describe("pmmIllustrativeFramework", () => {
  const framework = parseFramework(pmmIllustrativeFramework);

  it("parses as a framework", () => {
    expect(framework.id).toBe("pmm-illustrative");
    expect(framework.provenance).toBe("illustrative");
  });

  it("is plain JSON data", () => {
    expect(JSON.parse(JSON.stringify(pmmIllustrativeFramework))).toEqual(pmmIllustrativeFramework);
  });

  it("has the four official dimensions", () => {
    expect(framework.dimensions.map((dimension) => dimension.id)).toEqual(["TF", "RC", "ESP", "OD"]);
    for (const dimension of framework.dimensions) {
      expect(dimension.name.en).toBe(OFFICIAL_DIMENSION_NAMES[dimension.id]);
      expect(dimension.provenance).toBe("published");
    }
  });

  it("has at least 10 outcomes and 24 KPIs", () => {
    expect(framework.outcomes.length).toBe(14);
    expect(framework.kpis.length).toBe(28);
    for (const dimension of framework.dimensions) {
      const outcomes = framework.outcomes.filter((outcome) => outcome.dimension === dimension.id);
      expect(outcomes.length, dimension.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives every item a provenance", () => {
    const items = [framework, ...framework.dimensions, ...framework.outcomes, ...framework.kpis, ...framework.dataElements, ...framework.validationRules];
    for (const item of items) {
      expect(["published", "illustrative"], item.id).toContain(item.provenance);
    }
  });

  it("marks only published names as published", () => {
    const publishedKpis = framework.kpis.filter((kpi) => kpi.provenance === "published").map((kpi) => kpi.name.en);
    const publishedOutcomes = framework.outcomes.filter((outcome) => outcome.provenance === "published").map((outcome) => outcome.name.en);
    expect(publishedKpis.sort()).toEqual([...PUBLISHED_KPI_NAMES].sort());
    expect(publishedOutcomes.sort()).toEqual([...PUBLISHED_OUTCOME_NAMES].sort());
    for (const item of [...framework.dataElements, ...framework.validationRules]) {
      expect(item.provenance, item.id).toBe("illustrative");
    }
  });

  it("marks non-published items illustrative", () => {
    const published = new Set([...PUBLISHED_KPI_NAMES, ...PUBLISHED_OUTCOME_NAMES]);
    for (const item of [...framework.outcomes, ...framework.kpis]) {
      if (published.has(item.name.en)) continue;
      expect(item.provenance, item.id).toBe("illustrative");
    }
    for (const kpi of framework.kpis) {
      if (kpi.provenance === "illustrative") expect(kpi.interpretation, kpi.id).toBeUndefined();
    }
  });

  it("states an interpretation for published KPIs", () => {
    for (const kpi of framework.kpis.filter((item) => item.provenance === "published")) {
      expect(kpi.formula, kpi.id).toBeDefined();
      expect(kpi.interpretation, kpi.id).toMatch(/not its formula/);
    }
  });

  it("scores every KPI except descriptive ones", () => {
    for (const kpi of framework.kpis) {
      if (kpi.direction === "descriptive") expect(kpi.scoring, kpi.id).toBeUndefined();
      else expect(kpi.scoring, kpi.id).toBeDefined();
    }
    const descriptive = framework.kpis.filter((kpi) => kpi.direction === "descriptive").map((kpi) => kpi.id);
    expect(descriptive).toContain("tf.ecommerce_share");
    expect(descriptive).toContain("esp.alcohol_seizure_variation");
  });

  it("uses every normalisation the report shows", () => {
    const methods = framework.kpis.map((kpi) => kpi.scoring?.normalisation.method);
    const goalposts = methods.filter((method) => method === "goalposts").length;
    expect(goalposts).toBeGreaterThan(framework.kpis.length / 2);
    expect(methods).toContain("bands");
    expect(methods).toContain("percentile-rank");
    const nationalTarget = framework.kpis.find((kpi) => kpi.scoring?.normalisation.method === "distance-to-target" && kpi.scoring.normalisation.useNationalTarget);
    expect(nationalTarget?.id).toBe("rc.revenue_against_target");
  });

  it("sets goalposts with lower below upper", () => {
    for (const kpi of framework.kpis) {
      const normalisation = kpi.scoring?.normalisation;
      if (normalisation?.method !== "goalposts") continue;
      expect(Number(normalisation.lower), kpi.id).toBeLessThan(Number(normalisation.upper));
    }
  });

  it("computes an overall index", () => {
    expect(framework.aggregation.overall).toBeDefined();
  });

  it("limits AEO KPIs to administrations with a programme", () => {
    const aeoKpis = framework.kpis.filter((kpi) => /AEO/.test(kpi.name.en));
    expect(aeoKpis.length).toBe(2);
    for (const kpi of aeoKpis) expect(kpi.applicability, kpi.id).toBe("aeo_programme == 1");
  });

  it("reads only declared data elements", () => {
    const declared = new Set(framework.dataElements.map((element) => element.id));
    for (const formula of allFormulas(framework)) {
      for (const reference of referencesOf(formula)) {
        expect(declared.has(reference.name), `${reference.name} in ${formula}`).toBe(true);
      }
    }
  });

  it("collects T-1 only where a formula reads it", () => {
    const readInPreviousYear = new Set(allFormulas(framework).flatMap((formula) => referencesOf(formula).filter((reference) => reference.period === "T-1").map((reference) => reference.name)));
    const collectedInPreviousYear = framework.dataElements.filter((element) => element.periods.includes("T-1")).map((element) => element.id);
    expect(collectedInPreviousYear.sort()).toEqual([...readInPreviousYear].sort());
    expect(collectedInPreviousYear.sort()).toEqual(["aeo_count", "alcohol_seizures", "information_requests_received"]);
  });

  it("uses every data element", () => {
    const used = new Set(allFormulas(framework).flatMap((formula) => referencesOf(formula).map((reference) => reference.name)));
    for (const element of framework.dataElements) expect(used.has(element.id), element.id).toBe(true);
  });

  it("checks parts against wholes as errors", () => {
    const rule = framework.validationRules.find((candidate) => candidate.condition === "electronic_declarations <= declarations");
    expect(rule?.severity).toBe("error");
    expect(framework.validationRules.some((candidate) => candidate.severity === "warning")).toBe(true);
  });
});
