import type { GroupBenchmark, MemberEntry, PeerGroupDefinition, Viewer } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { auditRecovery, benchmarkMeasures, canSee, strictestDisclosure } from "../../src/index.js";
import { administration, kpiMeasure } from "../benchmark/fixtures.js";

type Level = "public" | "wco" | "restricted";

function run(
  values: Record<string, string>,
  disclosure: Record<string, Level>,
  viewer: Viewer,
  groups: PeerGroupDefinition[] = [{ kind: "global" }],
  administrations = Object.keys(values).map((id) => administration(id)),
) {
  const result = benchmarkMeasures({ administrations, groups, measures: [kpiMeasure("k", values, { disclosure, disclosureDefault: "wco" })] }, { viewer });
  return { result, json: JSON.stringify(result), groups: result.measures[0]!.groups };
}

function entry(group: GroupBenchmark, id: string): MemberEntry {
  return group.members.find((candidate) => candidate.administration === id)!;
}

describe("visibility", () => {
  it.each<[Viewer, Level, boolean]>([
    [{ role: "public" }, "public", true],
    [{ role: "public" }, "wco", false],
    [{ role: "public" }, "restricted", false],
    [{ role: "wco-member" }, "wco", true],
    [{ role: "wco-member" }, "restricted", false],
    [{ role: "secretariat" }, "restricted", true],
    [{ role: "administration", administration: "A" }, "restricted", true],
    [{ role: "administration", administration: "B" }, "restricted", false],
    [{ role: "administration", administration: "B" }, "wco", true],
  ])("viewer %j sees %s of A: %s", (viewer, level, expected) => {
    expect(canSee(viewer, "A", level)).toBe(expected);
  });

  it("combines levels to the strictest", () => {
    expect(strictestDisclosure(["public", "wco"])).toBe("wco");
    expect(strictestDisclosure(["public", "restricted", "wco"])).toBe("restricted");
    expect(strictestDisclosure([])).toBe("public");
  });
});

describe("hidden values in one group", () => {
  const values = { A: "10", B: "20", C: "30", D: "77.77" };

  it("suppresses a group with one hidden value", () => {
    // With n = 4 and the mean 34.4425, 4 × mean − (10 + 20 + 30) would give D's 77.77.
    const { groups, json } = run(values, { A: "public", B: "public", C: "public", D: "restricted" }, { role: "wco-member" });
    expect(groups[0]!.suppression).toMatchObject({ reason: "too-few-hidden-values" });
    expect(groups[0]!.statistics.mean).toMatchObject({ status: "suppressed" });
    expect(entry(groups[0]!, "D")).toEqual({ administration: "D", status: "withheld" });
    expect(json).not.toContain("77.77");
    expect(json).not.toContain("34.44");
  });

  it("suppresses a group with two hidden values", () => {
    // The mean and the standard deviation would give the pair {30, 77.77}.
    const { groups, json } = run(values, { A: "public", B: "public", C: "wco", D: "wco" }, { role: "public" });
    expect(groups[0]!.suppression).toMatchObject({ reason: "too-few-hidden-values" });
    expect(json).not.toContain("77.77");
    expect(entry(groups[0]!, "A")).toMatchObject({ status: "value", value: "10", position: { kind: "suppressed", reason: "too-few-hidden-values" } });
  });

  it("publishes the mean with three hidden values", () => {
    const { groups } = run(values, { A: "public", B: "wco", C: "wco", D: "wco" }, { role: "public" });
    expect(groups[0]!.suppression).toBeUndefined();
    expect(groups[0]!.counts.hiddenValues).toBe(3);
    expect(groups[0]!.statistics.mean).toEqual({ status: "value", value: "34.4425" });
    expect(entry(groups[0]!, "A")).toMatchObject({ status: "value", position: { kind: "directed", rank: "4", gapToMean: { value: "24.4425" } } });
  });

  it("withholds a minimum or maximum held by a hidden value", () => {
    // D's 77.77 is the maximum and B, C are hidden too: the maximum would be D's value.
    const { groups, json } = run(values, { A: "public", B: "wco", C: "wco", D: "wco" }, { role: "public" });
    expect(groups[0]!.statistics.max).toMatchObject({ status: "suppressed", reason: "depends-on-hidden-value" });
    expect(groups[0]!.statistics.min).toEqual({ status: "value", value: "10" });
    // Median of four values interpolates between B and C, both hidden.
    expect(groups[0]!.statistics.median).toMatchObject({ status: "suppressed", reason: "depends-on-hidden-value" });
    expect(json).not.toContain("77.77");
  });

  it("publishes an order statistic tied with a visible value", () => {
    // The maximum 30 is held by hidden C and visible D alike, so it reveals nothing hidden.
    const tied = { A: "10", B: "20", C: "30", D: "30", E: "5" };
    const { groups } = run(tied, { A: "wco", B: "wco", C: "wco", D: "public", E: "wco" }, { role: "public" });
    expect(groups[0]!.statistics.max).toEqual({ status: "value", value: "30" });
    expect(groups[0]!.statistics.min).toMatchObject({ status: "suppressed" });
  });

  it("shows an administration its own restricted value", () => {
    const { groups } = run(values, { A: "restricted", B: "wco", C: "wco", D: "restricted" }, { role: "administration", administration: "A" });
    expect(entry(groups[0]!, "A")).toMatchObject({ status: "value", value: "10" });
    expect(entry(groups[0]!, "B")).toMatchObject({ status: "value", value: "20" });
    expect(entry(groups[0]!, "D")).toEqual({ administration: "D", status: "withheld" });
    expect(groups[0]!.suppression).toMatchObject({ reason: "too-few-hidden-values" });
  });

  it("shows the secretariat every value", () => {
    const { groups } = run(values, { A: "restricted", B: "restricted", C: "restricted", D: "restricted" }, { role: "secretariat" });
    expect(groups[0]!.counts.hiddenValues).toBe(0);
    expect(groups[0]!.statistics.max).toEqual({ status: "value", value: "77.77" });
  });

  it("withholds not-applicable status of a hidden administration", () => {
    const result = benchmarkMeasures(
      { administrations: ["A", "B"].map((id) => administration(id)), groups: [{ kind: "global" }], measures: [kpiMeasure("k", { A: null, B: "1" }, { disclosure: { A: "wco" } })] },
      { viewer: { role: "public" } },
    );
    expect(result.measures[0]!.groups[0]!.members[0]).toEqual({ administration: "A", status: "withheld" });
  });
});

