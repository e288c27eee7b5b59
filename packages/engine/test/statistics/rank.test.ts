import { describe, expect, it } from "vitest";
import { EngineDecimal, InvalidOptionError, percentileRank, ranks, type RankMethod } from "../../src/index.js";
import { decimals, expectFailure, expectValue } from "./helpers.js";

// Expected values worked out by hand from 100 × (below + 0.5 × equal) / n and the tie rules.
describe("percentileRank", () => {
  const values = decimals(10, 20, 20, 30);

  it("splits ties evenly", () => {
    expectValue(percentileRank(values, new EngineDecimal(20)), "50");
  });

  it("places the extremes inside 0–100", () => {
    expectValue(percentileRank(values, new EngineDecimal(10)), "12.5");
    expectValue(percentileRank(values, new EngineDecimal(30)), "87.5");
  });

  it("places a value outside the list", () => {
    expectValue(percentileRank(values, new EngineDecimal(25)), "75");
    expectValue(percentileRank(values, new EngineDecimal(5)), "0");
    expectValue(percentileRank(values, new EngineDecimal(40)), "100");
  });

  it("gives 50 to one value", () => {
    expectValue(percentileRank(decimals(7), new EngineDecimal(7)), "50");
  });

  it("handles thirds exactly", () => {
    expectValue(percentileRank(decimals(1, 2, 3), new EngineDecimal(2)), "50");
    expectValue(percentileRank(decimals(1, 2, 3), new EngineDecimal(3)), "83.33333333333333333333333333333333333333333333333");
  });

  it("fails on no values", () => {
    expectFailure(percentileRank([], new EngineDecimal(1)), "empty");
  });
});

describe("ranks", () => {
  const values = decimals(20, 10, 30, 20);
  const table: [RankMethod, "ascending" | "descending", string[]][] = [
    ["fractional", "ascending", ["2.5", "1", "4", "2.5"]],
    ["fractional", "descending", ["2.5", "4", "1", "2.5"]],
    ["competition", "ascending", ["2", "1", "4", "2"]],
    ["competition", "descending", ["2", "4", "1", "2"]],
    ["dense", "ascending", ["2", "1", "3", "2"]],
    ["dense", "descending", ["2", "3", "1", "2"]],
  ];

  for (const [method, order, expected] of table) {
    it(`${method} ${order}`, () => {
      expect(ranks(values, method, order).map(String)).toEqual(expected);
    });
  }

  it("defaults to fractional ascending", () => {
    expect(ranks(values).map(String)).toEqual(["2.5", "1", "4", "2.5"]);
  });

  it("ties equal values written differently", () => {
    expect(ranks(decimals("2.5", "2.50", "1")).map(String)).toEqual(["2.5", "2.5", "1"]);
  });

  it("adds fractional ranks to n(n + 1) / 2", () => {
    const many = decimals(3, 1, 3, 3, 2, 5, 5, 0);
    const total = ranks(many).reduce((sum, rank) => sum.plus(rank), new EngineDecimal(0));
    expect(total.toString()).toBe("36");
  });

  it("returns nothing for no values", () => {
    expect(ranks([])).toEqual([]);
  });

  it("rejects an unknown method or order", () => {
    expect(() => ranks(values, "average" as RankMethod)).toThrow(InvalidOptionError);
    expect(() => ranks(values, "dense", "up" as "ascending")).toThrow(/rank order/);
  });
});
