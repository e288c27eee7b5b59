/** A linear map from a data domain to a pixel range. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
}

/**
 * Makes a linear scale. A domain of zero width maps every value to the middle of the range.
 *
 * @example
 * ```ts
 * const x = linearScale([0, 100], [40, 440]);
 * x(50); // 240
 * ```
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  const scale = (value: number): number => (width === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / width) * (r1 - r0));
  return Object.assign(scale, { domain });
}

/**
 * Widens a domain by a share of its width on each side, and gives a zero-width domain a width
 * so that its single value sits in the middle.
 *
 * @example
 * ```ts
 * paddedDomain([10, 20], 0.05); // [9.5, 20.5]
 * ```
 */
export function paddedDomain(values: readonly number[], share = 0.05): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const width = high - low;
  const pad = width === 0 ? Math.max(Math.abs(low) * 0.1, 1) : width * share;
  return [low - pad, high + pad];
}

/** Average width of one character of the page's sans-serif font, as a share of the font size. */
const CHARACTER_WIDTH = 0.56;

/**
 * Estimates the width in pixels of text at a font size in pixels.
 *
 * @example
 * ```ts
 * textWidth("Region", 12); // 40.32
 * ```
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHARACTER_WIDTH;
}

/**
 * Breaks text into lines that fit a width, at spaces; a word longer than a line is cut with an
 * ellipsis. At most `maxLines` lines: the last one ends with an ellipsis when text is left.
 *
 * @example
 * ```ts
 * wrapText("Trade Facilitation and Economic Competitiveness", 120, 12, 2);
 * ```
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * CHARACTER_WIDTH)));
  const lines: string[] = [];
  let current = "";
  const words = text.split(/\s+/).filter((word) => word !== "");
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] as string;
    const candidate = current === "" ? word : `${current} ${word}`;
    if (candidate.length <= perLine) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = word.length > perLine ? `${word.slice(0, perLine - 1)}…` : word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current !== "") lines.push(current);
  if (index < words.length || lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1] ?? "";
    kept[maxLines - 1] = last.length >= perLine ? `${last.slice(0, perLine - 1)}…` : `${last}…`;
    return kept;
  }
  return lines;
}

/**
 * Moves label positions apart so that no two are closer than `gap`, keeping their order and
 * staying within `[low, high]` where possible. Used for the end labels of slope charts.
 *
 * @param positions - Wanted positions (pixels).
 * @returns Adjusted positions, in the input order.
 * @example
 * ```ts
 * spreadLabels([100, 102, 104], 12, 0, 300); // [91, 103, 115] or similar: 12 px apart
 * ```
 */
export function spreadLabels(positions: readonly number[], gap: number, low: number, high: number): number[] {
  const order = positions.map((position, index) => ({ position, index })).sort((a, b) => a.position - b.position);
  const placed = order.map((item) => item.position);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] as number, (placed[i - 1] as number) + gap);
  const overflow = (placed[placed.length - 1] ?? high) - high;
  if (overflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = (placed[i] as number) - overflow;
  for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i] as number, (placed[i + 1] as number) - gap);
  const underflow = low - (placed[0] ?? low);
  if (underflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = (placed[i] as number) + underflow;
  const result = new Array<number>(positions.length);
  order.forEach((item, rank) => {
    result[item.index] = placed[rank] as number;
  });
  return result;
}