describe("complementary suppression", () => {
  it("stops a region being recovered from the global and other regions", () => {
    // Global minus Europe minus Asia/Pacific would give G, the only value of the Americas.
    const administrations = [
      ...["A", "B", "C"].map((id) => administration(id, { region: "Europe" })),
      ...["D", "E", "F"].map((id) => administration(id, { region: "Asia/Pacific" })),
      administration("G", { region: "Americas and the Caribbean" }),
    ];
    const values = { A: "1", B: "2", C: "3", D: "4", E: "5", F: "6", G: "99.5" };
    const groups: PeerGroupDefinition[] = [
      { kind: "global" },
      { kind: "region", region: "Europe" },
      { kind: "region", region: "Asia/Pacific" },
      { kind: "region", region: "Americas and the Caribbean" },
    ];
    const { result, json } = run(values, {}, { role: "public" }, groups, administrations);
    const reasons = Object.fromEntries(result.measures[0]!.groups.map((group) => [group.group, group.suppression?.reason ?? "published"]));
    expect(reasons).toEqual({
      global: "published",
      "region:europe": "published",
      "region:asia-pacific": "complementary",
      "region:americas-and-the-caribbean": "below-publication-minimum",
    });
    expect(json).not.toContain("99.5");
  });

  it("stops a pair being recovered from two nested groups", () => {
    // Global (A–F) minus the list (A–D): the sums and sums of squares give E and F as a pair.
    const values = { A: "1", B: "2", C: "3", D: "4", E: "5", F: "6" };
    const groups: PeerGroupDefinition[] = [{ kind: "global" }, { kind: "list", id: "first4", label: "First four", administrations: ["A", "B", "C", "D"] }];
    const { result } = run(values, {}, { role: "public" }, groups);
    expect(result.measures[0]!.groups.map((group) => group.suppression?.reason ?? "published")).toEqual(["published", "complementary"]);
  });

  it("keeps nested groups whose difference has three hidden values", () => {
    const values = { A: "1", B: "2", C: "3", D: "4", E: "5", F: "6" };
    const groups: PeerGroupDefinition[] = [{ kind: "global" }, { kind: "list", id: "first3", label: "First three", administrations: ["A", "B", "C"] }];
    const { result } = run(values, {}, { role: "public" }, groups);
    expect(result.measures[0]!.groups.map((group) => group.suppression?.reason ?? "published")).toEqual(["published", "published"]);
  });
});

describe("recovery audit", () => {
  it("finds a value isolated by a difference", () => {
    expect(auditRecovery([
      { id: "global", n: 4, hidden: ["a", "b", "c", "d"] },
      { id: "region:x", n: 3, hidden: ["a", "b", "c"] },
    ])).toEqual(["region:x"]);
  });

  it("finds a value isolated by overlapping groups", () => {
    // x + y and y + z + w and x + z + w: sum of the first two minus the third gives 2y.
    expect(auditRecovery([
      { id: "g1", n: 5, hidden: ["x", "y", "p", "q", "r"] },
      { id: "g2", n: 6, hidden: ["y", "z", "w", "p", "q", "r"] },
      { id: "g3", n: 3, hidden: ["x", "z", "w"] },
    ])).not.toEqual([]);
  });

  it("ignores groups without hidden values", () => {
    expect(auditRecovery([{ id: "global", n: 4, hidden: [] }, { id: "list", n: 3, hidden: [] }])).toEqual([]);
  });

  it("accepts disjoint groups of three hidden values", () => {
    expect(auditRecovery([
      { id: "a", n: 3, hidden: ["1", "2", "3"] },
      { id: "b", n: 3, hidden: ["4", "5", "6"] },
    ])).toEqual([]);
  });
});
