import { checkDataValue, suggestName, type DataValueProblem, type Period, type Submission } from "@pmm/model";
import type { CompiledFramework } from "../compile/compile-framework.js";
import { Failure, MissingData, Trace } from "../compile/outcome.js";
import { missingSlots } from "../compute/kpi-result.js";
import { formatNumber } from "../compute/explain.js";
import { prepareSubmission, type PreparedSubmission } from "../compute/prepare.js";
import type { FindingValue, ValidationFinding } from "./findings.js";

/**
 * Validates one submission against a compiled framework and returns every finding, in a fixed
 * order that does not depend on the order of the submitted values:
 *
 * 1. values that are not decimals, or are given twice (errors);
 * 2. built-in checks of each value against its data element, with `checkDataValue` from
 *    `@pmm/model` (errors; a period the element does not collect is a warning);
 * 3. values of unknown data elements (warnings, with a "did you mean" hint in the message);
 * 4. not-applicable declarations of unknown KPIs (warnings) or of KPIs that do not allow it (errors);
 * 5. the framework's validation rules, in framework order. A rule that does not hold gives a
 *    finding with the rule's own severity. A rule that cannot be checked, because a value it
 *    reads is missing or because it has no value, gives an `info` finding of kind `rule-skipped`;
 * 6. values that a KPI needs but that are missing (warnings), one finding per value, naming the
 *    KPIs that need it. KPIs declared not applicable, or whose applicability condition is false,
 *    need nothing, and a value behind an `if` branch that is not taken is not needed.
 *
 * An error blocks only the KPIs that read the faulty values: `computeKpis` gives them the status
 * `invalid`. Warnings and info block nothing.
 *
 * @param compiled - The compiled framework.
 * @param submission - A parsed submission.
 * @returns The findings; an empty array when the submission is clean.
 * @throws {@link PmmEngineError} (`invalid-input`) when `compiled` or `submission` is not what `compileFramework` and `parseSubmission` return.
 * @example
 * ```ts
 * const findings = validateSubmission(compiled, parseSubmission(json));
 * for (const finding of findings) console.log(finding.severity, finding.rule, finding.message);
 * ```
 */
export function validateSubmission(compiled: CompiledFramework, submission: Submission): ValidationFinding[] {
  return validatePrepared(compiled, prepareSubmission(compiled, submission));
}

/** Validates a submission that `prepareSubmission` has already laid out. */
export function validatePrepared(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  return [
    ...checkUnusableValues(compiled, data),
    ...checkValues(compiled, data),
    ...checkUnknownElements(compiled, data),
    ...checkDeclarations(compiled, data),
    ...checkRules(compiled, data),
    ...checkMissingValues(compiled, data),
  ];
}

function finding(data: PreparedSubmission, fields: Omit<ValidationFinding, "administration" | "dataElements" | "period">): ValidationFinding {
  const dataElements = [...new Set(fields.values.map((value) => value.dataElement))];
  const periods = new Set(fields.values.map((value) => value.period));
  const [period] = periods;
  const shared = periods.size === 1 && (period === "T" || period === "T-1") ? { period: period as Period } : {};
  return { kind: fields.kind, severity: fields.severity, rule: fields.rule, administration: data.administration, dataElements, ...shared, values: fields.values, ...(fields.kpis === undefined ? {} : { kpis: fields.kpis }), message: fields.message };
}

