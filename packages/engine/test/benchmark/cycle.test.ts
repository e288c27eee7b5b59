import { BenchmarkResult, type KpiResult } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { benchmarkCycle, cycleMeasures, scoreCycle } from "../../src/index.js";
import { administrations, illustrative, illustrativeResults } from "./cycle-fixture.js";

const members = administrations(12);
const participants = members.slice(0, 10);
const kpiResults = illustrativeResults(participants);
const scores = scoreCycle(illustrative, kpiResults);

describe("cycle measures", () => {
  const measures = cycleMeasures({ framework: illustrative, kpiResults, scores });

  it("measures every KPI value and every score", () => {
    const ids = measures.map((measure) => measure.measure);
    expect(ids.filter((measure) => measure.kind === "kpi-value")).toHaveLength(illustrative.kpis.length);
    const scoredKpis = illustrative.kpis.filter((kpi) => kpi.direction !== "descriptive").length;
    expect(ids.filter((measure) => measure.kind === "score" && measure.level === "kpi")).toHaveLength(scoredKpis);
    expect(ids.filter((measure) => measure.kind === "score" && measure.level === "outcome")).toHaveLength(illustrative.outcomes.length);
    expect(ids.filter((measure) => measure.kind === "score" && measure.level === "dimension")).toHaveLength(4);
    expect(ids).toContainEqual({ kind: "score", level: "overall", node: "pmm-illustrative" });
  });

  it("maps KPI statuses to observations", () => {
    const results: KpiResult[] = [
      { administration: "A", kpi: "tf.release_time", unit: "hours", status: "undefined", reason: "division-by-zero", message: "zero declarations" },
      { administration: "B", kpi: "tf.release_time", unit: "hours", status: "invalid", rules: ["r1"], message: "blocked" },
    ];
    const [measure] = cycleMeasures({ framework: illustrative, kpiResults: results }).filter((candidate) => candidate.measure.kind === "kpi-value" && candidate.measure.kpi === "tf.release_time");
    expect(measure?.observations).toEqual([
      { administration: "A", status: "missing", reason: "undefined", disclosure: "wco" },
      { administration: "B", status: "missing", reason: "invalid", disclosure: "wco" },
    ]);
  });

  it("gives a node score the strictest disclosure beneath it", () => {
    const choices = [{ administration: participants[0]!.id, disclosure: { "tf.release_time": "restricted" as const } }];
    const withChoices = cycleMeasures({ framework: illustrative, kpiResults, scores, submissions: choices });
    const levelOf = (kind: string, node: string) =>
      withChoices
        .find((measure) => measure.measure.kind === "score" && measure.measure.level === kind && measure.measure.node === node)
        ?.observations.find((observation) => observation.administration === participants[0]!.id)?.disclosure;
    expect(levelOf("outcome", "tf.clearance")).toBe("restricted");
    expect(levelOf("dimension", "TF")).toBe("restricted");
    // Integrity cases and cost of collection are restricted by default, so the overall index is too.
    expect(levelOf("outcome", "tf.paperless")).toBe("public");
    expect(levelOf("outcome", "tf.trust")).toBe("wco");
  });
});

describe("benchmarkCycle", () => {
  it("parses with the result schema", () => {
    const result = benchmarkCycle({ framework: illustrative, kpiResults, scores, administrations: members }, { viewer: { role: "wco-member" } });
    expect(BenchmarkResult.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
  });

  it("leaves administrations that took no part out of the groups", () => {
    const result = benchmarkCycle({ framework: illustrative, kpiResults, administrations: members }, { viewer: { role: "secretariat" } });
    const global = result.groups.find((group) => group.id === "global");
    expect(global?.members).toEqual(participants.map((administration) => administration.id).sort());
  });

  it("withholds an administration's restricted outcome score", () => {
    const target = participants[0]!.id;
    const result = benchmarkCycle(
      { framework: illustrative, kpiResults, scores, administrations: members, submissions: [{ administration: target, disclosure: { "tf.release_time": "restricted" } }] },
      { viewer: { role: "wco-member" }, publicationMinimum: 1 },
    );
    const clearance = result.measures.find((measure) => measure.id === "score:outcome:tf.clearance")!;
    const entry = clearance.groups[0]!.members.find((member) => member.administration === target);
    expect(entry).toEqual({ administration: target, status: "withheld" });
  });
});
