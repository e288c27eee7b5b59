import type { z } from "zod";
import { compareDecimalStrings } from "../decimal-compare.js";

interface Identified {
  id: string;
}

interface FrameworkLike {
  periods: readonly string[];
  dimensions: readonly (Identified & { weight: string })[];
  outcomes: readonly (Identified & { dimension: string; weight: string })[];
  kpis: readonly (Identified & {
    outcome: string;
    weight: string;
    direction: string;
    formula?: string | undefined;
    scoring?: { normalisation: Record<string, unknown> } | undefined;
  })[];
  dataElements: readonly (Identified & { periods: readonly string[] })[];
  validationRules: readonly Identified[];
}

/**
 * Cross-checks of a framework that a per-field schema cannot express: unique ids, references,
 * scoring settings, weights and ranges. Each problem is reported at the path of the offending
 * value.
 */
export function checkFrameworkReferences(framework: FrameworkLike, context: z.RefinementCtx): void {
  const report = (path: (string | number)[], message: string, input: unknown): void => {
    context.addIssue({ code: "custom", path, message, input });
  };

  checkUnique("dimensions", framework.dimensions, report);
  checkUnique("outcomes", framework.outcomes, report);
  checkUnique("kpis", framework.kpis, report);
  checkUnique("dataElements", framework.dataElements, report);
  checkUnique("validationRules", framework.validationRules, report);

  const dimensionIds = new Set(framework.dimensions.map((dimension) => dimension.id));
  const outcomeIds = new Set(framework.outcomes.map((outcome) => outcome.id));

  framework.outcomes.forEach((outcome, index) => {
    if (!dimensionIds.has(outcome.dimension)) {
      report(["outcomes", index, "dimension"], `dimension "${outcome.dimension}" does not exist: use one of ${list(dimensionIds)}`, outcome.dimension);
    }
  });
  framework.kpis.forEach((kpi, index) => {
    if (!outcomeIds.has(kpi.outcome)) {
      report(["kpis", index, "outcome"], `expected outcome "${kpi.outcome}" does not exist: use one of ${list(outcomeIds)}`, kpi.outcome);
    }
    if (kpi.direction !== "descriptive" && kpi.formula !== undefined && kpi.scoring === undefined) {
      report(["kpis", index, "scoring"], `KPI "${kpi.id}" is ${kpi.direction} but has no scoring settings: add scoring, or make it descriptive`, undefined);
    }
    checkNormalisationBounds(kpi.scoring?.normalisation, ["kpis", index, "scoring", "normalisation"], report);
  });

  framework.dimensions.forEach((dimension, index) => {
    if (!framework.outcomes.some((outcome) => outcome.dimension === dimension.id)) {
      report(["dimensions", index], `dimension "${dimension.id}" has no expected outcome: add one or remove the dimension`, dimension.id);
    }
  });
  framework.outcomes.forEach((outcome, index) => {
    if (!framework.kpis.some((kpi) => kpi.outcome === outcome.id)) {
      report(["outcomes", index], `expected outcome "${outcome.id}" has no KPI: add one or remove the outcome`, outcome.id);
    }
  });

  checkWeights(["dimensions"], framework.dimensions, "the dimensions", report);
  for (const dimension of framework.dimensions) {
    const children = framework.outcomes.map((outcome, index) => ({ outcome, index })).filter(({ outcome }) => outcome.dimension === dimension.id);
    checkSiblingWeights(children.map(({ outcome, index }) => ({ weight: outcome.weight, path: ["outcomes", index, "weight"] })), `the outcomes of dimension "${dimension.id}"`, report);
  }
  for (const outcome of framework.outcomes) {
    const children = framework.kpis.map((kpi, index) => ({ kpi, index })).filter(({ kpi }) => kpi.outcome === outcome.id && kpi.direction !== "descriptive");
    if (children.length === 0) continue;
    checkSiblingWeights(children.map(({ kpi, index }) => ({ weight: kpi.weight, path: ["kpis", index, "weight"] })), `the scored KPIs of outcome "${outcome.id}"`, report);
  }

  framework.dataElements.forEach((element, index) => {
    element.periods.forEach((period, periodIndex) => {
      if (!framework.periods.includes(period)) {
        report(["dataElements", index, "periods", periodIndex], `period "${period}" is not collected by this framework: add it to the framework's periods ${JSON.stringify(framework.periods)}`, period);
      }
    });
  });
}

type Report = (path: (string | number)[], message: string, input: unknown) => void;

function checkUnique(key: string, items: readonly Identified[], report: Report): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else report([key, index, "id"], `duplicate id "${item.id}", already used by ${key}[${first}]: give each item its own id`, item.id);
  });
}

function checkWeights(path: (string | number)[], items: readonly { weight: string }[], label: string, report: Report): void {
  checkSiblingWeights(items.map((item, index) => ({ weight: item.weight, path: [...path, index, "weight"] })), label, report);
}

function checkSiblingWeights(items: readonly { weight: string; path: (string | number)[] }[], label: string, report: Report): void {
  const first = items[0];
  if (first === undefined) return;
  if (items.every((item) => item.weight === "0")) {
    report(first.path, `the weights of ${label} are all zero: give at least one a positive weight`, first.weight);
  }
}

function checkNormalisationBounds(normalisation: Record<string, unknown> | undefined, path: (string | number)[], report: Report): void {
  if (normalisation === undefined) return;
  const pairs: Record<string, [string, string]> = {
    goalposts: ["lower", "upper"],
    "distance-to-frontier": ["worst", "best"],
    "min-max": ["low", "high"],
  };
  const pair = pairs[String(normalisation.method)];
  if (pair === undefined) return;
  const [lowKey, highKey] = pair;
  const low = normalisation[lowKey];
  const high = normalisation[highKey];
  if (typeof low !== "string" || typeof high !== "string") return;
  if (normalisation.method === "distance-to-frontier" ? low === high : compareDecimalStrings(low, high) >= 0) {
    report(path, `${lowKey} ${low} and ${highKey} ${high} leave no range to normalise over: ${normalisation.method === "distance-to-frontier" ? "make them differ" : `make ${lowKey} smaller than ${highKey}`}`, normalisation);
  }
}

function list(ids: ReadonlySet<string>): string {
  const all = [...ids].map((id) => `"${id}"`);
  return all.length > 8 ? `${all.slice(0, 8).join(", ")}, ...` : all.join(", ");
}
