import { DiagnosticReport, type OutlierFinding } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { diagnose, EngineDecimal, InvalidOptionError, testOutlier, type CycleMeasures, type ValidationFinding } from "../../src/index.js";
import { administration, kpiMeasure } from "../benchmark/fixtures.js";

const administrations = ["A", "B", "C", "D", "E", "F", "G"].map((id) => administration(id));
const peers = { B: "10", C: "11", D: "12", E: "12", F: "13", G: "14" };

function release(values: Record<string, string>, disclosure: Record<string, "public" | "wco" | "restricted"> = {}) {
  return { ...kpiMeasure("tf.release_time", values, { direction: "lower-is-better", disclosure, disclosureDefault: "wco" }), label: "Average release time" };
}

const previous: CycleMeasures = { id: "pmm-2023", label: "2023", administrations, measures: [release({ A: "12", ...peers })] };
const current: CycleMeasures = { id: "pmm-2025", label: "2025", administrations, measures: [release({ A: "41", ...peers })] };

describe("testOutlier", () => {
  const decimals = (values: number[]) => values.map((value) => new EngineDecimal(value));
  const threshold = new EngineDecimal("3.5");

  it("scales by the median absolute deviation", () => {
    // Peers 10–14: median 12, MAD 1; |41 − 12| / 1.4826 = 19.56023… (python3 decimal).
    const test = testOutlier(new EngineDecimal(41), decimals([10, 11, 12, 12, 13, 14]), threshold)!;
    expect(test.scale).toBe("mad");
    expect(test.score?.toFixed(4)).toBe("19.5602");
    expect(test.flagged).toBe(true);
  });

  it("falls back to the mean absolute deviation", () => {
    // Peers 5, 5, 5, 5, 6, 9: MAD 0, MeanAD 5/6, spread 1.2533 × 5/6 = 1.04441…
    const peersWithTies = decimals([5, 5, 5, 5, 6, 9]);
    const near = testOutlier(new EngineDecimal(8), peersWithTies, threshold)!;
    expect(near.scale).toBe("mean-absolute-deviation");
    expect(near.score?.toFixed(4)).toBe("2.8724");
    expect(near.flagged).toBe(false);
    expect(testOutlier(new EngineDecimal(10), peersWithTies, threshold)?.score?.toFixed(4)).toBe("4.7874");
  });

  it("flags any difference when peers are equal", () => {
    const equal = decimals([5, 5, 5, 5, 5]);
    expect(testOutlier(new EngineDecimal(5), equal, threshold)).toMatchObject({ scale: "no-spread", flagged: false });
    expect(testOutlier(new EngineDecimal(6), equal, threshold)).toMatchObject({ scale: "no-spread", flagged: true, side: "above" });
  });
});