/** Says which values a rule could not read: those not submitted, and those submitted but unusable. */
function absentValues(compiled: CompiledFramework, data: PreparedSubmission, slots: readonly number[]): string {
  const missing = slots.filter((slot) => !data.unusable.has(slot)).map((slot) => nameOf(compiled, slot));
  const unusable = slots.filter((slot) => data.unusable.has(slot)).map((slot) => nameOf(compiled, slot));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing`);
  if (unusable.length > 0) parts.push(`${unusable.join(", ")} ${unusable.length === 1 ? "is" : "are"} given twice or not a decimal`);
  return parts.join(", and ");
}

function checkUnusableValues(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (let slot = 0; slot < compiled.slots.size; slot++) {
    const reference = compiled.slots.referenceOf(slot);
    const name = `${reference.dataElement}[${reference.period}]`;
    const duplicates = data.duplicates.get(slot);
    if (duplicates !== undefined) {
      findings.push(finding(data, { kind: "duplicate-value", severity: "error", rule: "duplicate-value", values: duplicates.map((value) => ({ ...reference, value })), message: `${name} is given ${duplicates.length} times (${duplicates.join(", ")}): keep one value` }));
    } else if (data.unusable.has(slot)) {
      const value = data.texts[slot] ?? "";
      findings.push(finding(data, { kind: "invalid-value", severity: "error", rule: "invalid-value", values: [{ ...reference, value }], message: `${name} is ${JSON.stringify(value)}, which is not a decimal number: send digits with an optional sign and point, such as "1250" or "98.1"` }));
    }
  }
  for (const item of data.unplaced) {
    if (item.problem !== "invalid-period") continue;
    findings.push(finding(data, { kind: "invalid-value", severity: "error", rule: "invalid-value", values: [{ dataElement: item.dataElement, period: item.period, value: item.value }], message: `${item.dataElement} is given for period ${JSON.stringify(item.period)}: use "T" for the reporting year or "T-1" for the year before` }));
  }
  return findings;
}

function checkValues(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (let slot = 0; slot < compiled.slots.size; slot++) {
    const value = data.texts[slot];
    if (value === undefined || data.unusable.has(slot)) continue;
    const reference = compiled.slots.referenceOf(slot);
    const element = compiled.dataElements.get(reference.dataElement);
    if (element === undefined) continue;
    for (const problem of checkDataValue(element, reference.period, value) as DataValueProblem[]) {
      const severity = problem.code === "period-not-collected" ? "warning" : "error";
      findings.push(finding(data, { kind: "data-value", severity, rule: `data-value.${problem.code}`, values: [{ ...reference, value }], message: problem.message }));
    }
  }
  return findings;
}

function checkUnknownElements(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  const unknown = data.unplaced.filter((item) => item.problem === "unknown-data-element");
  unknown.sort((a, b) => compareText(a.dataElement, b.dataElement) || compareText(a.period, b.period) || compareText(a.value, b.value));
  return unknown.map((item) => {
    const suggestion = suggestName(item.dataElement, compiled.dataElements.keys());
    const hint = suggestion === undefined ? "remove the value, or add the data element to the framework" : `did you mean "${suggestion}"?`;
    return finding(data, { kind: "unknown-data-element", severity: "warning", rule: "unknown-data-element", values: [{ dataElement: item.dataElement, period: item.period, value: item.value }], message: `"${item.dataElement}" is not a data element of this framework, so its value is not used: ${hint}` });
  });
}

function checkDeclarations(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const known = new Map(compiled.kpis.map((entry) => [entry.kpi.id, entry.kpi]));
  const unknown = [...data.notApplicable.keys()].filter((id) => !known.has(id)).sort(compareText);
  for (const id of unknown) {
    findings.push(finding(data, { kind: "unknown-kpi", severity: "warning", rule: "unknown-kpi", values: [], kpis: [id], message: `KPI "${id}" is declared not applicable, but the framework has no such KPI: remove the declaration or correct the id` }));
  }
  for (const { kpi } of compiled.kpis) {
    if (!data.notApplicable.has(kpi.id) || kpi.allowNotApplicable) continue;
    findings.push(finding(data, { kind: "not-applicable-not-allowed", severity: "error", rule: "not-applicable-not-allowed", values: [], kpis: [kpi.id], message: `KPI "${kpi.id}" may not be declared not applicable, so the declaration is ignored and the KPI is computed: submit its data instead` }));
  }
  return findings;
}

function checkRules(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  for (const { rule, condition } of compiled.validationRules) {
    const trace = new Trace();
    const holds = condition.evaluateFrame({ values: data.values, trace });
    if (holds === true) continue;
    const read = trace.reads.map((slot): FindingValue => {
      const reference = compiled.slots.referenceOf(slot);
      const value = data.texts[slot];
      return value === undefined ? reference : { ...reference, value };
    });
    const description = rule.description.en.replace(/\.\s*$/, "");
    if (holds instanceof Failure) {
      const reason = holds instanceof MissingData ? absentValues(compiled, data, holds.slots) : (holds as Failure & { message: string }).message;
      findings.push(finding(data, { kind: "rule-skipped", severity: "info", rule: rule.id, values: read, message: `rule "${rule.id}" (${description}) was not checked: ${reason}` }));
      continue;
    }
    const shown = read.filter((value) => value.value !== undefined).map((value) => `${value.dataElement}[${value.period}] = ${formatNumber(value.value!)}`);
    findings.push(finding(data, { kind: "rule", severity: rule.severity, rule: rule.id, values: read.filter((value) => value.value !== undefined), message: `${description}: ${condition.source} does not hold${shown.length === 0 ? "" : `, with ${shown.join(" and ")}`}` }));
  }
  return findings;
}

function checkMissingValues(compiled: CompiledFramework, data: PreparedSubmission): ValidationFinding[] {
  const needs = new Map<number, string[]>();
  for (const entry of compiled.kpis) {
    for (const slot of missingSlots(entry, data)) {
      if (data.unusable.has(slot)) continue;
      needs.set(slot, [...(needs.get(slot) ?? []), entry.kpi.id]);
    }
  }
  return [...needs.entries()]
    .sort(([a], [b]) => a - b)
    .map(([slot, kpis]) => {
      const reference = compiled.slots.referenceOf(slot);
      const noun = kpis.length === 1 ? "KPI" : "KPIs";
      return finding(data, { kind: "missing-value", severity: "warning", rule: "missing-value", values: [reference], kpis, message: `${nameOf(compiled, slot)} is missing, so ${noun} ${kpis.join(", ")} cannot be computed: submit it, or declare the ${noun} not applicable` });
    });
}

function nameOf(compiled: CompiledFramework, slot: number): string {
  const reference = compiled.slots.referenceOf(slot);
  return `${reference.dataElement}[${reference.period}]`;
}

function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
