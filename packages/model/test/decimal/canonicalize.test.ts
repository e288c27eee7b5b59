import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecimalInput, DecimalString, MAX_DECIMAL_DIGITS, canonicalizeDecimal, isCanonicalDecimal } from "../../src/index.js";

describe("canonicalizeDecimal", () => {
  it.each([
    ["0", "0"],
    ["-0", "0"],
    ["+0.000", "0"],
    ["001.500", "1.5"],
    ["98.1", "98.1"],
    ["-12.50", "-12.5"],
    ["  42  ", "42"],
    ["1e3", "1000"],
    ["1.25E+2", "125"],
    ["125e-2", "1.25"],
    ["-5e-3", "-0.005"],
    ["0.0000001", "0.0000001"],
    ["123456789012345678901234567890", "123456789012345678901234567890"],
    ["0." + "0".repeat(29) + "1", "0." + "0".repeat(29) + "1"],
  ])("turns text %j into %j", (input, expected) => {
    expect(canonicalizeDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [0, "0"],
    [-0, "0"],
    [98.1, "98.1"],
    [-3, "-3"],
    [1e-7, "0.0000001"],
    [1e21 / 1e10, "100000000000"],
    [Number.MAX_SAFE_INTEGER, "9007199254740991"],
    [-Number.MAX_SAFE_INTEGER, "-9007199254740991"],
    [123456789.123456, "123456789.123456"],
  ])("turns number %d into %j", (input, expected) => {
    expect(canonicalizeDecimal(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", /not a decimal number/],
    ["   ", /not a decimal number/],
    ["NaN", /not a decimal number/],
    ["Infinity", /not a decimal number/],
    ["1,5", /not a decimal number/],
    ["1.", /not a decimal number/],
    [".5", /not a decimal number/],
    ["0x10", /not a decimal number/],
    ["1e", /not a decimal number/],
    ["--1", /not a decimal number/],
    ["12 %", /not a decimal number/],
    ["1e400", /out of range/],
    ["1e-400", /out of range/],
    ["1" + "0".repeat(MAX_DECIMAL_DIGITS), /out of range/],
    ["0." + "0".repeat(MAX_DECIMAL_DIGITS) + "1", /out of range/],
  ])("rejects text %j", (input, message) => {
    const result = canonicalizeDecimal(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    [Number.NaN, /not a finite number/],
    [Number.POSITIVE_INFINITY, /not a finite number/],
    [Number.NEGATIVE_INFINITY, /not a finite number/],
    [2 ** 53, /beyond 2\^53 - 1/],
    [2 ** 53 + 2, /beyond 2\^53 - 1/],
    [-(2 ** 60), /beyond 2\^53 - 1/],
    [1e300, /beyond 2\^53 - 1/],
    [0.1 + 0.2, /17 significant digits/],
    [1 / 3, /significant digits/],
  ])("rejects number %d", (input, message) => {
    const result = canonicalizeDecimal(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("suggests the intended decimal for an inexact number", () => {
    const result = canonicalizeDecimal(0.1 + 0.2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('"0.3"');
  });

  it("accepts every safe integer", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (integer) => {
        expect(canonicalizeDecimal(integer)).toEqual({ ok: true, value: BigInt(integer).toString() });
      }),
    );
  });

  it("rejects every integer beyond the safe range", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }), fc.boolean(), (magnitude, negative) => {
        const value = Number(negative ? -magnitude : magnitude);
        expect(canonicalizeDecimal(value).ok).toBe(false);
      }),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(decimalText(), (text) => {
        const first = canonicalizeDecimal(text);
        if (!first.ok) return;
        expect(canonicalizeDecimal(first.value)).toEqual(first);
        expect(isCanonicalDecimal(first.value)).toBe(true);
      }),
    );
  });

  it("keeps the value of the text it canonicalizes", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 4 }), (unscaled, scale, padding) => {
        // The exact value is unscaled / 10^scale; write it with extra zeros on both sides.
        const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
        const integerPart = digits.slice(0, digits.length - scale);
        const fractionPart = digits.slice(digits.length - scale);
        const text = `${unscaled < 0n ? "-" : ""}${"0".repeat(padding)}${integerPart}${scale > 0 || padding > 0 ? "." : ""}${fractionPart}${"0".repeat(padding)}`;
        const result = canonicalizeDecimal(text.endsWith(".") ? `${text}0` : text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(toScaled(result.value, 30)).toBe(unscaled * 10n ** BigInt(30 - scale));
      }),
    );
  });

  it("round-trips through JSON numbers of up to 15 digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), (unscaled, scale) => {
        const number = unscaled / 10 ** scale;
        const result = canonicalizeDecimal(number);
        expect(result.ok).toBe(true);
        if (result.ok) expect(Number(result.value)).toBe(number);
      }),
    );
  });
});

