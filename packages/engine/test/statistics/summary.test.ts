import { describe, expect, it } from "vitest";
import { EngineDecimal, PmmEngineError, maximum, mean, minimum, sum, summarize } from "../../src/index.js";
import { decimals, expectFailure, expectValue } from "./helpers.js";

describe("sum, mean, minimum, maximum", () => {
  it("adds exactly", () => {
    expect(sum(decimals("0.1", "0.2", "-0.3")).toString()).toBe("0");
    expect(sum([]).toString()).toBe("0");
  });

  it("averages exactly", () => {
    // 23.75 / 7, by hand.
    expectValue(mean(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4")), "3.392857142857142857142857142857142857142857142857143");
  });

  it("finds the extremes", () => {
    expectValue(minimum(decimals("3.1", "-2.5", "0")), "-2.5");
    expectValue(maximum(decimals("3.1", "-2.5", "0")), "3.1");
  });

  it("fails on no values", () => {
    expectFailure(mean([]), "empty");
    expectFailure(minimum([]), "empty");
    expectFailure(maximum([]), "empty");
  });

  it("rejects infinite input", () => {
    expect(() => sum([new EngineDecimal(-Infinity)])).toThrow(PmmEngineError);
    expect(() => mean([new EngineDecimal(Number.NaN)])).toThrow(/not a finite decimal/);
  });
});

describe("summarize", () => {
  it("describes eight values", () => {
    const summary = summarize(decimals(2, 4, 4, 4, 5, 5, 7, 9));
    expect(summary.n).toBe(8);
    expect(summary.sum.toString()).toBe("40");
    expectValue(summary.mean, "5");
    expectValue(summary.median, "4.5");
    expectValue(summary.q1, "4");
    expectValue(summary.q3, "5.5");
    expectValue(summary.min, "2");
    expectValue(summary.max, "9");
    expectValue(summary.sd, "2.138089935299395077476427847038028172432011318730701");
  });

  it("honours quantile type and deviation kind", () => {
    const summary = summarize(decimals(2, 4, 4, 4, 5, 5, 7, 9), { quantileType: 6, deviation: "population" });
    expectValue(summary.q3, "6.5");
    expectValue(summary.sd, "2");
  });

  it("reports failures for no values", () => {
    const summary = summarize([]);
    expect(summary.n).toBe(0);
    expect(summary.sum.toString()).toBe("0");
    for (const statistic of [summary.mean, summary.median, summary.q1, summary.q3, summary.min, summary.max, summary.sd]) expectFailure(statistic, "empty");
  });

  it("reports the sample deviation of one value as a failure", () => {
    const summary = summarize(decimals(3));
    expectValue(summary.q1, "3");
    expectFailure(summary.sd, "single-value");
  });
});
