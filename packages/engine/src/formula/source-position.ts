/** A position in formula text, for people: line and column both start at 1. */
export interface SourcePosition {
  /** Line number, from 1. Lines end at `\n`, `\r\n` or `\r`. */
  readonly line: number;
  /** Column, from 1, counted in Unicode code points so that an emoji or an accented letter counts once. */
  readonly column: number;
}

/** Characters of context shown on each side of the caret when a line is too long to show whole. */
const EXCERPT_CONTEXT = 60;

/**
 * Converts a UTF-16 offset in `source` to a line and column.
 *
 * @param source - The formula text.
 * @param offset - A UTF-16 offset from 0 to `source.length`; out-of-range offsets are clamped.
 * @returns The line and column, both from 1.
 * @example
 * ```ts
 * locate("a +\n  b", 6); // { line: 2, column: 3 }
 * ```
 */
export function locate(source: string, offset: number): SourcePosition {
  const end = Math.max(0, Math.min(offset, source.length));
  const lineStart = startOfLine(source, end);
  let line = 1;
  for (let index = 0; index < lineStart; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) line += 1;
  }
  return { line, column: countCodePoints(source, lineStart, end) + 1 };
}

/**
 * Shows the line of `source` that contains `offset`, with a caret under the offset:
 *
 * ```text
 * share(a, (b + c
 *                ^
 * ```
 *
 * Tabs and other control characters are shown as spaces so that the caret lines up. A line
 * longer than 120 characters is cut around the caret, with `…` marking each cut.
 *
 * @param source - The formula text.
 * @param offset - A UTF-16 offset; out-of-range offsets are clamped.
 * @returns Two lines separated by `\n`.
 * @example
 * ```ts
 * formatExcerpt("a + + b", 4); // "a + + b\n    ^"
 * ```
 */
export function formatExcerpt(source: string, offset: number): string {
  const at = Math.max(0, Math.min(offset, source.length));
  const lineStart = startOfLine(source, at);
  let lineEnd = at;
  while (lineEnd < source.length && source[lineEnd] !== "\n" && source[lineEnd] !== "\r") lineEnd += 1;

  const before = Array.from(source.slice(lineStart, at));
  const after = Array.from(source.slice(at, lineEnd));
  const cutBefore = before.length > EXCERPT_CONTEXT;
  const cutAfter = after.length > EXCERPT_CONTEXT;
  const shownBefore = cutBefore ? ["…", ...before.slice(before.length - EXCERPT_CONTEXT + 1)] : before;
  const shownAfter = cutAfter ? [...after.slice(0, EXCERPT_CONTEXT - 1), "…"] : after;

  const text = [...shownBefore, ...shownAfter].map(printable).join("");
  return `${text}\n${" ".repeat(shownBefore.length)}^`;
}

function printable(character: string): string {
  const code = character.codePointAt(0) ?? 32;
  return code < 32 || code === 127 ? " " : character;
}

function startOfLine(source: string, offset: number): number {
  let index = offset;
  while (index > 0) {
    const previous = source[index - 1];
    if (previous === "\n" || previous === "\r") break;
    index -= 1;
  }
  return index;
}

function countCodePoints(source: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = source.charCodeAt(index);
    // A high surrogate followed by a low one is a single code point: count the pair once.
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < to) {
      const next = source.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}
