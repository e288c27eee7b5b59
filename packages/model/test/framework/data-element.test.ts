import { describe, expect, it } from "vitest";
import { DataElement, DataElementKind, toProblems } from "../../src/index.js";

const base = { id: "declarations", name: { en: "Goods declarations lodged" }, kind: "count", provenance: "illustrative" };

function problemsOf(input: unknown): { path: string; message: string; received?: unknown }[] {
  const result = DataElement.safeParse(input);
  return result.success ? [] : toProblems(result.error.issues, input);
}

describe("DataElement", () => {
  it("fills the default period T", () => {
    expect(DataElement.parse(base)).toEqual({ ...base, periods: ["T"] });
  });

  it.each(DataElementKind.options)("accepts the kind %s", (kind) => {
    expect(DataElement.parse({ ...base, kind }).kind).toBe(kind);
  });

  it("canonicalizes range bounds", () => {
    const element = DataElement.parse({ ...base, range: { min: "0.0", max: 1e6 } });
    expect(element.range).toEqual({ min: "0", max: "1000000" });
  });

  it.each([
    [{ ...base, range: { min: 0, max: 0 } }],
    [{ ...base, kind: "number", range: { min: -50, max: 50 } }],
    [{ ...base, kind: "share", range: { min: "-1" } }],
    [{ ...base, range: { max: 10 } }],
    [{ ...base, kind: "number", unitLabel: "Score 1-5", integer: true, range: { min: 1, max: 5 } }],
    [{ ...base, periods: ["T", "T-1"], description: { en: "All channels." } }],
  ])("accepts %j", (input) => {
    expect(DataElement.safeParse(input).success).toBe(true);
  });

  it.each([
    [{ ...base, id: "aeo.count" }, "id"],
    [{ ...base, kind: "percentage" }, "kind"],
    [{ ...base, name: "Declarations" }, "name"],
    [{ ...base, provenance: undefined }, "provenance"],
    [{ ...base, periods: [] }, "periods"],
    [{ ...base, periods: ["T-2"] }, "periods[0]"],
    [{ ...base, integer: "yes" }, "integer"],
    [{ ...base, unitLabel: "" }, "unitLabel"],
    [{ ...base, range: { min: "NaN" } }, "range.min"],
    [{ ...base, range: { max: "" } }, "range.max"],
    [{ ...base, range: { max: 0.1 + 0.2 } }, "range.max"],
  ])("rejects %j at %s", (input, path) => {
    expect(problemsOf(input).map((problem) => problem.path)).toContain(path);
  });

  it("rejects a range whose min is above its max", () => {
    const [problem] = problemsOf({ ...base, range: { min: "10", max: "9.99" } });
    expect(problem?.path).toBe("range");
    expect(problem?.message).toBe("range min 10 is above max 9.99: swap them");
  });

  it("compares range bounds exactly", () => {
    expect(problemsOf({ ...base, kind: "number", range: { min: "0.10000000000000001", max: "0.1" } })).toHaveLength(1);
    expect(problemsOf({ ...base, kind: "number", range: { min: "0.1", max: "0.10000000000000001" } })).toEqual([]);
  });

  it.each(["count", "currency", "hours", "days"])("rejects a negative min for a %s element", (kind) => {
    const problems = problemsOf({ ...base, kind, range: { min: "-1" } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("range.min");
    expect(problems[0]?.received).toBe("-1");
    expect(problems[0]?.message).toContain(`a ${kind} data element can never be below 0`);
  });
});
