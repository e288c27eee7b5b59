import { ComparisonResult, type AdministrationComparison, type Change } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { compareCycles, InvalidOptionError, type CycleMeasures, type MeasureInput } from "../../src/index.js";
import { administration, kpiMeasure } from "../benchmark/fixtures.js";

const administrations = ["A", "B", "C", "D", "E"].map((id) => administration(id));

function release(values: Record<string, string | null>, extra: Partial<MeasureInput> = {}): MeasureInput {
  return { ...kpiMeasure("tf.release_time", values, { direction: "lower-is-better" }), label: "Average release time", ...extra };
}

const cycle2023: CycleMeasures = { id: "c2023", administrations, measures: [release({ A: "12", B: "20", C: "10", D: null, E: "30" })] };
const cycle2025: CycleMeasures = { id: "c2025", administrations, measures: [release({ A: "41", B: "15", C: "10", D: "8", E: "30" })] };

function changeOf(result: ComparisonResult, id: string, index = 0): Change {
  const entry = result.measures[0]!.administrations.find((candidate: AdministrationComparison) => candidate.administration === id)!;
  return entry.changes[index]!;
}

describe("compareCycles", () => {
  const result = compareCycles({ cycles: [cycle2023, cycle2025], groups: [{ kind: "global" }] }, { viewer: { role: "secretariat" } });

  it("parses with the result schema", () => {
    expect(ComparisonResult.safeParse(JSON.parse(JSON.stringify(result))).error?.issues).toBeUndefined();
  });

  it("judges changes by the direction", () => {
    // Release time is lower-is-better: 12 → 41 hours is a decline of 29 (241.6667 %).
    expect(changeOf(result, "A")).toMatchObject({ from: "c2023", to: "c2025", status: "declined", change: "29", relativeChange: { status: "value", value: "241.6667" } });
    expect(changeOf(result, "B")).toMatchObject({ status: "improved", change: "-5", relativeChange: { value: "-25" } });
    expect(changeOf(result, "C")).toMatchObject({ status: "unchanged", change: "0" });
  });

  it("reports a not-applicable value as not comparable", () => {
    expect(changeOf(result, "D")).toMatchObject({ status: "not-comparable", reason: "not-applicable", cycle: "c2023" });
  });

  it("describes the movement in each group", () => {
    // 2023 sorted 10, 12, 20, 30: A ranks 2nd, percentile rank (2 × 2 + 1) / 8 = 62.5, q1 11.5,
    // q3 22.5, so A is in the middle band. 2025 sorted 8, 10, 15, 30, 41: A ranks 5th,
    // percentile rank 1 / 10 = 10, above q3 = 30, so in the bottom band.
    const change = changeOf(result, "A");
    expect(change.status === "declined" && change.movements).toEqual([
      {
        group: "global",
        from: { status: "placed", rank: "2", outOf: 4, percentileRank: "62.5", quartile: "middle" },
        to: { status: "placed", rank: "5", outOf: 5, percentileRank: "10", quartile: "bottom" },
        rankChange: "-3",
        percentileRankChange: "-52.5",
      },
    ]);
  });

  it("applies a relative tolerance", () => {
    const nearly: CycleMeasures = { id: "c2025", administrations, measures: [release({ A: "12.1", B: "20.3" })] };
    const tolerant = compareCycles({ cycles: [cycle2023, nearly], groups: [{ kind: "global" }] }, { viewer: { role: "secretariat" }, tolerance: { relative: "1" } });
    expect(changeOf(tolerant, "A").status).toBe("unchanged");
    expect(changeOf(tolerant, "B").status).toBe("declined");
  });

  it("prefers a measure's own tolerance", () => {
    const nearly: CycleMeasures = { id: "c2025", administrations, measures: [release({ A: "12.1" })] };
    const tolerant = compareCycles(
      { cycles: [cycle2023, nearly], groups: [{ kind: "global" }] },
      { viewer: { role: "secretariat" }, tolerance: { absolute: "5" }, tolerances: { "kpi-value:tf.release_time": { absolute: "0.05" } } },
    );
    expect(changeOf(tolerant, "A").status).toBe("declined");
    expect(tolerant.settings.tolerances).toEqual({ "kpi-value:tf.release_time": { absolute: "0.05", relative: "0" } });
  });

  it("describes descriptive changes without judgement", () => {
    const measure = (values: Record<string, string>) => ({ ...kpiMeasure("tf.ecommerce_share", values, { direction: "descriptive" }) });
    const descriptive = compareCycles(
      { cycles: [{ id: "c2023", administrations, measures: [measure({ A: "5", B: "9" })] }, { id: "c2025", administrations, measures: [measure({ A: "7", B: "3" })] }] },
      { viewer: { role: "secretariat" } },
    );
    expect(changeOf(descriptive, "A").status).toBe("increased");
    expect(changeOf(descriptive, "B").status).toBe("decreased");
  });

  it("refuses to compare a changed definition", () => {
    const changed: CycleMeasures = { id: "c2025", administrations, measures: [release({ A: "41" }, { definitionKey: "v2" })] };
    const compared = compareCycles({ cycles: [cycle2023, changed] }, { viewer: { role: "secretariat" } });
    expect(changeOf(compared, "A")).toMatchObject({ status: "not-comparable", reason: "definition-changed", cycle: "c2025" });
  });

  it("marks a measure absent from a cycle", () => {
    const empty: CycleMeasures = { id: "c2021", administrations, measures: [] };
    const compared = compareCycles({ cycles: [empty, cycle2023] }, { viewer: { role: "secretariat" } });
    expect(changeOf(compared, "A")).toMatchObject({ status: "not-comparable", reason: "absent", cycle: "c2021" });
    expect(compared.measures[0]!.administrations[0]!.values[0]).toEqual({ cycle: "c2021", status: "absent" });
  });

  it("withholds a change the viewer may not see", () => {
    const restricted: CycleMeasures = { id: "c2025", administrations, measures: [{ ...release({ A: "41", B: "15" }), observations: [{ administration: "A", status: "value", value: "41", disclosure: "restricted" }] }] };
    const compared = compareCycles({ cycles: [cycle2023, restricted] }, { viewer: { role: "wco-member" } });
    expect(changeOf(compared, "A")).toEqual({ from: "c2023", to: "c2025", status: "withheld" });
    expect(JSON.stringify(compared)).not.toContain("41");
  });

  it("adds first-to-last changes for three cycles", () => {
    const cycle2027: CycleMeasures = { id: "c2027", administrations, measures: [release({ A: "6" })] };
    const compared = compareCycles({ cycles: [cycle2023, cycle2025, cycle2027] }, { viewer: { role: "secretariat" } });
    const changes = compared.measures[0]!.administrations[0]!.changes;
    expect(changes.map((change) => [change.from, change.to, change.status])).toEqual([
      ["c2023", "c2025", "declined"],
      ["c2025", "c2027", "improved"],
      ["c2023", "c2027", "improved"],
    ]);
  });

  it("gives the same JSON whatever the input order", () => {
    const reversed = (cycle: CycleMeasures): CycleMeasures =>
      "measures" in cycle ? { ...cycle, administrations: [...cycle.administrations].reverse(), measures: cycle.measures.map((measure) => ({ ...measure, observations: [...measure.observations].reverse() })) } : cycle;
    const again = compareCycles({ cycles: [reversed(cycle2023), reversed(cycle2025)], groups: [{ kind: "global" }] }, { viewer: { role: "secretariat" } });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it("rejects a single cycle", () => {
    expect(() => compareCycles({ cycles: [cycle2023] })).toThrow(InvalidOptionError);
  });

  it("rejects a negative tolerance", () => {
    expect(() => compareCycles({ cycles: [cycle2023, cycle2025] }, { tolerance: { absolute: "-1" } })).toThrow(/tolerance.absolute is "-1"/);
  });
});
