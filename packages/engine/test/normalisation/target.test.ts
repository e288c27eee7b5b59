import { describe, expect, it } from "vitest";
import { PmmEngineError, normalise } from "../../src/index.js";
import { adjustmentOf, d, expectNoScore, expectScore } from "./helpers.js";

// Expected scores worked out by hand (and 100/7, 1000/13, 350/3 with Python decimal).
describe("distance to target", () => {
  const settings = { method: "distance-to-target", target: "80", baseline: "20", cap: true, useNationalTarget: true } as const;

  it("measures the share of the way covered", () => {
    const result = normalise(settings, "higher-is-better", d(50));
    expectScore(result, "50");
    expect(result.ok && result.target?.source).toBe("framework");
  });

  it("caps beyond the target", () => {
    const result = normalise(settings, "higher-is-better", d(90));
    expectScore(result, "100");
    expect(adjustmentOf(result)).toEqual({ kind: "capped", rawScore: "116.666667" });
  });

  it("exceeds 100 without the cap", () => {
    expectScore(normalise({ ...settings, cap: false }, "higher-is-better", d(90)), "116.6666666666666666666666666666666666666666666667");
  });

  it("truncates below the baseline", () => {
    const result = normalise(settings, "higher-is-better", d(10));
    expectScore(result, "0");
    expect(adjustmentOf(result)).toEqual({ kind: "truncated", bound: "lower", rawScore: "-16.666667" });
  });

  it("uses the national target", () => {
    const result = normalise(settings, "higher-is-better", d(50), { nationalTarget: d(60) });
    expectScore(result, "75");
    expect(result.ok && result.target?.source).toBe("national");
    expect(result.ok && result.target?.value.toString()).toBe("60");
  });

  it("ignores the national target unless allowed", () => {
    const result = normalise({ ...settings, useNationalTarget: false }, "higher-is-better", d(50), { nationalTarget: d(60) });
    expectScore(result, "50");
  });

  it("rejects a national target below the baseline", () => {
    expectNoScore(normalise(settings, "higher-is-better", d(50), { nationalTarget: d(10) }), "invalid-target");
  });

  it("mirrors for lower-is-better", () => {
    expectScore(normalise({ method: "distance-to-target", target: "2", baseline: "10", cap: true, useNationalTarget: false }, "lower-is-better", d(4)), "75");
  });

  it("takes the worst reference value as baseline", () => {
    const reference = [10, 20, 20, 30, 70].map(d);
    const higher = normalise({ method: "distance-to-target", target: "80", cap: true, useNationalTarget: false }, "higher-is-better", d(20), { reference });
    expectScore(higher, "14.28571428571428571428571428571428571428571428571");
    expect(higher.ok && higher.target?.baseline.toString()).toBe("10");
    const lower = normalise({ method: "distance-to-target", target: "5", cap: true, useNationalTarget: false }, "lower-is-better", d(20), { reference });
    expectScore(lower, "76.92307692307692307692307692307692307692307692308");
  });

  it("scores 100 when the baseline meets the target", () => {
    const settingsBelow = { method: "distance-to-target", target: "5", cap: true, useNationalTarget: false } as const;
    const reference = [10, 20].map(d);
    const result = normalise(settingsBelow, "higher-is-better", d(10), { reference });
    expectScore(result, "100");
    expect(adjustmentOf(result)).toEqual({ kind: "capped" });
    expectNoScore(normalise({ ...settingsBelow, cap: false }, "higher-is-better", d(10), { reference }), "invalid-target");
  });

  it("needs reference values without a baseline", () => {
    expectNoScore(normalise({ method: "distance-to-target", target: "5", cap: true, useNationalTarget: false }, "higher-is-better", d(1)), "empty");
  });

  it("rejects a framework baseline beyond the target", () => {
    expect(() => normalise({ ...settings, baseline: "90" }, "higher-is-better", d(50))).toThrow(PmmEngineError);
  });
});
