import { describe, expect, it } from "vitest";
import { parseFramework, parseMembership, pmmIllustrativeFramework } from "@pmm/model";
import { benchmarkCycle, compileFrameworkOrThrow, isPmmEngineError, scoreCycle } from "../../src/index.js";

const compiled = compileFrameworkOrThrow(parseFramework(pmmIllustrativeFramework));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isPmmEngineError(error) ? error.code : `untyped: ${String(error)}`;
  }
  return undefined;
}

describe("scoreCycle input checks", () => {
  it("rejects a missing framework", () => {
    expect(codeOf(() => scoreCycle(null as never, []))).toBe("invalid-input");
  });

  it("rejects missing KPI results", () => {
    expect(codeOf(() => scoreCycle(compiled, undefined as never))).toBe("invalid-input");
  });

  it("rejects an invalid raw framework", () => {
    expect(codeOf(() => scoreCycle({ kpis: [] } as never, []))).toBe("invalid-input");
  });

  it("scores raw framework JSON like the parsed one", () => {
    const raw = JSON.parse(JSON.stringify(pmmIllustrativeFramework)) as never;
    expect(JSON.stringify(scoreCycle(raw, []))).toBe(JSON.stringify(scoreCycle(compiled, [])));
  });

  it("names the argument in the message", () => {
    expect(() => scoreCycle(compiled, "results" as never)).toThrow(/kpiResults must be the KpiResult\[\] from computeCycle/);
  });
});

describe("benchmarkCycle input checks", () => {
  it("rejects no input", () => {
    expect(codeOf(() => benchmarkCycle(undefined as never))).toBe("invalid-input");
  });

  it("rejects missing administrations", () => {
    expect(codeOf(() => benchmarkCycle({ framework: compiled, kpiResults: [] } as never))).toBe("invalid-input");
  });

  it("accepts a cycle with no results", () => {
    const administrations = parseMembership([]);
    expect(() => benchmarkCycle({ framework: compiled, kpiResults: [], administrations })).not.toThrow();
  });
});
