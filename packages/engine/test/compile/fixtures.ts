import { parseFramework, parseSubmission, type Framework, type FrameworkInput, type Submission } from "@pmm/model";
import { compileFramework, compileFrameworkOrThrow, type CompileResult, type CompiledFramework } from "./api.js";

type DataElementInput = FrameworkInput["dataElements"][number];
type KpiInput = FrameworkInput["kpis"][number];
type RuleInput = NonNullable<FrameworkInput["validationRules"]>[number];

function element(id: string, kind: DataElementInput["kind"], periods: ("T" | "T-1")[] = ["T"], extra: Partial<DataElementInput> = {}): DataElementInput {
  return { id, name: { en: id.replace(/_/g, " ") }, kind, periods, provenance: "illustrative", ...extra };
}

/** Data elements of the test framework, one or more of every kind. */
export const ELEMENTS: DataElementInput[] = [
  element("declarations", "count"),
  element("electronic_declarations", "count"),
  element("seizures", "count"),
  element("aeo_count", "count", ["T", "T-1"]),
  element("aeo_programme", "yes-no"),
  element("release_hours", "hours"),
  element("appeal_days", "days"),
  element("revenue", "currency"),
  element("revenue_target", "currency"),
  element("paperless_share", "share"),
  element("satisfaction", "number", ["T"], { range: { min: "1", max: "5" } }),
  // Number elements for arithmetic tests: any sign and fraction is allowed.
  element("a", "number"),
  element("b", "number"),
  element("c", "number"),
  element("d", "number"),
  element("e", "number"),
  element("x", "number", ["T", "T-1"]),
  element("z", "number", ["T", "T-1"]),
  element("y", "number"),
];

/** A KPI of the test framework: descriptive, so that it needs no scoring settings. */
export function kpi(id: string, formula: string | undefined, unit: KpiInput["unit"], extra: Partial<KpiInput> = {}): KpiInput {
  return { id, outcome: "o1", name: { en: id }, unit, direction: "descriptive", ...(formula === undefined ? {} : { formula }), provenance: "illustrative", ...extra };
}

/** A validation rule of the test framework. */
export function rule(id: string, condition: string, severity: RuleInput["severity"] = "error", description = `Rule ${id}.`): RuleInput {
  return { id, description: { en: description }, condition, severity, provenance: "illustrative" };
}

/** Builds and parses a one-dimension framework with the given KPIs, rules and data elements. */
export function buildFramework(parts: { kpis: KpiInput[]; rules?: RuleInput[]; elements?: DataElementInput[]; periods?: ("T" | "T-1")[] }): Framework {
  return parseFramework({
    id: "test",
    version: "1.0.0",
    title: { en: "Test framework" },
    provenance: "illustrative",
    ...(parts.periods === undefined ? {} : { periods: parts.periods }),
    dimensions: [{ id: "TF", name: { en: "Trade facilitation" }, provenance: "illustrative" }],
    outcomes: [{ id: "o1", dimension: "TF", name: { en: "Outcome one" }, provenance: "illustrative" }],
    kpis: parts.kpis,
    dataElements: parts.elements ?? ELEMENTS,
    validationRules: parts.rules ?? [],
  });
}

/** Compiles a framework built by {@link buildFramework}. */
export function compileParts(parts: Parameters<typeof buildFramework>[0]): CompileResult {
  return compileFramework(buildFramework(parts));
}

/** Compiles a framework built by {@link buildFramework}, or throws. */
export function compiledParts(parts: Parameters<typeof buildFramework>[0]): CompiledFramework {
  return compileFrameworkOrThrow(buildFramework(parts));
}

/** Parses a submission for administration `administration` with values written as `name[period]: value`. */
export function submission(values: Record<string, string>, extra: { administration?: string; notApplicable?: { kpi: string; reason: string }[]; cycle?: string } = {}): Submission {
  return parseSubmission({
    administration: extra.administration ?? "AA",
    cycle: extra.cycle ?? "c2023",
    values: Object.entries(values).map(([key, value]) => {
      const match = /^(\w+)(?:\[(T|T-1)\])?$/.exec(key);
      if (match === null) throw new Error(`bad key ${key}`);
      return { dataElement: match[1], period: match[2] ?? "T", value };
    }),
    notApplicable: extra.notApplicable ?? [],
  });
}
