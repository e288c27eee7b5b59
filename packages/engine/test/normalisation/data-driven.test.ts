import { describe, expect, it } from "vitest";
import { describeReference, normalise } from "../../src/index.js";
import { adjustmentOf, d, expectNoScore, expectScore } from "./helpers.js";

// Reference values 10, 20, 20, 30, 70: min 10, max 70, mean 30, sample sd √550.
// Expected scores worked out by hand; z-scores with Python decimal at 50 digits.
const reference = describeReference([70, 20, 10, 30, 20].map(d));

describe("min-max", () => {
  const settings = { method: "min-max", low: "0", high: "100" } as const;

  it("maps the range onto 0–100", () => {
    expectScore(normalise(settings, "higher-is-better", d(20), { reference }), "16.66666666666666666666666666666666666666666666667");
    expectScore(normalise(settings, "lower-is-better", d(20), { reference }), "83.33333333333333333333333333333333333333333333333");
    expectScore(normalise(settings, "higher-is-better", d(70), { reference }), "100");
    expectScore(normalise(settings, "higher-is-better", d(10), { reference }), "0");
  });

  it("maps onto another interval", () => {
    expectScore(normalise({ method: "min-max", low: "1", high: "10" }, "higher-is-better", d(20), { reference }), "2.5");
  });

  it("truncates a value outside the reference", () => {
    const result = normalise(settings, "higher-is-better", d(100), { reference });
    expectScore(result, "100");
    expect(adjustmentOf(result)).toEqual({ kind: "truncated", bound: "upper", rawScore: "150" });
  });

  it("has no score for equal values", () => {
    expectNoScore(normalise(settings, "higher-is-better", d(5), { reference: [5, 5, 5].map(d) }), "no-variance");
    expectNoScore(normalise(settings, "higher-is-better", d(5), { reference: [d(5)] }), "single-value");
    expectNoScore(normalise(settings, "higher-is-better", d(5)), "empty");
  });
});

describe("z-score", () => {
  const settings = { method: "z-score", mean: "50", sd: "10" } as const;

  it("standardises with the sample deviation", () => {
    expectScore(normalise(settings, "higher-is-better", d(70), { reference }), "67.056057308448834743875018594707150111229921285133", 45);
    expectScore(normalise(settings, "higher-is-better", d(20), { reference }), "45.735985672887791314031245351323212472192519678717", 45);
    expectScore(normalise(settings, "lower-is-better", d(10), { reference }), "58.528028654224417371937509297353575055614960642567", 45);
  });

  it("truncates to 0–100", () => {
    const result = normalise({ method: "z-score", mean: "50", sd: "40" }, "higher-is-better", d(70), { reference });
    expectScore(result, "100");
    expect(result.ok && result.adjustment?.kind).toBe("truncated");
  });

  it("has no score without spread", () => {
    expectNoScore(normalise(settings, "higher-is-better", d(5), { reference: [d(5)] }), "single-value");
    expectNoScore(normalise(settings, "higher-is-better", d(5), { reference: [5, 5].map(d) }), "no-variance");
  });
});

describe("percentile rank", () => {
  it("splits ties evenly", () => {
    expectScore(normalise({ method: "percentile-rank" }, "higher-is-better", d(20), { reference }), "40");
    expectScore(normalise({ method: "percentile-rank" }, "lower-is-better", d(20), { reference }), "60");
    expectScore(normalise({ method: "percentile-rank" }, "higher-is-better", d(70), { reference }), "90");
  });

  it("gives 50 to a single value", () => {
    expectScore(normalise({ method: "percentile-rank" }, "higher-is-better", d(5), { reference: [d(5)] }), "50");
  });
});

describe("rank", () => {
  it("rescales fractional ranks", () => {
    expectScore(normalise({ method: "rank" }, "higher-is-better", d(20), { reference }), "37.5");
    expectScore(normalise({ method: "rank" }, "lower-is-better", d(20), { reference }), "62.5");
    expectScore(normalise({ method: "rank" }, "higher-is-better", d(70), { reference }), "100");
    expectScore(normalise({ method: "rank" }, "lower-is-better", d(70), { reference }), "0");
  });

  it("gives 50 to equal values", () => {
    expectScore(normalise({ method: "rank" }, "higher-is-better", d(5), { reference: [5, 5, 5].map(d) }), "50");
  });

  it("has no score for a single value", () => {
    expectNoScore(normalise({ method: "rank" }, "higher-is-better", d(5), { reference: [d(5)] }), "single-value");
  });
});
