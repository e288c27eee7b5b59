import { BenchmarkResult, type GroupBenchmark, type MemberEntry } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { benchmarkMeasures, InvalidOptionError } from "../../src/index.js";
import { administration, kpiMeasure } from "./fixtures.js";

// Reference values computed with python3 `statistics` and `decimal` (50 digits):
// values 12, 15, 9, 30, 21 → mean 17.4, median 15, type 7 quartiles 12 and 21,
// sample standard deviation 8.32466215530696476804… → 8.3247 at 4 places.
const administrations = ["A", "B", "C", "D", "E", "F", "G"].map((id) => administration(id));
const values = { A: "12", B: "15", C: "9", D: "30", E: "21", F: null };

function globalGroup(direction: "higher-is-better" | "lower-is-better" | "descriptive", options: Parameters<typeof benchmarkMeasures>[1] = {}): GroupBenchmark {
  const result = benchmarkMeasures(
    { administrations, groups: [{ kind: "global" }], measures: [kpiMeasure("k", values, { direction })] },
    { viewer: { role: "secretariat" }, ...options },
  );
  BenchmarkResult.parse(result);
  return result.measures[0]!.groups[0]!;
}

function member(group: GroupBenchmark, id: string): MemberEntry {
  const entry = group.members.find((candidate) => candidate.administration === id);
  if (entry === undefined) throw new Error(`no entry for ${id}`);
  return entry;
}

describe("group statistics", () => {
  it("matches independent reference values", () => {
    const group = globalGroup("higher-is-better");
    expect(group.counts).toEqual({ members: 7, values: 5, notApplicable: 1, missing: 1, hiddenValues: 0 });
    expect(group.suppression).toBeUndefined();
    expect(group.statistics).toEqual({
      mean: { status: "value", value: "17.4" },
      median: { status: "value", value: "15" },
      q1: { status: "value", value: "12" },
      q3: { status: "value", value: "21" },
      min: { status: "value", value: "9" },
      max: { status: "value", value: "30" },
      sd: { status: "value", value: "8.3247" },
    });
  });

  it("leaves not-applicable and missing members out, never as zero", () => {
    const group = globalGroup("higher-is-better");
    expect(member(group, "F")).toEqual({ administration: "F", status: "not-applicable" });
    expect(member(group, "G")).toEqual({ administration: "G", status: "missing", reason: "no-result" });
    expect(group.statistics.min).toEqual({ status: "value", value: "9" });
  });

  it("uses the population deviation and quantile type on request", () => {
    // python3: statistics.pstdev([12, 15, 9, 30, 21]) = 7.44580418598...; type 6 quartiles
    // at positions 1.5 and 4.5: 10.5 and 25.5.
    const group = globalGroup("higher-is-better", { deviation: "population", quantileType: 6 });
    expect(group.statistics.sd).toEqual({ status: "value", value: "7.4458" });
    expect(group.statistics.q1).toEqual({ status: "value", value: "10.5" });
    expect(group.statistics.q3).toEqual({ status: "value", value: "25.5" });
    expect(group.statistics.median).toEqual({ status: "value", value: "15" });
  });
});

