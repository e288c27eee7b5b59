import { describe, expect, it } from "vitest";
import { EngineDecimal, InvalidOptionError, PmmEngineError, toOutputString, resolveOutputRounding } from "../src/index.js";

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

  it.each(["toString", "constructor", "__proto__", "valueOf", "nearest"])("rejects the rounding mode %j", (mode) => {
    expect(() => resolveOutputRounding({ mode: mode as "up" })).toThrow(InvalidOptionError);
    expect(() => toOutputString(new EngineDecimal("0.0005"), { mode: mode as "up" })).toThrow(`rounding.mode is "${mode}"`);
  });

  it.each([-1, 1.5, 21, "2"])("rejects %j decimal places when writing a value", (decimalPlaces) => {
    expect(() => toOutputString(new EngineDecimal("1"), { decimalPlaces: decimalPlaces as number })).toThrow(InvalidOptionError);
  });

  it("rejects rounding options that are not an object or have unknown keys", () => {
    expect(() => resolveOutputRounding(2 as never)).toThrow("rounding is 2");
    expect(() => resolveOutputRounding({ places: 2 } as never)).toThrow('unknown option "rounding.places"');
    expect(() => toOutputString(new EngineDecimal("1"), { places: 2 } as never)).toThrow(InvalidOptionError);
  });

  it("checks options again after they change", () => {
    const rounding = { decimalPlaces: 2 };
    expect(toOutputString(new EngineDecimal("1.234"), rounding)).toBe("1.23");
    rounding.decimalPlaces = 30;
    expect(() => toOutputString(new EngineDecimal("1.234"), rounding)).toThrow(InvalidOptionError);
  });

  it("refuses to write NaN or an infinite value", () => {
    expect(() => toOutputString(new EngineDecimal(NaN))).toThrow(PmmEngineError);
    expect(() => toOutputString(new EngineDecimal(Infinity))).toThrow("value is Infinity");
  });
});
