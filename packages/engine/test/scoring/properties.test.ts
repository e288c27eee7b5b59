import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KpiResult, NodeScore, ScoreResult } from "@pmm/model";
import { scoreCycle } from "../../src/index.js";
import { fixture, missingData, notApplicable, valueResult, variant } from "./fixture.js";

const SCORED_KPIS = ["k1", "k2", "k3", "k4", "k5"] as const;
const ADMINISTRATIONS = ["a0", "a1", "a2", "a3", "a4", "a5"];

type Cell = { kind: "value"; value: number } | { kind: "not-applicable" } | { kind: "missing" };
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2000, max: 12_000 }).map((value) => ({ kind: "value" as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: "not-applicable" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "missing" as const }) },
);

/** Cells per administration and scored KPI, plus national targets for k5. */
const cycle = fc.record({
  count: fc.integer({ min: 1, max: ADMINISTRATIONS.length }),
  cells: fc.array(fc.array(cell, { minLength: SCORED_KPIS.length, maxLength: SCORED_KPIS.length }), { minLength: ADMINISTRATIONS.length, maxLength: ADMINISTRATIONS.length }),
  targets: fc.array(fc.option(fc.integer({ min: 3000, max: 10_000 }), { nil: undefined }), { minLength: ADMINISTRATIONS.length, maxLength: ADMINISTRATIONS.length }),
});
type Cycle = { count: number; cells: Cell[][]; targets: (number | undefined)[] };

function toResults(data: Cycle): KpiResult[] {
  const results: KpiResult[] = [];
  for (let a = 0; a < data.count; a++) {
    const administration = ADMINISTRATIONS[a] as string;
    SCORED_KPIS.forEach((kpi, k) => {
      const entry = data.cells[a]?.[k] as Cell;
      if (entry.kind === "value") results.push(valueResult(administration, kpi, String(entry.value / 100)));
      else if (entry.kind === "not-applicable") results.push(notApplicable(administration, kpi));
      else results.push(missingData(administration, kpi));
    });
  }
  return results;
}

function toSubmissions(data: Cycle): { administration: string; nationalTargets: Record<string, string> }[] {
  return ADMINISTRATIONS.slice(0, data.count).map((administration, a) => {
    const target = data.targets[a];
    return { administration, nationalTargets: target === undefined ? {} : { k5: String(target / 100) } };
  });
}

function nodesOf(result: ScoreResult, administration: string): NodeScore[] {
  return [...result.outcomes, ...result.dimensions, ...result.overall].filter((score) => score.administration === administration);
}

function comparable(score: NodeScore): unknown {
  // Weights are left out: the KPI removed from the framework has none to report.
  return score.status === "scored" ? { node: score.node, score: score.score, coverage: score.coverage } : { node: score.node, status: score.status };
}

describe("scoreCycle properties", () => {
  it("keeps every score within 0–100", () => {
    fc.assert(
      fc.property(cycle, (data) => {
        const result = scoreCycle(fixture, toResults(data), { submissions: toSubmissions(data) });
        for (const score of [...result.kpis, ...result.outcomes, ...result.dimensions, ...result.overall]) {
          if (score.status !== "scored") continue;
          expect(Number(score.score)).toBeGreaterThanOrEqual(0);
          expect(Number(score.score)).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("ignores the order of results", () => {
    fc.assert(
      fc.property(cycle, fc.integer(), (data, seed) => {
        const results = toResults(data);
        const shuffled = results.map((result, index) => ({ result, key: Math.sin(seed + index * 7919) })).sort((a, b) => a.key - b.key).map(({ result }) => result);
        const submissions = toSubmissions(data);
        const forward = JSON.stringify(scoreCycle(fixture, results, { submissions }));
        const backward = JSON.stringify(scoreCycle(fixture, shuffled, { submissions: [...submissions].reverse() }));
        expect(backward).toBe(forward);
      }),
    );
  });

  it("never lowers the score of a better value", () => {
    fc.assert(
      fc.property(cycle, fc.integer({ min: 0, max: ADMINISTRATIONS.length - 1 }), fc.constantFrom(...SCORED_KPIS), fc.integer({ min: 1, max: 5000 }), (data, a, kpi, step) => {
        const k = SCORED_KPIS.indexOf(kpi);
        const entry = data.cells[a]?.[k];
        if (a >= data.count || entry?.kind !== "value") return;
        const improved = structuredClone(data);
        const better = kpi === "k2" ? entry.value - step : entry.value + step;
        (improved.cells[a] as Cell[])[k] = { kind: "value", value: better };

        const administration = ADMINISTRATIONS[a] as string;
        const before = scoreCycle(fixture, toResults(data), { submissions: toSubmissions(data) });
        const after = scoreCycle(fixture, toResults(improved), { submissions: toSubmissions(improved) });
        const kpiBefore = before.kpis.find((score) => score.administration === administration && score.kpi === kpi);
        const kpiAfter = after.kpis.find((score) => score.administration === administration && score.kpi === kpi);
        if (kpiBefore?.status !== "scored" || kpiAfter?.status !== "scored") return;
        expect(Number(kpiAfter.score)).toBeGreaterThanOrEqual(Number(kpiBefore.score));

        // Only this KPI score changed for the administration, so its arithmetic means cannot fall.
        const nodesAfter = nodesOf(after, administration);
        for (const nodeBefore of nodesOf(before, administration)) {
          const nodeAfter = nodesAfter.find((score) => score.level === nodeBefore.level && score.node === nodeBefore.node);
          if (nodeBefore.status !== "scored" || nodeAfter?.status !== "scored") continue;
          expect(Number(nodeAfter.score), `${nodeBefore.level} ${nodeBefore.node}`).toBeGreaterThanOrEqual(Number(nodeBefore.score));
        }
      }),
    );
  });

  it("scores a not-applicable KPI as if it were removed", () => {
    fc.assert(
      fc.property(cycle, fc.integer({ min: 0, max: ADMINISTRATIONS.length - 1 }), fc.constantFrom("k1", "k2", "k3", "k4"), (data, a, kpi) => {
        if (a >= data.count) return;
        const administration = ADMINISTRATIONS[a] as string;
        const results = toResults(data).filter((result) => !(result.administration === administration && result.kpi === kpi));
        const submissions = toSubmissions(data);

        const withNotApplicable = scoreCycle(fixture, [...results, notApplicable(administration, kpi)], { submissions });
        const withoutKpi = variant((input) => ({ ...input, kpis: input.kpis.filter((entry) => entry.id !== kpi) }));
        const removed = scoreCycle(
          withoutKpi,
          results.filter((result) => result.kpi !== kpi),
          { submissions },
        );
        expect(nodesOf(withNotApplicable, administration).map(comparable)).toEqual(nodesOf(removed, administration).map(comparable));
      }),
    );
  });
});
