/**
 * Exact linear algebra over integer 0/1 matrices, for the recovery audit: which unknowns (or
 * pairs of unknowns) a set of published sums determines.
 *
 * Rows are published groups, columns are unknowns. Gauss–Jordan elimination is done in whole
 * numbers without fractions (JavaScript numbers while the entries stay small, else BigInt):
 * each row operation is `a·row − b·pivotRow`, then the row is divided by the greatest common
 * divisor of its entries. Each row also carries, in extra columns, its
 * coefficients over the original rows, so that a vector of the row space can be traced back to
 * the groups it combines.
 */

/** The reduced row echelon form of a matrix, with the combination that produced each row. */
export interface ReducedRows {
  /** Entries of each reduced row over the columns. */
  rows: bigint[][];
  /** Coefficients of each reduced row over the original rows. */
  combinations: bigint[][];
  /** The pivot column of each reduced row, in row order. */
  pivotColumns: number[];
  /** For each column, the reduced row whose pivot it is, or -1 for a free column. */
  pivotRowOf: number[];
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function normalise(row: bigint[]): void {
  let divisor = 0n;
  for (const entry of row) if (entry !== 0n) divisor = gcd(divisor, entry);
  if (divisor > 1n) for (let index = 0; index < row.length; index++) row[index] = (row[index] as bigint) / divisor;
}

/**
 * The maximum entry magnitude the elimination keeps in JavaScript numbers: a row operation
 * `a·x − b·y` on entries up to 2^26 stays below 2^53, so it is exact.
 */
const NUMBER_ENTRY_LIMIT = 2 ** 26;

/**
 * Reduces a 0/1 matrix to reduced row echelon form with exact integer arithmetic: in
 * JavaScript numbers while every entry stays within `numberLimit`, else again in BigInt.
 *
 * @param matrix - Rows of 0/1 entries, all of the same length.
 * @param numberLimit - The maximum entry magnitude kept in numbers. Default 2^26, which keeps
 *   every row operation exact. Tests lower it to take the BigInt path.
 * @returns The reduced rows, their combinations of the original rows and the pivot columns.
 */
export function reduceRows(matrix: readonly (readonly number[])[], numberLimit = NUMBER_ENTRY_LIMIT): ReducedRows {
  const limit = Math.min(numberLimit, NUMBER_ENTRY_LIMIT);
  const rowCount = matrix.length;
  const columnCount = matrix[0]?.length ?? 0;
  const width = columnCount + rowCount;
  const work: Float64Array[] = matrix.map((row, index) => {
    const extended = new Float64Array(width);
    extended.set(row);
    extended[columnCount + index] = 1;
    return extended;
  });
  const pivotColumns: number[] = [];
  const pivotRowOf = new Array<number>(columnCount).fill(-1);

  let next = 0;
  for (let column = 0; column < columnCount && next < rowCount; column++) {
    let found = next;
    while (found < rowCount && (work[found] as Float64Array)[column] === 0) found += 1;
    if (found === rowCount) continue;
    const pivot = work[found] as Float64Array;
    work[found] = work[next] as Float64Array;
    work[next] = pivot;
    const a = pivot[column] as number;
    for (let index = 0; index < rowCount; index++) {
      const row = work[index] as Float64Array;
      const b = row[column] as number;
      if (index === next || b === 0) continue;
      for (let entry = 0; entry < width; entry++) row[entry] = a * (row[entry] as number) - b * (pivot[entry] as number);
      if (normaliseNumbers(row) > limit) return reduceRowsExactly(matrix);
    }
    pivotColumns.push(column);
    pivotRowOf[column] = next;
    next += 1;
  }

  return {
    rows: work.map((row) => toBigInts(row, 0, columnCount)),
    combinations: work.map((row) => toBigInts(row, columnCount, width)),
    pivotColumns,
    pivotRowOf,
  };
}

function toBigInts(row: Float64Array, start: number, end: number): bigint[] {
  const result = new Array<bigint>(end - start);
  for (let index = start; index < end; index++) {
    const entry = row[index] as number;
    result[index - start] = entry === 0 ? 0n : BigInt(entry);
  }
  return result;
}

function numberGcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const remainder = x % y;
    x = y;
    y = remainder;
  }
  return x;
}

/** Divides a row by the greatest common divisor of its entries, and returns its largest entry magnitude afterwards. */
function normaliseNumbers(row: Float64Array): number {
  let divisor = 0;
  for (let index = 0; index < row.length && divisor !== 1; index++) {
    const entry = row[index] as number;
    if (entry !== 0) divisor = numberGcd(divisor, entry);
  }
  let largest = 0;
  for (let index = 0; index < row.length; index++) {
    const entry = divisor > 1 ? (row[index] as number) / divisor : (row[index] as number);
    row[index] = entry;
    if (entry > largest) largest = entry;
    else if (-entry > largest) largest = -entry;
  }
  return largest;
}

