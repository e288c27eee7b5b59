import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { involvedRows, nullSpaceKey, reduceRows } from "../../src/disclosure/linear-span.js";

// Global (a, b, c, d) and region X (a, b, c), reduced by hand: global − X isolates d.
const nested = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
];

describe("reduceRows", () => {
  it("reduces nested groups", () => {
    const reduced = reduceRows(nested);
    expect(reduced.rows).toEqual([
      [-1n, -1n, -1n, 0n],
      [0n, 0n, 0n, -1n],
    ]);
    expect(reduced.combinations).toEqual([
      [0n, -1n],
      [-1n, 1n],
    ]);
    expect(reduced.pivotColumns).toEqual([0, 3]);
    expect(reduced.pivotRowOf).toEqual([0, -1, -1, 1]);
  });

  it("gives the same result in numbers and in BigInt", () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }))
      .chain(([rows, columns]) => fc.array(fc.array(fc.constantFrom(0, 1), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
    fc.assert(
      fc.property(matrix, (rows) => {
        expect(reduceRows(rows)).toEqual(reduceRows(rows, 0));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("nullSpaceKey", () => {
  it("marks a determined column with 0", () => {
    expect(nullSpaceKey(reduceRows(nested), 3)).toBe("0");
  });

  it("describes free and pivot columns", () => {
    const reduced = reduceRows(nested);
    expect(nullSpaceKey(reduced, 1)).toBe("1:1");
    expect(nullSpaceKey(reduced, 0)).toBe("1:1,2:1");
  });
});

describe("involvedRows", () => {
  it("traces a determined column to its groups", () => {
    expect(involvedRows(reduceRows(nested), 3)).toEqual([0, 1]);
  });
});