describe("positions", () => {
  it("ranks higher-is-better values best first", () => {
    const group = globalGroup("higher-is-better");
    expect(member(group, "D")).toMatchObject({ status: "value", value: "30", position: { kind: "directed", rank: "1", outOf: 5, percentileRank: "90", quartile: { status: "value", value: "top" } } });
    expect(member(group, "A")).toEqual({
      administration: "A",
      status: "value",
      value: "12",
      position: {
        kind: "directed",
        rank: "4",
        outOf: 5,
        percentileRank: "30",
        gapToMean: { status: "value", value: "5.4" },
        gapToMedian: { status: "value", value: "3" },
        gapToBestQuartile: { status: "value", value: "9" },
        quartile: { status: "value", value: "bottom" },
      },
    });
    expect(member(group, "B")).toMatchObject({ position: { quartile: { status: "value", value: "middle" } } });
  });

  it("ranks lower-is-better values smallest first", () => {
    const group = globalGroup("lower-is-better");
    expect(member(group, "C")).toMatchObject({ position: { kind: "directed", rank: "1", percentileRank: "90", gapToMean: { value: "-8.4" }, gapToBestQuartile: { value: "-3" }, quartile: { value: "top" } } });
    expect(member(group, "A")).toMatchObject({ position: { rank: "2", gapToBestQuartile: { value: "0" }, quartile: { value: "top" } } });
    expect(member(group, "E")).toMatchObject({ position: { rank: "4", gapToBestQuartile: { value: "9" }, quartile: { value: "bottom" } } });
  });

  it("places descriptive values without judgement", () => {
    const group = globalGroup("descriptive");
    expect(member(group, "C")).toEqual({
      administration: "C",
      status: "value",
      value: "9",
      position: { kind: "descriptive", percentileRank: "10", differenceFromMean: { status: "value", value: "-8.4" }, differenceFromMedian: { status: "value", value: "-6" } },
    });
  });

  it("applies the rank method to ties", () => {
    const tied = { A: "10", B: "20", C: "20", D: "30" };
    const rank = (method: "competition" | "dense" | "fractional", id: string) => {
      const result = benchmarkMeasures({ administrations: administrations.slice(0, 4), groups: [{ kind: "global" }], measures: [kpiMeasure("k", tied)] }, { viewer: { role: "secretariat" }, rankMethod: method });
      const entry = member(result.measures[0]!.groups[0]!, id);
      return entry.status === "value" && entry.position.kind === "directed" ? entry.position.rank : undefined;
    };
    expect([rank("competition", "B"), rank("competition", "A")]).toEqual(["2", "4"]);
    expect([rank("dense", "B"), rank("dense", "A")]).toEqual(["2", "3"]);
    expect([rank("fractional", "B"), rank("fractional", "A")]).toEqual(["2.5", "4"]);
  });
});

describe("degenerate groups", () => {
  const run = (group: Record<string, string | null>, publicationMinimum = 1) =>
    benchmarkMeasures(
      { administrations, groups: [{ kind: "global" }], measures: [kpiMeasure("k", group)] },
      { viewer: { role: "secretariat" }, publicationMinimum },
    ).measures[0]!.groups[0]!;

  it("reports an empty group as undefined statistics", () => {
    const group = run({ A: null }, 3);
    expect(group.suppression).toBeUndefined();
    expect(group.counts.values).toBe(0);
    expect(group.statistics.mean).toMatchObject({ status: "undefined", reason: "empty" });
    expect(group.statistics.sd).toMatchObject({ status: "undefined", reason: "empty" });
  });

  it("gives one value its own statistics and no deviation", () => {
    const group = run({ A: "7.5" });
    expect(group.statistics.median).toEqual({ status: "value", value: "7.5" });
    expect(group.statistics.sd).toMatchObject({ status: "undefined", reason: "single-value" });
    expect(member(group, "A")).toMatchObject({ position: { rank: "1", outOf: 1, percentileRank: "50", quartile: { value: "middle" } } });
  });

  it("puts every equal value in the middle band", () => {
    const group = run({ A: "4", B: "4", C: "4" });
    expect(group.statistics.sd).toEqual({ status: "value", value: "0" });
    for (const id of ["A", "B", "C"]) expect(member(group, id)).toMatchObject({ position: { rank: "1", percentileRank: "50", quartile: { value: "middle" } } });
  });

  it("suppresses a group below the publication minimum", () => {
    const group = run({ A: "4", B: "5" }, 3);
    expect(group.suppression).toMatchObject({ reason: "below-publication-minimum" });
    expect(group.statistics.mean).toMatchObject({ status: "suppressed", reason: "below-publication-minimum" });
    expect(member(group, "A")).toMatchObject({ status: "value", value: "4", position: { kind: "suppressed", reason: "below-publication-minimum" } });
  });
});

describe("options", () => {
  it.each([0, -1, 2.5, Number.NaN])("rejects a publication minimum of %s", (publicationMinimum) => {
    expect(() => benchmarkMeasures({ administrations, measures: [] }, { publicationMinimum })).toThrow(InvalidOptionError);
  });

  it("names the option in the error", () => {
    expect(() => benchmarkMeasures({ administrations, measures: [] }, { publicationMinimum: 0 })).toThrow(/publicationMinimum is 0: use a whole number of at least 1/);
  });

  it("rejects an observation of an unknown administration", () => {
    expect(() => benchmarkMeasures({ administrations, measures: [kpiMeasure("k", { Z: "1" })] })).toThrow(/administration "Z", which is not among the administrations/);
  });
});
