import { BenchmarkResult, type Administration, type Viewer } from "@pmm/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkMeasures, standardPeerGroups, type MeasureInput, type Observation } from "../../src/index.js";
import { administration } from "./fixtures.js";

const rowArbitrary = fc.record({
  region: fc.constantFrom("Europe", "Asia/Pacific", "East and Southern Africa" as const),
  incomeGroup: fc.constantFrom("low", "high" as const),
  smallIsland: fc.boolean(),
  level: fc.constantFrom("public", "wco", "restricted" as const),
  value: fc.option(fc.integer({ min: -500, max: 500 }).map((cents) => (cents / 4).toString()), { freq: 6 }),
  score: fc.option(fc.integer({ min: 0, max: 100 }).map(String), { freq: 6 }),
});

type Row = typeof rowArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(rows: readonly Row[]) {
  const administrations: Administration[] = rows.map((row, index) =>
    administration(`X${String(index).padStart(2, "0")}`, { region: row.region, incomeGroup: row.incomeGroup, smallIsland: row.smallIsland }),
  );
  const observe = (pick: (row: Row) => string | null) =>
    rows.map((row, index): Observation => {
      const value = pick(row);
      const id = `X${String(index).padStart(2, "0")}`;
      return value === null ? { administration: id, status: "missing", reason: "missing-data", disclosure: row.level } : { administration: id, status: "value", value, disclosure: row.level };
    });
  const measures: MeasureInput[] = [
    { measure: { kind: "kpi-value", kpi: "release" }, label: "Release time", unit: "hours", direction: "lower-is-better", observations: observe((row) => row.value) },
    { measure: { kind: "score", level: "outcome", node: "clearance" }, label: "Clearance", unit: "score", direction: "higher-is-better", observations: observe((row) => row.score) },
    { measure: { kind: "kpi-value", kpi: "ecommerce" }, label: "E-commerce share", unit: "percent", direction: "descriptive", observations: observe((row) => row.score) },
  ];
  return { administrations, measures };
}

const viewerArbitrary = fc.constantFrom<Viewer>({ role: "public" }, { role: "wco-member" }, { role: "secretariat" }, { role: "administration", administration: "X00" });

function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: keys[index % Math.max(keys.length, 1)] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}

describe("benchmark properties", () => {
  it("gives the same JSON whatever the input order", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 15 }), fc.array(fc.integer(), { minLength: 1, maxLength: 15 }), viewerArbitrary, (rows, keys, viewer) => {
        const { administrations, measures } = build(rows);
        const groups = standardPeerGroups(administrations);
        const original = benchmarkMeasures({ administrations, groups, measures }, { viewer });
        const permuted = benchmarkMeasures(
          {
            administrations: shuffle(administrations, keys),
            groups,
            measures: measures.map((measure) => ({ ...measure, observations: shuffle(measure.observations, [...keys].reverse()) })),
          },
          { viewer },
        );
        expect(JSON.stringify(permuted)).toBe(JSON.stringify(original));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("keeps percentile ranks within 0 to 100 and ranks within n", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 15 }), viewerArbitrary, (rows, viewer) => {
        const { administrations, measures } = build(rows);
        const result = benchmarkMeasures({ administrations, measures }, { viewer, publicationMinimum: 1 });
        for (const measure of result.measures) {
          for (const group of measure.groups) {
            for (const entry of group.members) {
              if (entry.status !== "value" || entry.position.kind === "suppressed") continue;
              const percentile = Number(entry.position.percentileRank);
              expect(percentile).toBeGreaterThanOrEqual(0);
              expect(percentile).toBeLessThanOrEqual(100);
              if (entry.position.kind === "directed") {
                expect(Number(entry.position.rank)).toBeGreaterThanOrEqual(1);
                expect(Number(entry.position.rank)).toBeLessThanOrEqual(group.counts.values);
              }
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("produces output that parses with the result schema", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 10 }), viewerArbitrary, (rows, viewer) => {
        const { administrations, measures } = build(rows);
        const result = benchmarkMeasures({ administrations, measures }, { viewer });
        expect(BenchmarkResult.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
