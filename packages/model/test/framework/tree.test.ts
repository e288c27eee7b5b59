import { describe, expect, it } from "vitest";
import { Dimension, OFFICIAL_DIMENSIONS, Outcome, SdgTarget, Weight } from "../../src/index.js";

const dimension = { id: "TF", name: { en: "Trade Facilitation and Economic Competitiveness" }, provenance: "published" };
const outcome = { id: "paperless", dimension: "TF", name: { en: "Paperless trade" }, provenance: "published" };

describe("Weight", () => {
  it.each([
    [undefined, "1"],
    [0, "0"],
    ["2.50", "2.5"],
    [0.25, "0.25"],
  ])("parses %j as %j", (input, expected) => {
    expect(Weight.parse(input)).toBe(expected);
  });

  it.each([["-1"], [-0.5], ["heavy"], ["NaN"], [null]])("rejects %j", (input) => {
    expect(Weight.safeParse(input).success).toBe(false);
  });
});

describe("Dimension", () => {
  it("fills the default weight", () => {
    expect(Dimension.parse(dimension)).toEqual({ ...dimension, weight: "1" });
  });

  it("accepts its own aggregation", () => {
    const parsed = Dimension.parse({ ...dimension, aggregation: { method: "geometric" } });
    expect(parsed.aggregation).toEqual({ method: "geometric", threshold: "0.5" });
  });

  it.each([
    [{ ...dimension, id: "" }],
    [{ ...dimension, name: { fr: "Facilitation" } }],
    [{ ...dimension, weight: "-2" }],
    [{ ...dimension, provenance: "official" }],
    [{ ...dimension, aggregation: { method: "median" } }],
  ])("rejects %j", (input) => {
    expect(Dimension.safeParse(input).success).toBe(false);
  });

  it("names the four official dimensions", () => {
    expect(OFFICIAL_DIMENSIONS).toEqual({
      TF: "Trade Facilitation and Economic Competitiveness",
      RC: "Revenue Collection",
      ESP: "Enforcement, Security and Protection of Society",
      OD: "Organizational Development",
    });
  });
});

describe("Outcome", () => {
  it("fills defaults", () => {
    expect(Outcome.parse(outcome)).toEqual({ ...outcome, instruments: [], sdgTargets: [], weight: "1" });
  });

  it("accepts instruments and SDG targets", () => {
    const parsed = Outcome.parse({ ...outcome, instruments: ["Revised Kyoto Convention"], sdgTargets: ["17.11", "16.a"] });
    expect(parsed.sdgTargets).toEqual(["17.11", "16.a"]);
  });

  it.each([
    [{ ...outcome, dimension: undefined }],
    [{ ...outcome, instruments: [""] }],
    [{ ...outcome, sdgTargets: ["18.1"] }],
    [{ ...outcome, weight: "x" }],
  ])("rejects %j", (input) => {
    expect(Outcome.safeParse(input).success).toBe(false);
  });
});

describe("SdgTarget", () => {
  it.each(["1.1", "17.11", "16.a", "9.c", "10.7"])("accepts %j", (target) => {
    expect(SdgTarget.parse(target)).toBe(target);
  });

  it.each(["0.1", "18.1", "17", "17.", "17.A", "17.100", "SDG 17.11"])("rejects %j", (target) => {
    expect(SdgTarget.safeParse(target).success).toBe(false);
  });
});