describe("isCanonicalDecimal", () => {
  it.each(["0", "1", "-1", "12.5", "-0.25", "1000", "0.001"])("accepts %j", (text) => {
    expect(isCanonicalDecimal(text)).toBe(true);
  });

  it.each(["-0", "00", "01", "1.0", "1.50", "+1", "1e3", ".5", "5.", "", " 1", "0.0", "-0.0"])("rejects %j", (text) => {
    expect(isCanonicalDecimal(text)).toBe(false);
  });
});

describe("DecimalInput", () => {
  it("parses numbers and text to canonical strings", () => {
    expect(DecimalInput.parse(12)).toBe("12");
    expect(DecimalInput.parse("12.50")).toBe("12.5");
  });

  it.each([[true], [null], [undefined], [[1]], [{ value: 1 }]])("rejects %j by type", (input) => {
    expect(DecimalInput.safeParse(input).success).toBe(false);
  });

  it("names the value in its message", () => {
    const result = DecimalInput.safeParse("NaN");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"NaN"');
  });

  it("documents text that canonicalizeDecimal accepts", () => {
    const schema = DecimalInput.toJSONSchema({ io: "input" }) as { anyOf: { type: string; pattern?: string }[] };
    const pattern = new RegExp(schema.anyOf.find((branch) => branch.type === "string")?.pattern ?? "(?!)");
    fc.assert(
      fc.property(decimalText(), (text) => {
        if (canonicalizeDecimal(text).ok) expect(pattern.test(text), text).toBe(true);
        if (!pattern.test(text)) expect(canonicalizeDecimal(text).ok, text).toBe(false);
      }),
    );
  });
});

describe("DecimalString", () => {
  it.each(["0", "-12.5", "1000"])("accepts %j", (text) => {
    expect(DecimalString.parse(text)).toBe(text);
  });

  it.each(["-0", "1.50", "1e3", 12])("rejects %j", (text) => {
    expect(DecimalString.safeParse(text).success).toBe(false);
  });
});

/** Text that looks like a decimal: signs, digits, points, exponents and spaces in any mix. */
function decimalText(): fc.Arbitrary<string> {
  const piece = fc.constantFrom("0", "1", "5", "9", "00", ".", "-", "+", "e", "E", "e-", " ", "x");
  return fc.oneof(
    fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join("")),
    fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat(40), fc.integer({ min: -40, max: 40 })).map(([digits, zeros, exponent]) => `${digits}${zeros % 3 === 0 ? "" : "." + "0".repeat(zeros % 5) + "7"}e${exponent}`),
  );
}

/** The exact value of a canonical decimal times 10^scale, as a BigInt; the decimal must have at most `scale` fraction digits. */
function toScaled(text: string, scale: number): bigint {
  const negative = text.startsWith("-");
  const [integerPart = "", fractionPart = ""] = text.replace(/^-/, "").split(".");
  const magnitude = BigInt(integerPart + fractionPart.padEnd(scale, "0"));
  return negative ? -magnitude : magnitude;
}
