import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeMiniDataset } from "./fixtures/mini-dataset.js";
import { makeTemporaryFolder, readReport, removeFolder, runInProcess, type RunResult } from "./helpers.js";

// Expected figures, derived by hand from the rows of test/fixtures/mini-dataset.ts and checked
// with python3 (decimal module):
//
//   KPI values, E1 (2025): electronic 950 / 1000 × 100 = 95; release 24000 h / 1000 = 24 h;
//     revenue 1040 / 1000 × 100 = 104; hit rate 30 / 200 × 100 = 15; trained 300 / 400 × 100 = 75.
//   KPI values, P1 (2025): 60 / 100 × 100 = 60; 4800 / 100 = 48 h; 800 / 1000 × 100 = 80;
//     5 / 50 × 100 = 10; 10 / 50 × 100 = 20.
//   Goalposts: score = 100 × (x − lower) / (upper − lower), or 100 × (upper − x) / (upper − lower)
//     when lower is better, truncated to 0–100.
//     E1: electronic (95 − 50) / 50 → 90; release (48 − 24) / 48 → 50; TF = (90 + 50) / 2 = 70.
//         revenue (104 − 80) / 30 → 80 = RC; hit (15 − 0) / 50 → 30 = ESP; trained 75 = OD;
//         overall = (70 + 80 + 30 + 75) / 4 = 63.75.
//     P1: electronic (60 − 50) / 50 → 20; release (48 − 48) / 48 → 0; TF = 10.
//   TF of the others: E2 (80 + 25) / 2 = 52.5, E3 (100 + 75) / 2 = 87.5, E4 (50 + 0) / 2 = 25,
//     P2 (98 + 75) / 2 = 86.5.
//   Region Europe, TF mean = (70 + 52.5 + 87.5 + 25) / 4 = 58.75.
//   Region Europe, ESP mean = (30 + 10 + 20) / 3 = 20: E3 declared esp.hit not applicable.
//   Region Europe, overall mean = (63.75 + 40.625 + 92.5 + 25) / 4 = 55.46875 → 55.4688 (4 places, half-even).
//   World TF mean = (70 + 52.5 + 87.5 + 25 + 10 + 86.5) / 6 = 55.25.
//   Region Europe, mean of tf.electronic = (95 + 90 + 100 + 75) / 4 = 90.
//   E1 in 2023: electronic 900 / 1000 → 90 → score 80; release 36000 / 1000 = 36 h → score 25;
//     TF = 52.5, so the change to 2025 is +17.5, an improvement.
//   Priorities of E2 against the Europe means (each outcome is alone in its dimension, so its
//     weight in the overall index is 1/4): OD 71.6667 − 50 = 21.6667 (mean of E1, E2, E3: E4 has
//     no staff figures); RC 65 − 50 = 15; ESP 20 − 10 = 10; TF 58.75 − 52.5 = 6.25. Ranked by
//     gap × 1/4: od.o, rc.o, esp.o, tf.o. Within TF, tf.release drives the gap: its score mean
//     (50 + 25 + 75 + 0) / 4 = 37.5 is 12.5 above E2's 25, while tf.electronic's mean
//     (90 + 80 + 100 + 50) / 4 = 80 equals E2's score, so it is no driver.

let dataDir: string;
let root: string;
let e1: RunResult;
let p1: RunResult;

beforeAll(async () => {
  root = await makeTemporaryFolder("run");
  dataDir = path.join(root, "data");
  await writeMiniDataset(dataDir);
  e1 = await runInProcess(["--data", dataDir, "--administration", "E1", "--out", path.join(root, "out-e1")]);
  p1 = await runInProcess(["--data", dataDir, "--administration", "P1", "--out", path.join(root, "out-p1"), "--viewer", "secretariat"]);
}, 60_000);

afterAll(async () => {
  await removeFolder(root);
});

function kpiValue(report: Record<string, any>, kpi: string): unknown {
  return report.current.kpis.find((result: any) => result.kpi === kpi)?.value;
}

function dimensionScore(report: Record<string, any>, node: string): unknown {
  return report.current.scores.dimensions.find((score: any) => score.node === node)?.score;
}

function group(report: Record<string, any>, measure: string, groupId: string): Record<string, any> | undefined {
  return report.current.benchmarks.find((entry: any) => entry.id === measure)?.groups.find((entry: any) => entry.group === groupId);
}

