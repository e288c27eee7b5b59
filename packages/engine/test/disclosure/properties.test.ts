import type { Administration, BenchmarkResult, PeerGroupDefinition, Viewer, WcoRegion } from "@pmm/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkMeasures, canSee, type MeasureInput, type Observation } from "../../src/index.js";
import { administration } from "../benchmark/fixtures.js";

type Level = "public" | "wco" | "restricted";
const REGIONS: WcoRegion[] = ["Europe", "Asia/Pacific", "West and Central Africa"];

interface Case {
  administrations: Administration[];
  observations: Observation[];
  levels: Map<string, Level>;
  groups: PeerGroupDefinition[];
  viewer: Viewer;
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .array(
    fc.record({
      region: fc.constantFrom(...REGIONS),
      landlocked: fc.boolean(),
      level: fc.constantFrom<Level>("public", "wco", "restricted"),
      value: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 8 }),
      inList: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      viewer: fc.oneof(
        fc.constant<Viewer>({ role: "public" }),
        fc.constant<Viewer>({ role: "wco-member" }),
        fc.integer({ min: 0, max: rows.length - 1 }).map((index): Viewer => ({ role: "administration", administration: `A${index}` })),
      ),
    }),
  )
  .map(({ rows, viewer }) => {
    const administrations = rows.map((row, index) => administration(`A${index}`, { region: row.region, landlocked: row.landlocked }));
    const observations = rows.map((row, index): Observation =>
      row.value === null
        ? { administration: `A${index}`, status: "not-applicable", disclosure: row.level }
        : { administration: `A${index}`, status: "value", value: String(row.value), disclosure: row.level },
    );
    const listed = rows.flatMap((row, index) => (row.inList ? [`A${index}`] : []));
    const groups: PeerGroupDefinition[] = [
      { kind: "global" },
      ...REGIONS.map((region): PeerGroupDefinition => ({ kind: "region", region })),
      { kind: "attribute", attribute: "landlocked", value: true },
      { kind: "attribute", attribute: "landlocked", value: false },
      ...(listed.length > 0 ? [{ kind: "list", id: "chosen", label: "Chosen", administrations: listed } satisfies PeerGroupDefinition] : []),
    ];
    return { administrations, observations, levels: new Map(rows.map((row, index) => [`A${index}`, row.level])), groups, viewer };
  });

function measure(observations: Observation[]): MeasureInput {
  return { measure: { kind: "kpi-value", kpi: "k" }, label: "k", unit: "percent", direction: "higher-is-better", observations };
}

function benchmark(testCase: Case, publicationMinimum = 1): BenchmarkResult {
  return benchmarkMeasures(
    { administrations: testCase.administrations, groups: testCase.groups, measures: [measure(testCase.observations)] },
    { viewer: testCase.viewer, publicationMinimum },
  );
}

/**
 * Looks for a combination, with coefficients −1, 0 or 1, of the published group sums whose
 * hidden part is one or two administrations: the mean and n give each group's sum, so such a
 * combination would recover a hidden value (or a pair, with the standard deviation).
 */
function findRecovery(result: BenchmarkResult, testCase: Case): number[] | undefined {
  const isHidden = (id: string) => !canSee(testCase.viewer, id, testCase.levels.get(id) ?? "wco");
  const hasValue = new Set(testCase.observations.filter((observation) => observation.status === "value").map((observation) => observation.administration));
  const published = result.measures[0]!.groups
    .filter((group) => group.statistics.mean.status === "value")
    .map((group) => result.groups.find((candidate) => candidate.id === group.group)!.members.filter((id) => hasValue.has(id) && isHidden(id)));
  const hiddenIds = [...new Set(published.flat())];
  const combinations = 3 ** published.length;
  for (let code = 1; code < combinations; code++) {
    const coefficients = published.map((_, index) => (Math.floor(code / 3 ** index) % 3) - 1);
    const weights = new Map<string, number>();
    published.forEach((members, index) => {
      for (const id of members) weights.set(id, (weights.get(id) ?? 0) + (coefficients[index] as number));
    });
    const support = hiddenIds.filter((id) => (weights.get(id) ?? 0) !== 0);
    if (support.length === 1 || support.length === 2) return coefficients;
  }
  return undefined;
}

describe("disclosure properties", () => {
  it("never shows a value the viewer may not see", () => {
    fc.assert(
      fc.property(caseArbitrary, (testCase) => {
        const result = benchmark(testCase);
        for (const group of result.measures[0]!.groups) {
          for (const entry of group.members) {
            const visible = canSee(testCase.viewer, entry.administration, testCase.levels.get(entry.administration) ?? "wco");
            if (!visible) expect(entry).toEqual({ administration: entry.administration, status: "withheld" });
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("publishes statistics only with none or three hidden values", () => {
    fc.assert(
      fc.property(caseArbitrary, (testCase) => {
        for (const group of benchmark(testCase).measures[0]!.groups) {
          if (group.statistics.mean.status === "value") expect(group.counts.hiddenValues === 0 || group.counts.hiddenValues >= 3).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("lets no combination of group means isolate a hidden value", () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 1, max: 3 }), (testCase, publicationMinimum) => {
        const result = benchmark(testCase, publicationMinimum);
        expect(findRecovery(result, testCase)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("reaches the hidden value when the audit is bypassed", () => {
    // The checker must be able to fail: the global group and a region without its last member.
    const testCase: Case = {
      administrations: ["A0", "A1", "A2", "A3"].map((id, index) => administration(id, { region: index < 3 ? "Europe" : "Asia/Pacific" })),
      observations: ["A0", "A1", "A2", "A3"].map((id) => ({ administration: id, status: "value", value: "5", disclosure: "wco" })),
      levels: new Map(["A0", "A1", "A2", "A3"].map((id) => [id, "wco" as Level])),
      groups: [{ kind: "global" }, { kind: "region", region: "Europe" }],
      viewer: { role: "public" },
    };
    const result = benchmark(testCase);
    const bypassed = structuredClone(result);
    bypassed.measures[0]!.groups[1]!.statistics.mean = { status: "value", value: "5" };
    expect(findRecovery(bypassed, testCase)).toEqual([1, -1]);
    expect(findRecovery(result, testCase)).toBeUndefined();
  });
});
