import { checkDataValue } from "../data-value-checks.js";
import type { ModelProblem } from "../errors.js";
import type { Framework } from "../framework/framework.js";
import { DataElementId, Id } from "../primitives.js";
import { DataValue } from "../submission.js";
import { indexFramework, isRecord, problemAt, unknownIdMessage, type FrameworkIndex } from "./framework-index.js";

/**
 * Checks a submission document against a framework: every data element and KPI it names must
 * exist, not-applicable declarations must be allowed by the KPI, and every value must pass
 * {@link checkDataValue}.
 *
 * It reads the raw input, so that these problems are found even when other parts of the
 * document have structural problems. Entries that are themselves malformed are left to the
 * structural parse, which reports them.
 */
export function checkSubmissionAgainstFramework(input: unknown, framework: Framework): ModelProblem[] {
  if (!isRecord(input)) return [];
  const index = indexFramework(framework);
  return [
    ...checkValues(input.values, index),
    ...checkNotApplicable(input.notApplicable, index),
    ...checkKpiKeys("disclosure", input.disclosure, index),
    ...checkKpiKeys("nationalTargets", input.nationalTargets, index),
  ];
}

function checkValues(values: unknown, index: FrameworkIndex): ModelProblem[] {
  if (!Array.isArray(values)) return [];
  const problems: ModelProblem[] = [];

  values.forEach((entry: unknown, position) => {
    if (!isRecord(entry)) return;
    const name = entry.dataElement;
    if (!DataElementId.safeParse(name).success || typeof name !== "string") return;

    const element = index.dataElements.get(name);
    if (element === undefined) {
      problems.push(problemAt(["values", position, "dataElement"], "unknown-data-element", unknownIdMessage("data element", name, index.dataElements.keys(), index.label), name));
      return;
    }

    const parsed = DataValue.safeParse(entry);
    if (!parsed.success) return;
    for (const problem of checkDataValue(element, parsed.data.period, parsed.data.value)) {
      const field = problem.code === "period-not-collected" ? "period" : "value";
      problems.push(problemAt(["values", position, field], problem.code, problem.message, entry[field]));
    }
  });
  return problems;
}

function checkNotApplicable(declarations: unknown, index: FrameworkIndex): ModelProblem[] {
  if (!Array.isArray(declarations)) return [];
  const problems: ModelProblem[] = [];

  declarations.forEach((declaration: unknown, position) => {
    if (!isRecord(declaration)) return;
    const kpiId = declaration.kpi;
    if (typeof kpiId !== "string" || !Id.safeParse(kpiId).success) return;

    const kpi = index.kpis.get(kpiId);
    const path = ["notApplicable", position, "kpi"];
    if (kpi === undefined) {
      problems.push(problemAt(path, "unknown-kpi", unknownIdMessage("KPI", kpiId, index.kpis.keys(), index.label), kpiId));
    } else if (kpi.allowNotApplicable === false) {
      problems.push(problemAt(path, "not-applicable-not-allowed", `KPI "${kpiId}" may not be declared not applicable in ${index.label}: submit its data instead`, kpiId));
    }
  });
  return problems;
}

function checkKpiKeys(field: "disclosure" | "nationalTargets", record: unknown, index: FrameworkIndex): ModelProblem[] {
  if (!isRecord(record)) return [];
  return Object.keys(record)
    .filter((kpiId) => Id.safeParse(kpiId).success && !index.kpis.has(kpiId))
    .map((kpiId) => problemAt([field, kpiId], "unknown-kpi", unknownIdMessage("KPI", kpiId, index.kpis.keys(), index.label), kpiId));
}
