import { describe, expect, it } from "vitest";
import { DataElement, InvalidDecimalError, checkDataValue, type DataElementKind, type DataValueProblemCode } from "../../src/index.js";

function element(kind: DataElementKind, extra: Record<string, unknown> = {}): DataElement {
  return DataElement.parse({ id: "figure", name: { en: "Figure" }, kind, provenance: "illustrative", ...extra });
}

function codes(kind: DataElementKind, value: string, extra: Record<string, unknown> = {}, period: "T" | "T-1" = "T"): DataValueProblemCode[] {
  return checkDataValue(element(kind, extra), period, value).map((problem) => problem.code);
}

describe("checkDataValue", () => {
  it.each([
    ["count", "0"],
    ["count", "125000"],
    ["currency", "1250.75"],
    ["hours", "0.5"],
    ["days", "3"],
    ["share", "0"],
    ["share", "100"],
    ["share", "98.1"],
    ["yes-no", "0"],
    ["yes-no", "1"],
    ["number", "-4.25"],
  ] as const)("accepts a %s of %s", (kind, value) => {
    expect(codes(kind, value)).toEqual([]);
  });

  it.each([
    ["count", "-1", ["negative"]],
    ["count", "-0.5", ["negative", "not-integer"]],
    ["currency", "-0.01", ["negative"]],
    ["hours", "-2", ["negative"]],
    ["days", "-1", ["negative"]],
    ["count", "2.5", ["not-integer"]],
    ["yes-no", "2", ["not-yes-no"]],
    ["yes-no", "0.5", ["not-yes-no"]],
    ["yes-no", "-1", ["not-yes-no"]],
    ["share", "-0.1", ["share-out-of-range"]],
    ["share", "100.0001", ["share-out-of-range"]],
    ["share", "150", ["share-out-of-range"]],
  ] as const)("rejects a %s of %s", (kind, value, expected) => {
    expect(codes(kind, value)).toEqual(expected);
  });

  it("allows negative numbers and shares of any precision", () => {
    expect(codes("number", "-1000000")).toEqual([]);
    expect(codes("share", "33.333333333333333333")).toEqual([]);
  });

  it("allows a fractional count when integer is false", () => {
    expect(codes("count", "2.5", { integer: false })).toEqual([]);
  });

  it.each([
    ["currency", "10.5"],
    ["hours", "1.5"],
    ["days", "0.25"],
    ["share", "12.5"],
    ["number", "3.5"],
  ] as const)("requires a whole %s when integer is true", (kind, value) => {
    expect(codes(kind, value)).toEqual([]);
    expect(codes(kind, value, { integer: true })).toEqual(["not-integer"]);
  });

  it("never reports a yes-no value as not an integer", () => {
    expect(codes("yes-no", "0.5", { integer: true })).toEqual(["not-yes-no"]);
  });

  it.each([
    ["9", ["below-minimum"]],
    ["10", []],
    ["55", []],
    ["100", []],
    ["100.5", ["above-maximum"]],
  ] as const)("checks %s against the range 10 to 100", (value, expected) => {
    expect(codes("number", value, { range: { min: 10, max: "100" } })).toEqual(expected);
  });

  it("compares range bounds exactly, beyond binary precision", () => {
    const range = { range: { max: "0.1" } };
    expect(codes("number", "0.10000000000000001", range)).toEqual(["above-maximum"]);
    expect(codes("number", "0.1", range)).toEqual([]);
    expect(codes("count", "9007199254740993", { range: { max: "9007199254740992" } })).toEqual(["above-maximum"]);
  });

  it("checks one bound when only one is set", () => {
    expect(codes("number", "-5", { range: { min: 0 } })).toEqual(["below-minimum"]);
    expect(codes("number", "1000000", { range: { min: 0 } })).toEqual([]);
    expect(codes("number", "5", { range: { max: 4 } })).toEqual(["above-maximum"]);
  });

  it("reports a period the element does not collect", () => {
    expect(codes("count", "5", {}, "T-1")).toEqual(["period-not-collected"]);
    expect(codes("count", "5", { periods: ["T", "T-1"] }, "T-1")).toEqual([]);
    expect(codes("count", "5", { periods: ["T-1"] }, "T")).toEqual(["period-not-collected"]);
  });

  it("reports every rule a value breaks", () => {
    expect(codes("count", "-2.5", { range: { min: 0, max: 10 } }, "T-1")).toEqual(["negative", "not-integer", "below-minimum", "period-not-collected"]);
  });

  it("names the element, period, value and fix in its messages", () => {
    const [negative] = checkDataValue(element("count"), "T", "-3");
    expect(negative?.message).toBe("figure[T] is -3: a count cannot be negative; enter the value as 0 or above");
    const [share] = checkDataValue(element("share"), "T", "250");
    expect(share?.message).toContain("not 0.125");
    const [period] = checkDataValue(element("count"), "T-1", "3");
    expect(period?.message).toContain("collected for T only");
  });

  it("throws for a value that is not canonical", () => {
    expect(() => checkDataValue(element("count"), "T", "1e3")).toThrow(InvalidDecimalError);
  });
});