describe("report of E1", () => {
  it("exits 0 and writes both files", async () => {
    expect(e1.stderr).toBe("");
    expect(e1.status).toBe(0);
    expect((await readdir(path.join(root, "out-e1"))).sort()).toEqual(["report.html", "report.json"]);
  });

  it("computes the KPI values", async () => {
    const report = await readReport(path.join(root, "out-e1"));
    expect(kpiValue(report, "tf.electronic")).toBe("95");
    expect(kpiValue(report, "tf.release")).toBe("24");
    expect(kpiValue(report, "rc.revenue")).toBe("104");
    expect(kpiValue(report, "esp.hit")).toBe("15");
    expect(kpiValue(report, "od.trained")).toBe("75");
  });

  it("scores the dimensions", async () => {
    const report = await readReport(path.join(root, "out-e1"));
    expect(dimensionScore(report, "TF")).toBe("70");
    expect(dimensionScore(report, "RC")).toBe("80");
    expect(dimensionScore(report, "ESP")).toBe("30");
    expect(dimensionScore(report, "OD")).toBe("75");
    expect(report.current.scores.overall[0]?.score).toBe("63.75");
  });

  it("benchmarks the regional means", async () => {
    const report = await readReport(path.join(root, "out-e1"));
    expect(group(report, "score:dimension:TF", "region:europe")?.statistics.mean).toEqual({ status: "value", value: "58.75" });
    expect(group(report, "score:overall:mini", "region:europe")?.statistics.mean).toEqual({ status: "value", value: "55.4688" });
    expect(group(report, "kpi-value:tf.electronic", "region:europe")?.statistics.mean).toEqual({ status: "value", value: "90" });
  });

  it("leaves not-applicable out of the mean", async () => {
    const report = await readReport(path.join(root, "out-e1"));
    const esp = group(report, "score:dimension:ESP", "region:europe");
    expect(esp?.statistics.mean).toEqual({ status: "value", value: "20" });
    expect(esp?.counts.values).toBe(3);
    expect(esp?.counts.notApplicable).toBe(1);
  });

  it("compares with the previous cycle", async () => {
    const report = await readReport(path.join(root, "out-e1"));
    const tf = report.changes.measures.find((entry: any) => entry.measure === "score:dimension:TF");
    expect(tf.values).toEqual([
      { cycle: "c2023", status: "value", value: "52.5" },
      { cycle: "c2025", status: "value", value: "70" },
    ]);
    expect(tf.changes[0].status).toBe("improved");
    expect(tf.changes[0].change).toBe("17.5");
  });

  it("prints the scores and the regional means", () => {
    expect(e1.stdout).toContain("PMM cycle report: Administration E1 (E1), cycle c2025");
    expect(e1.stdout).toMatch(/TF Trade Facilitation.*\s70\.0\s+58\.8\s/);
    expect(e1.stdout).toContain("Illustrative framework");
  });
});

describe("report of P1", () => {
  it("computes the KPI values", async () => {
    expect(p1.status).toBe(0);
    const report = await readReport(path.join(root, "out-p1"));
    expect(kpiValue(report, "tf.electronic")).toBe("60");
    expect(kpiValue(report, "tf.release")).toBe("48");
    expect(kpiValue(report, "rc.revenue")).toBe("80");
    expect(kpiValue(report, "esp.hit")).toBe("10");
    expect(kpiValue(report, "od.trained")).toBe("20");
    expect(dimensionScore(report, "TF")).toBe("10");
  });

  it("benchmarks the world mean", async () => {
    const report = await readReport(path.join(root, "out-p1"));
    expect(group(report, "score:dimension:TF", "global")?.statistics.mean).toEqual({ status: "value", value: "55.25" });
  });

  it("suppresses a region below the minimum", async () => {
    const report = await readReport(path.join(root, "out-p1"));
    const region = group(report, "score:dimension:TF", "region:asia-pacific");
    expect(region?.counts.values).toBe(2);
    expect(region?.suppression?.reason).toBe("below-publication-minimum");
    const page = await readFile(path.join(root, "out-p1", "report.html"), "utf8");
    expect(page).toContain("suppressed: fewer than 3 administrations");
  });
});

