import { describe, expect, it } from "vitest";
import { InvalidOptionError, PmmEngineError, computeCycle, computeKpis, type ComputeOptions } from "../compile/api.js";
import { submission } from "../compile/fixtures.js";
import { CLEAN_VALUES, realisticFramework } from "./realistic.js";

const compiled = realisticFramework();

function valueOf(options: ComputeOptions, kpiId = "tf.release", values = CLEAN_VALUES): string | undefined {
  const result = computeKpis(compiled, submission(values), options).find((entry) => entry.kpi === kpiId);
  return result?.status === "value" ? result.value : undefined;
}

describe("compute options", () => {
  // 250001 / 10000 = 25.0001, and 250005 / 10000 = 25.0005 exactly (by hand).
  it("rounds once at the output, half-even by default", () => {
    expect(valueOf({}, "tf.release", { ...CLEAN_VALUES, release_hours: "250001" })).toBe("25.0001");
    expect(valueOf({ rounding: { decimalPlaces: 3 } }, "tf.release", { ...CLEAN_VALUES, release_hours: "250005" })).toBe("25");
    expect(valueOf({ rounding: { decimalPlaces: 3, mode: "half-up" } }, "tf.release", { ...CLEAN_VALUES, release_hours: "250005" })).toBe("25.001");
    expect(valueOf({ rounding: { decimalPlaces: 0, mode: "ceil" } }, "tf.release", { ...CLEAN_VALUES, release_hours: "250001" })).toBe("26");
  });

  it("rounds explanation steps with the same settings", () => {
    const result = computeKpis(compiled, submission({ ...CLEAN_VALUES, release_hours: "250005" }), { rounding: { decimalPlaces: 3, mode: "down" } }).find((entry) => entry.kpi === "tf.release");
    expect(result?.status === "value" && result.explanation.steps).toEqual([{ expression: "release_hours / declarations", value: "25" }]);
  });

  it.each([
    [{ rounding: { decimalPlaces: 21 } }, "rounding.decimalPlaces"],
    [{ rounding: { decimalPlaces: 1.5 } }, "rounding.decimalPlaces"],
    [{ rounding: { mode: "bankers" } }, "rounding.mode"],
    [{ rounding: { places: 2 } }, "rounding.places"],
    [{ rounding: "2" }, "rounding"],
    [{ round: 2 }, "round"],
    [{ findings: {} }, "findings"],
    ["fast", "options"],
  ])("rejects %j", (options, option) => {
    let thrown: unknown;
    try {
      computeKpis(compiled, submission(CLEAN_VALUES), options as ComputeOptions);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidOptionError);
    expect((thrown as InvalidOptionError).option).toBe(option);
  });

  it("rejects a framework that was not compiled", () => {
    expect(() => computeKpis({} as never, submission(CLEAN_VALUES))).toThrow(PmmEngineError);
  });
});

describe("computeCycle", () => {
  const submissions = [
    submission(CLEAN_VALUES, { administration: "ZW" }),
    submission({ ...CLEAN_VALUES, declarations: "20000" }, { administration: "AR" }),
    submission({}, { administration: "Ma" }),
    submission(CLEAN_VALUES, { administration: "MA" }),
  ];

  it("sorts by administration id, then framework order", () => {
    const results = computeCycle(compiled, submissions);
    const kpis = compiled.kpis.map((entry) => entry.kpi.id);
    expect(results.map((result) => `${result.administration} ${result.kpi}`)).toEqual(["AR", "MA", "Ma", "ZW"].flatMap((administration) => kpis.map((id) => `${administration} ${id}`)));
  });

  it("gives the same output for any order of submissions", () => {
    const forward = JSON.stringify(computeCycle(compiled, submissions));
    expect(JSON.stringify(computeCycle(compiled, [...submissions].reverse()))).toBe(forward);
  });

  it("uses each administration's own findings", () => {
    const bad = submission({ ...CLEAN_VALUES, electronic_declarations: "10500" }, { administration: "BB" });
    const good = submission(CLEAN_VALUES, { administration: "CC" });
    const results = computeCycle(compiled, [bad, good]);
    expect(results.find((result) => result.administration === "BB" && result.kpi === "tf.electronic")?.status).toBe("invalid");
    expect(results.find((result) => result.administration === "CC" && result.kpi === "tf.electronic")?.status).toBe("value");
  });

  it("rejects two submissions of one administration", () => {
    expect(() => computeCycle(compiled, [submission({}, { administration: "AA" }), submission({}, { administration: "AA" })])).toThrow('administration "AA" has two submissions');
  });

  it("rejects submissions of different cycles", () => {
    expect(() => computeCycle(compiled, [submission({}, { administration: "AA" }), submission({}, { administration: "BB", cycle: "c2025" })])).toThrow("different cycles (c2023, c2025)");
  });

  it("returns nothing for no submissions", () => {
    expect(computeCycle(compiled, [])).toEqual([]);
  });
});