describe("diagnose", () => {
  const report = diagnose({ administration: "A", current, previous, groups: [{ kind: "global" }] });

  it("parses with the result schema", () => {
    expect(DiagnosticReport.safeParse(JSON.parse(JSON.stringify(report))).error?.issues).toBeUndefined();
  });

  it("finds an outlier with its facts and question", () => {
    const outlier = report.findings.find((finding): finding is OutlierFinding => finding.kind === "outlier");
    expect(outlier).toMatchObject({
      measureId: "kpi-value:tf.release_time",
      group: "global",
      value: "41",
      side: "above",
      peers: 6,
      peerMedian: { status: "value", value: "12" },
      spread: { status: "value", value: "1.4826" },
      scale: "mad",
      robustScore: { status: "value", value: "19.5602" },
      threshold: "3.5",
    });
    expect(outlier?.question).toBe("Your average release time is 41 hours, while the median of your 6 peers in the group \"All administrations\" is 12 hours: how is this figure measured, and what explains the difference?");
  });

  it("finds an implausible change", () => {
    // 12 → 41 is +241.6667 %; percentile rank moves from 50 to 7.1429, a jump of 42.86 points.
    const change = report.findings.find((finding) => finding.kind === "implausible-change");
    expect(change).toMatchObject({
      from: { cycle: "pmm-2023", value: "12" },
      to: { cycle: "pmm-2025", value: "41" },
      change: "29",
      relativeChange: { status: "value", value: "241.6667" },
      percentileRanks: { from: { status: "value", value: "50" }, to: { status: "value", value: "7.1429" } },
      triggers: ["relative-change"],
    });
    expect(change?.question).toBe("Your average release time rose from 12 to 41 hours since the 2023 cycle: what changed, in practice or in the way the figure is measured?");
  });

  it("counts a percentile jump beyond its threshold", () => {
    const sensitive = diagnose({ administration: "A", current, previous, groups: [{ kind: "global" }] }, { percentileJumpThreshold: 40 });
    const change = sensitive.findings.find((finding) => finding.kind === "implausible-change");
    expect(change?.kind === "implausible-change" && change.triggers).toEqual(["relative-change", "percentile-jump"]);
  });

  it("leaves a plausible value alone", () => {
    const calm = diagnose({ administration: "D", current, previous, groups: [{ kind: "global" }] });
    expect(calm.findings).toEqual([]);
  });

  it("needs the minimum number of peers", () => {
    const few = diagnose({ administration: "A", current, groups: [{ kind: "global" }] }, { minimumPeers: 7 });
    expect(few.findings).toEqual([]);
  });

  it("withholds peer figures the viewer may not see", () => {
    const hidden: CycleMeasures = { id: "pmm-2025", administrations, measures: [release({ A: "41", ...peers }, { B: "restricted" })] };
    const [outlier] = diagnose({ administration: "A", current: hidden, groups: [{ kind: "global" }] }).findings;
    expect(outlier).toMatchObject({ kind: "outlier", peerMedian: { status: "suppressed" }, robustScore: { status: "suppressed" } });
    expect(outlier?.question).toBe("Your average release time is 41 hours, far above the values of your 6 peers in the group \"All administrations\": how is this figure measured, and what explains the difference?");
    expect(JSON.stringify(outlier)).not.toContain("12 hours");
  });

  it("carries validation errors and warnings in", () => {
    const findings: ValidationFinding[] = [
      { kind: "rule", severity: "warning", rule: "tf.release_plausible", administration: "A", dataElements: ["release_hours"], values: [{ dataElement: "release_hours", period: "T", value: "41" }], message: "release time above 40 hours is unusual." },
      { kind: "rule", severity: "error", rule: "tf.electronic_le_total", administration: "A", dataElements: ["electronic_declarations", "declarations"], values: [{ dataElement: "electronic_declarations", period: "T", value: "120" }, { dataElement: "declarations", period: "T", value: "100" }], message: "electronic declarations exceed all declarations" },
      { kind: "rule-skipped", severity: "info", rule: "tf.other", administration: "A", dataElements: [], values: [], message: "skipped" },
      { kind: "rule", severity: "error", rule: "tf.other", administration: "B", dataElements: [], values: [], message: "not A" },
    ];
    const validation = diagnose({ administration: "A", current, groups: [{ kind: "global" }], validationFindings: findings }).findings.filter((finding) => finding.kind === "validation");
    expect(validation.map((finding) => finding.kind === "validation" && finding.rule)).toEqual(["tf.electronic_le_total", "tf.release_plausible"]);
    expect(validation[0]?.question).toBe('The check "tf.electronic_le_total" flagged your data (electronic_declarations[T] = 120, declarations[T] = 100): electronic declarations exceed all declarations. Can you confirm these figures, or explain why they are correct?');
  });

  it("rejects an administration that took no part", () => {
    expect(() => diagnose({ administration: "Z", current })).toThrow(/administration "Z" is not among the administrations of cycle pmm-2025/);
  });

  it("rejects a threshold of zero", () => {
    expect(() => diagnose({ administration: "A", current }, { outlierThreshold: 0 })).toThrow(InvalidOptionError);
  });
});
