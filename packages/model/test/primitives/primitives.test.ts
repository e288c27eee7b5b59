import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DataElementId, Id, IsoDate, IsoDateTime, LocalizedText, Period, Provenance, Year, isIsoDate } from "../../src/index.js";

describe("Id", () => {
  it.each(["TF", "tf.release_time", "a", "GH-2023", "x".repeat(64)])("accepts %j", (id) => {
    expect(Id.parse(id)).toBe(id);
  });

  it.each(["", "1TF", "_a", "a b", "a/b", "é", "x".repeat(65), 12, null])("rejects %j", (id) => {
    const result = Id.safeParse(id);
    expect(result.success).toBe(false);
  });

  it("explains the expected form", () => {
    expect(Id.safeParse("1TF").error?.issues[0]?.message).toMatch(/expected an id: a letter/);
  });
});

describe("DataElementId", () => {
  it.each(["declarations", "aeo_count", "x1"])("accepts %j", (id) => {
    expect(DataElementId.parse(id)).toBe(id);
  });

  it.each(["aeo.count", "aeo-count", "1x", "", "T-1"])("rejects %j, which formulas cannot name", (id) => {
    expect(DataElementId.safeParse(id).success).toBe(false);
  });
});

describe("LocalizedText", () => {
  it.each([
    [{ en: "Revenue Collection" }],
    [{ en: "Revenue Collection", fr: "Perception des recettes" }],
    [{ en: "Text", "es-419": "Texto", "zh-Hans": "文本" }],
  ])("accepts %j", (text) => {
    expect(LocalizedText.parse(text)).toEqual(text);
  });

  it("trims surrounding spaces", () => {
    expect(LocalizedText.parse({ en: "  Paperless trade " })).toEqual({ en: "Paperless trade" });
  });

  it.each([
    [{}, "en"],
    [{ fr: "Texte" }, "en"],
    [{ en: "" }, "en"],
    [{ en: "   " }, "en"],
    [{ en: "Text", fr: "" }, "fr"],
    [{ en: "Text", French: "Texte" }, "French"],
    [{ en: "Text", EN: "Text" }, "EN"],
    [{ en: 5 }, "en"],
  ])("rejects %j at %s", (text, key) => {
    const result = LocalizedText.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(key);
  });

  it.each([["a string"], [null], [["en", "Text"]]])("rejects %j by type", (text) => {
    expect(LocalizedText.safeParse(text).success).toBe(false);
  });
});

describe("Year", () => {
  it.each([1900, 2022, 2200])("accepts %d", (year) => {
    expect(Year.parse(year)).toBe(year);
  });

  it.each([1899, 2201, 2022.5, "2022", Number.NaN])("rejects %j", (year) => {
    expect(Year.safeParse(year).success).toBe(false);
  });
});

describe("IsoDate", () => {
  it.each(["2023-12-05", "2024-02-29", "2000-02-29", "0099-01-01", "1999-12-31"])("accepts %j", (date) => {
    expect(IsoDate.parse(date)).toBe(date);
  });

  it.each(["2023-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-04-31", "2023-12-00", "2023-12-5", "05/12/2023", "2023-12-05T00:00:00Z", " 2023-12-05", ""])(
    "rejects %j",
    (date) => {
      const result = IsoDate.safeParse(date);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/calendar date that exists/);
    },
  );

  it("agrees with the days of every month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
        expect(isIsoDate(text)).toBe(day <= days);
      }),
    );
  });
});

describe("IsoDateTime", () => {
  it.each(["2023-12-05T09:30:00Z", "2023-12-05T09:30:00.123Z", "2024-03-01T16:30:00+01:00"])("accepts %j", (text) => {
    expect(IsoDateTime.parse(text)).toBe(text);
  });

  it.each(["2023-12-05", "2023-12-05T09:30:00", "2023-02-30T09:30:00Z", "2023-12-05 09:30:00Z", "yesterday"])("rejects %j", (text) => {
    expect(IsoDateTime.safeParse(text).success).toBe(false);
  });
});

describe("Period and Provenance", () => {
  it("accept their values only", () => {
    expect(Period.options).toEqual(["T", "T-1"]);
    expect(Period.safeParse("T-2").success).toBe(false);
    expect(Provenance.options).toEqual(["published", "illustrative"]);
    expect(Provenance.safeParse("official").success).toBe(false);
  });
});
