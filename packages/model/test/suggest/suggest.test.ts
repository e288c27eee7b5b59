import { describe, expect, it } from "vitest";
import { editDistance, suggestName } from "../../src/index.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["declaratoins", "declarations", 1],
    ["ab", "ba", 1],
  ])("distance from %j to %j is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it("stops at the limit", () => {
    expect(editDistance("aaaaaaaa", "bbbbbbbb", 2)).toBe(3);
  });
});

describe("suggestName", () => {
  it("prefers a match that differs in case", () => {
    expect(suggestName("Declarations", ["declaration", "declarations"])).toBe("declarations");
  });

  it("finds a misspelt name", () => {
    expect(suggestName("declaratons", ["declarations", "seizures"])).toBe("declarations");
  });

  it("suggests nothing when no name is close", () => {
    expect(suggestName("revenue", ["declarations", "seizures"])).toBeUndefined();
  });
});
