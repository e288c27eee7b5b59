import { PriorityReport, type Measure } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { benchmarkMeasures, EngineDecimal, InvalidOptionError, prioritize, priorityNodes, type MeasureInput, type PriorityNodeInput } from "../../src/index.js";
import { administration } from "../benchmark/fixtures.js";
import { illustrative } from "../benchmark/cycle-fixture.js";

const administrations = ["A", "B", "C", "D", "E"].map((id) => administration(id));

function score(measure: Measure, values: (string | null)[]): MeasureInput {
  return {
    measure,
    unit: "score",
    direction: "higher-is-better",
    disclosureDefault: "wco",
    observations: values.map((value, index) =>
      value === null ? { administration: administrations[index]!.id, status: "missing", reason: "insufficient-data" } : { administration: administrations[index]!.id, status: "value", value },
    ),
  };
}

const measures = [
  score({ kind: "score", level: "outcome", node: "o1" }, ["40", "60", "70", "80", "90"]),
  score({ kind: "score", level: "outcome", node: "o2" }, ["50", "50", "55", "60", "65"]),
  score({ kind: "score", level: "outcome", node: "o3" }, ["40", "50", "55", "60", "70"]),
  score({ kind: "score", level: "dimension", node: "d1" }, [null, "50", "55", "60", "70"]),
  score({ kind: "score", level: "kpi", node: "k1" }, ["20", "60", "70", "80", "90"]),
  score({ kind: "score", level: "kpi", node: "k2" }, ["60", "50", "55", "60", "65"]),
];

const nodes: PriorityNodeInput[] = [
  { level: "outcome", node: "o1", label: "Outcome one", weight: "0.25", drivers: [{ kpi: "k1", label: "KPI one", weight: "0.5" }, { kpi: "k2", weight: "0.5" }] },
  { level: "outcome", node: "o2", weight: "0.75", drivers: [] },
  { level: "outcome", node: "o3", weight: "0.5", drivers: [] },
  { level: "dimension", node: "d1", weight: "1", drivers: [] },
  { level: "dimension", node: "d9", weight: "1", drivers: [] },
];

const secretariat = benchmarkMeasures({ administrations, groups: [{ kind: "global" }], measures }, { viewer: { role: "secretariat" } });

describe("prioritize", () => {
  const report = prioritize({ administration: "A", benchmark: secretariat, nodes });

  it("parses with the result schema", () => {
    expect(PriorityReport.safeParse(JSON.parse(JSON.stringify(report))).error?.issues).toBeUndefined();
  });

  it("orders outcomes by weighted gap, then by gap", () => {
    // o1: median 70, gap 30, × 0.25 = 7.5. o3: median 55, gap 15, × 0.5 = 7.5. o2: gap 5 × 0.75 = 3.75.
    expect(report.outcomes.map((priority) => [priority.rank, priority.node, priority.gap, priority.priority])).toEqual([
      [1, "o1", "30", "7.5"],
      [2, "o3", "15", "7.5"],
      [3, "o2", "5", "3.75"],
    ]);
  });

  it("lists the KPIs that drive a gap", () => {
    // k1: median 70, gap 50, × 0.5 = 25. k2: median 60, gap 0, so it drives nothing.
    expect(report.outcomes[0]!.drivers).toEqual([{ kpi: "k1", label: "KPI one", gap: "50", weight: "0.5", contribution: "25" }]);
  });

  it("breaks full ties by node id", () => {
    const tied = prioritize({
      administration: "A",
      benchmark: secretariat,
      nodes: [
        { level: "outcome", node: "o3", weight: "1", drivers: [] },
        { level: "outcome", node: "o2", weight: "3", drivers: [] },
      ],
    });
    // o3: 15 × 1 = 15; o2: 5 × 3 = 15, and o3 has the larger gap.
    expect(tied.outcomes.map((priority) => priority.node)).toEqual(["o3", "o2"]);
    const same = prioritize({ administration: "B", benchmark: secretariat, nodes: [{ level: "outcome", node: "o2", weight: "1", drivers: [] }, { level: "outcome", node: "o1", weight: "1", drivers: [] }] });
    // B: o1 gap 70 − 60 = 10, o2 gap 55 − 50 = 5.
    expect(same.outcomes.map((priority) => priority.node)).toEqual(["o1", "o2"]);
  });

  it("measures against the best quartile", () => {
    // o1 type 7 q3 of 40, 60, 70, 80, 90 is 80: gap 40.
    const best = prioritize({ administration: "A", benchmark: secretariat, nodes, reference: "best-quartile" });
    expect(best.outcomes.find((priority) => priority.node === "o1")?.gap).toBe("40");
  });

  it("lists nodes it cannot rank with the reason", () => {
    expect(report.unranked).toEqual([
      { level: "dimension", node: "d1", label: "d1", reason: "no-score", message: "the administration has no score (missing)" },
      { level: "dimension", node: "d9", label: "d9", reason: "no-score", message: "the benchmark has no measure score:dimension:d9" },
    ]);
  });

  it("respects the benchmark's viewer", () => {
    const publicView = benchmarkMeasures({ administrations, groups: [{ kind: "global" }], measures }, { viewer: { role: "public" } });
    const hidden = prioritize({ administration: "A", benchmark: publicView, nodes });
    expect(hidden.outcomes).toEqual([]);
    expect(hidden.unranked.map((node) => node.reason)).toContain("withheld");
  });

  it("rejects an unknown group", () => {
    expect(() => prioritize({ administration: "A", benchmark: secretariat, nodes, group: "region:europe" })).toThrow(InvalidOptionError);
  });
});

describe("priorityNodes", () => {
  const derived = priorityNodes(illustrative);

  it("weights an outcome by its shares up the tree", () => {
    // Fast and predictable clearance: weight 2 of 6 in TF, TF 1 of 4 dimensions.
    const clearance = derived.find((node) => node.node === "tf.clearance")!;
    expect(new EngineDecimal(clearance.weight).toFixed(40)).toBe(new EngineDecimal(1).div(12).toFixed(40));
    const release = clearance.drivers.find((driver) => driver.kpi === "tf.release_time")!;
    expect(new EngineDecimal(release.weight).eq(new EngineDecimal("0.4"))).toBe(true);
  });

  it("weights a dimension's drivers through their outcome", () => {
    // Revenue against target: weight 2 of 4 in its outcome, which is 1 of 3 in RC.
    const revenue = derived.find((node) => node.node === "RC")!.drivers.find((driver) => driver.kpi === "rc.revenue_against_target")!;
    expect(new EngineDecimal(revenue.weight).toFixed(40)).toBe(new EngineDecimal(1).div(6).toFixed(40));
    expect(derived.find((node) => node.node === "RC")!.weight.toString()).toBe("0.25");
  });

  it("leaves descriptive KPIs out of the drivers", () => {
    const ecommerce = derived.find((node) => node.node === "tf.ecommerce")!;
    expect(ecommerce.drivers.map((driver) => driver.kpi)).toEqual(["tf.ecommerce_release_24h"]);
  });
});
