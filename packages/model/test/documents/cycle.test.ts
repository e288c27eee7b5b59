import { describe, expect, it } from "vitest";
import { parseCycle, safeParseCycle } from "../../src/index.js";
import { cycle2023, expectProblem } from "../helpers/fixtures.js";

describe("parseCycle", () => {
  it("accepts the 2023 cycle", () => {
    expect(parseCycle(cycle2023())).toEqual(cycle2023());
  });

  it("survives a JSON round trip unchanged", () => {
    const first = parseCycle(cycle2023());
    expect(parseCycle(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it.each([
    [{ reportingYear: 2023 }],
    [{ opens: "2024-06-30", closes: "2024-06-30" }],
    [{ framework: { id: "pmm-v1-published", version: "1.0.0-beta" } }],
  ])("accepts %j", (change) => {
    expect(safeParseCycle({ ...cycle2023(), ...change }).success).toBe(true);
  });

  it.each([
    ["a reporting year after the launch year", { reportingYear: 2024 }, "reportingYear", 2024, /after launch year 2023/],
    ["a closing date before the opening date", { closes: "2023-12-04" }, "closes", "2023-12-04", /before opening date 2023-12-05/],
    ["a date that does not exist", { opens: "2023-02-30" }, "opens", "2023-02-30", /calendar date that exists/],
    ["a date with a time", { closes: "2024-06-30T00:00:00Z" }, "closes", "2024-06-30T00:00:00Z", /calendar date that exists/],
    ["a year as text", { launchYear: "2023" }, "launchYear", "2023", /expected number/],
    ["a fractional year", { launchYear: 2023.5 }, "launchYear", 2023.5, /whole calendar year/],
    ["a year out of range", { reportingYear: 1800 }, "reportingYear", 1800, /from 1900 on/],
    ["an empty framework version", { framework: { id: "pmm", version: "" } }, "framework.version", "", /too small|at least/i],
  ])("rejects %s", (_label, change, path, received, message) => {
    const problem = expectProblem(safeParseCycle({ ...cycle2023(), ...change }), path);
    expect(problem.received).toEqual(received);
    expect(problem.message).toMatch(message);
  });
});
