import { checkDataValue } from "../data-value-checks.js";
import type { ModelProblem } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { DataElementId, Id } from "../primitives.js";
import { AdjustedValue } from "../peer-review.js";
import { indexFramework, isRecord, problemAt, unknownIdMessage, type FrameworkIndex } from "./framework-index.js";

/**
 * Checks a peer review document against a framework: the dimensions and KPIs of its findings
 * and the data elements of its adjusted values must exist, and each adjusted value must pass
 * {@link checkDataValue}. Like the submission checks, it reads the raw input and leaves
 * malformed entries to the structural parse.
 */
export function checkPeerReviewAgainstFramework(input: unknown, framework: Framework): ModelProblem[] {
  if (!isRecord(input)) return [];
  const index = indexFramework(framework);
  return [...checkFindings(input.findings, index), ...checkAdjustedValues(input.adjustedValues, index)];
}

function checkFindings(findings: unknown, index: FrameworkIndex): ModelProblem[] {
  if (!Array.isArray(findings)) return [];
  const problems: ModelProblem[] = [];

  findings.forEach((finding: unknown, position) => {
    if (!isRecord(finding)) return;
    if (finding.scope === "dimension" && isId(finding.dimension) && !index.dimensionIds.has(finding.dimension)) {
      const message = unknownIdMessage("dimension", finding.dimension, index.dimensionIds, index.label);
      problems.push(problemAt(["findings", position, "dimension"], "unknown-dimension", message, finding.dimension));
    }
    if (finding.scope === "kpi" && isId(finding.kpi) && !index.kpis.has(finding.kpi)) {
      const message = unknownIdMessage("KPI", finding.kpi, index.kpis.keys(), index.label);
      problems.push(problemAt(["findings", position, "kpi"], "unknown-kpi", message, finding.kpi));
    }
  });
  return problems;
}

function checkAdjustedValues(adjustments: unknown, index: FrameworkIndex): ModelProblem[] {
  if (!Array.isArray(adjustments)) return [];
  const problems: ModelProblem[] = [];

  adjustments.forEach((entry: unknown, position) => {
    if (!isRecord(entry) || typeof entry.dataElement !== "string" || !DataElementId.safeParse(entry.dataElement).success) return;
    const element = index.dataElements.get(entry.dataElement);
    if (element === undefined) {
      const message = unknownIdMessage("data element", entry.dataElement, index.dataElements.keys(), index.label);
      problems.push(problemAt(["adjustedValues", position, "dataElement"], "unknown-data-element", message, entry.dataElement));
      return;
    }

    const parsed = AdjustedValue.safeParse(entry);
    if (!parsed.success) return;
    for (const problem of checkDataValue(element, parsed.data.period, parsed.data.adjustedValue)) {
      const field = problem.code === "period-not-collected" ? "period" : "adjustedValue";
      problems.push(problemAt(["adjustedValues", position, field], problem.code, problem.message, entry[field]));
    }
  });
  return problems;
}

function isId(value: unknown): value is string {
  return typeof value === "string" && Id.safeParse(value).success;
}