/** Reduces a 0/1 matrix as {@link reduceRows} does, with every entry in BigInt. */
function reduceRowsExactly(matrix: readonly (readonly number[])[]): ReducedRows {
  const rowCount = matrix.length;
  const columnCount = matrix[0]?.length ?? 0;
  const work = matrix.map((row, index) => [...row.map((entry) => BigInt(entry)), ...Array.from({ length: rowCount }, (_, other) => (other === index ? 1n : 0n))]);
  const pivotColumns: number[] = [];
  const pivotRowOf = Array.from({ length: columnCount }, () => -1);

  let next = 0;
  for (let column = 0; column < columnCount && next < rowCount; column++) {
    const found = work.findIndex((row, index) => index >= next && row[column] !== 0n);
    if (found === -1) continue;
    [work[next], work[found]] = [work[found] as bigint[], work[next] as bigint[]];
    const pivot = work[next] as bigint[];
    const a = pivot[column] as bigint;
    for (let index = 0; index < rowCount; index++) {
      const row = work[index] as bigint[];
      const b = row[column] as bigint;
      if (index === next || b === 0n) continue;
      for (let entry = 0; entry < row.length; entry++) row[entry] = a * (row[entry] as bigint) - b * (pivot[entry] as bigint);
      normalise(row);
    }
    pivotColumns.push(column);
    pivotRowOf[column] = next;
    next += 1;
  }

  return {
    rows: work.map((row) => row.slice(0, columnCount)),
    combinations: work.map((row) => row.slice(columnCount)),
    pivotColumns,
    pivotRowOf,
  };
}

/**
 * Describes, for one column, how the unknown varies over the solutions of the published sums:
 * the coefficients of the column in a basis of the null space, as a canonical text key (scaled
 * to coprime integers with a positive first entry). Two columns with the same key can be
 * solved together from the sums and sums of squares; the key `"0"` means the column itself is
 * determined by the sums.
 *
 * @param reduced - The reduced rows of the matrix.
 * @param column - The column to describe.
 * @returns The key.
 */
export function nullSpaceKey(reduced: ReducedRows, column: number): string {
  const row = reduced.pivotRowOf[column] ?? -1;
  if (row === -1) return `${column}:1`;
  const entries = reduced.rows[row] as bigint[];
  const parts: [number, bigint][] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as bigint;
    if (entry !== 0n && reduced.pivotRowOf[index] === -1) parts.push([index, entry]);
  }
  if (parts.length === 0) return "0";
  let divisor = 0n;
  for (const [, entry] of parts) divisor = gcd(divisor, entry);
  const sign = (parts[0]?.[1] ?? 1n) < 0n ? -1n : 1n;
  return parts.map(([index, entry]) => `${index}:${(sign * entry) / divisor}`).join(",");
}

/**
 * Finds which original rows take part in forming a vector of the row space that is supported on
 * one column, or on two columns with the same {@link nullSpaceKey}.
 *
 * @param reduced - The reduced rows of the matrix.
 * @param first - A column whose key is `"0"`, or the first of two columns with the same key.
 * @param second - The second column, when two columns are solved together.
 * @returns The indexes of the original rows with a non-zero coefficient.
 */
export function involvedRows(reduced: ReducedRows, first: number, second?: number): number[] {
  const firstRow = reduced.pivotRowOf[first] ?? -1;
  const secondRow = second === undefined ? -1 : (reduced.pivotRowOf[second] ?? -1);
  const rowCount = reduced.combinations.length;
  let coefficients: bigint[];

  if (firstRow !== -1 && secondRow !== -1) {
    // Both columns are pivots: w = e_first − λ e_second with λ from any free column f on which
    // both rows are non-zero, so the coefficients are c_first · A[second][f] − A[first][f] · c_second.
    const firstEntries = reduced.rows[firstRow] as bigint[];
    const secondEntries = reduced.rows[secondRow] as bigint[];
    const free = firstEntries.findIndex((entry, index) => entry !== 0n && reduced.pivotRowOf[index] === -1);
    const a = firstEntries[free] as bigint;
    const b = secondEntries[free] as bigint;
    const firstCombination = reduced.combinations[firstRow] as bigint[];
    const secondCombination = reduced.combinations[secondRow] as bigint[];
    coefficients = firstCombination.map((entry, index) => entry * b - a * (secondCombination[index] as bigint));
  } else {
    const row = firstRow !== -1 ? firstRow : secondRow;
    coefficients = row === -1 ? [] : [...(reduced.combinations[row] as bigint[])];
  }

  const rows: number[] = [];
  for (let index = 0; index < rowCount; index++) if ((coefficients[index] ?? 0n) !== 0n) rows.push(index);
  return rows;
}
