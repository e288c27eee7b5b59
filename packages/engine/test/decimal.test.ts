import { describe, expect, it } from "vitest";
import { EngineDecimal, InvalidOptionError, toOutputString, resolveOutputRounding } from "../src/index.js";

describe("toOutputString", () => {
  it("rounds half-even by default", () => {
    expect(toOutputString(new EngineDecimal("2.00005"))).toBe("2");
    expect(toOutputString(new EngineDecimal("2.00015"))).toBe("2.0002");
  });

  it("rounds half-up on request", () => {
    expect(toOutputString(new EngineDecimal("2.00005"), { mode: "half-up" })).toBe("2.0001");
  });

  it("writes negative zero as zero", () => {
    expect(toOutputString(new EngineDecimal("-0.00001"))).toBe("0");
  });

  it("rounds one third times three back to one", () => {
    expect(toOutputString(new EngineDecimal(1).div(3).times(3))).toBe("1");
  });

  it("rejects out-of-range decimal places", () => {
    expect(() => resolveOutputRounding({ decimalPlaces: 21 })).toThrow(InvalidOptionError);
  });
});