describe("report for the public", () => {
  it("shows only what E1 made public", async () => {
    const out = path.join(root, "out-e1-public");
    const run = await runInProcess(["--data", dataDir, "--administration", "E1", "--out", out, "--viewer", "public"]);
    expect(run.status).toBe(0);
    const report = await readReport(out);
    const release = report.current.kpis.find((result: any) => result.kpi === "tf.release");
    expect(release.status).toBe("value");
    expect(release.value).toBe("24");
    expect(release.explanation).toBeUndefined();
    expect(report.current.kpis.find((result: any) => result.kpi === "tf.electronic").status).toBe("withheld");
    expect(report.current.scores.dimensions.find((score: any) => score.node === "TF").status).toBe("withheld");
  });

  it("withholds validation findings", async () => {
    const out = path.join(root, "out-e1-public");
    const report = await readReport(out);
    expect(report.validation.findings).toBeNull();
    const page = await readFile(path.join(out, "report.html"), "utf8");
    expect(page).toContain("Withheld: validation findings quote the submitted figures");
    expect(page).not.toContain("1,040");
  });
});

describe("priorities of E2", () => {
  it("ranks outcomes by weighted gap", async () => {
    const out = path.join(root, "out-e2");
    const e2 = await runInProcess(["--data", dataDir, "--administration", "E2", "--out", out]);
    expect(e2.status).toBe(0);
    const report = await readReport(out);
    const outcomes = report.priorities.outcomes.map((priority: any) => [priority.node, priority.gap, priority.weight]);
    expect(outcomes).toEqual([
      ["od.o", "21.6667", "0.25"],
      ["rc.o", "15", "0.25"],
      ["esp.o", "10", "0.25"],
      ["tf.o", "6.25", "0.25"],
    ]);
    const tf = report.priorities.outcomes.find((priority: any) => priority.node === "tf.o");
    expect(tf.drivers.map((driver: any) => [driver.kpi, driver.gap])).toEqual([["tf.release", "12.5"]]);
    expect(e2.stdout).toContain("1. Outcome od.o (OD): 21.7 points below the mean of Region: Europe");
  });
});

describe("flags", () => {
  it("reports an earlier cycle without comparison", async () => {
    const out = path.join(root, "out-2023");
    const run = await runInProcess(["--data", dataDir, "--administration", "E1", "--cycle", "c2023", "--out", out]);
    expect(run.status).toBe(0);
    const report = await readReport(out);
    expect(report.current.cycle.id).toBe("c2023");
    expect(report.changes).toBeNull();
    // E1 in 2023: TF = (80 + 25) / 2 = 52.5, as derived above.
    expect(dimensionScore(report, "TF")).toBe("52.5");
    const page = await readFile(path.join(out, "report.html"), "utf8");
    expect(page).toContain("No previous cycle");
  });

  it("measures KPIs against an attribute group", async () => {
    const out = path.join(root, "out-attribute");
    const run = await runInProcess(["--data", dataDir, "--administration", "E1", "--peer-group", "attribute:type", "--out", out]);
    expect(run.status).toBe(0);
    const report = await readReport(out);
    expect(report.peerGroups.selected).toBe("attribute:type=stand-alone");
    // Every administration of the mini dataset is stand-alone, so the group's TF mean is the world's.
    expect(group(report, "score:dimension:TF", "attribute:type=stand-alone")?.statistics.mean).toEqual({ status: "value", value: "55.25" });
  });

  it("rejects an unknown cycle", async () => {
    const run = await runInProcess(["--data", dataDir, "--administration", "E1", "--cycle", "c2024", "--out", path.join(root, "out-unknown-cycle")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Unknown cycle "c2024"');
    expect(run.stderr).toContain("Did you mean c2023 or c2025?");
  });
});

describe("output", () => {
  it("is the same on a second run", async () => {
    const again = await runInProcess(["--data", dataDir, "--administration", "E1", "--out", path.join(root, "out-e1-again")]);
    expect(again.status).toBe(0);
    for (const name of ["report.json", "report.html"]) {
      const first = await readFile(path.join(root, "out-e1", name), "utf8");
      const second = await readFile(path.join(root, "out-e1-again", name), "utf8");
      expect(second).toBe(first);
    }
  });

  it("shows not applicable as such", async () => {
    const out = path.join(root, "out-e3");
    const e3 = await runInProcess(["--data", dataDir, "--administration", "E3", "--out", out]);
    expect(e3.status).toBe(0);
    const report = await readReport(out);
    expect(report.current.kpis.find((result: any) => result.kpi === "esp.hit")?.status).toBe("not-applicable");
    const page = await readFile(path.join(out, "report.html"), "utf8");
    expect(page).toMatch(/data-reason="not-applicable">not applicable</);
  });
});
