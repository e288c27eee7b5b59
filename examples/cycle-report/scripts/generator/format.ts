/**
 * Writes an integer that counts units of 10^-decimals as a canonical decimal string: no exponent,
 * no trailing zeros after the point, `-0` written `0`. Building values as scaled integers keeps
 * binary floating-point artefacts such as `0.30000000000000004` out of the data.
 *
 * @param scaled - A safe integer, such as an amount in cents.
 * @param decimals - How many decimals `scaled` carries, such as 2 for cents.
 * @throws {RangeError} when `scaled` is not a safe integer.
 * @example
 * ```ts
 * formatScaled(123450, 2); // "1234.5"
 * formatScaled(-7, 1);     // "-0.7"
 * ```
 */
export function formatScaled(scaled: number, decimals: number): string {
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`formatScaled needs a safe integer, received ${scaled}`);
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, "0");
  const integerPart = digits.slice(0, digits.length - decimals);
  const fractionPart = digits.slice(digits.length - decimals).replace(/0+$/, "");
  const text = fractionPart === "" ? integerPart : `${integerPart}.${fractionPart}`;
  return scaled < 0 ? `-${text}` : text;
}

/** Returns a CSV field, quoted when it contains a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes a CSV document: a header line, then one line per row, each ended by `\n`.
 *
 * @example
 * ```ts
 * toCsv(["a", "b"], [["1", "x,y"]]); // 'a,b\n1,"x,y"\n'
 * ```
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\n`).join("");
}

/** Writes a value as JSON with two-space indentation and a final line break. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
