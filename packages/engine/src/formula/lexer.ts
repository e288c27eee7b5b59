import { MAX_LITERAL_DIGITS } from "./limits.js";
import { SyntaxFailure } from "./syntax-error.js";

/** The kinds of token of the formula language. */
export type TokenType =
  | "number" | "name" | "and" | "or" | "not"
  | "(" | ")" | "[" | "]" | ","
  | "+" | "-" | "*" | "/"
  | "<" | "<=" | ">" | ">=" | "==" | "!="
  | "end";

/** One token: its type, its text (canonical for numbers) and where it is. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const KEYWORDS: ReadonlyMap<string, TokenType> = new Map([["and", "and"], ["or", "or"], ["not", "not"]]);
const TWO_CHARACTER_OPERATORS: ReadonlyMap<string, TokenType> = new Map([["<=", "<="], [">=", ">="], ["==", "=="], ["!=", "!="]]);
const ONE_CHARACTER_TOKENS: ReadonlyMap<string, TokenType> = new Map(
  (["(", ")", "[", "]", ",", "+", "-", "*", "/", "<", ">"] as const).map((type) => [type, type]),
);

/** Characters that are not part of the language, with the hint that fixes each. */
const ASCII_HINTS: ReadonlyMap<string, string> = new Map([
  ["=", 'write "==" to compare two values'],
  ["!", 'write "not" to negate a condition, or "!=" for "is not equal to"'],
  ["&", 'write "and" to combine conditions'],
  ["|", 'write "or" to combine conditions'],
  ["%", 'there is no "%" operator: write share(part, whole) or 100 * part / whole'],
  ["^", "there is no power operator: multiply the value by itself"],
  ["?", "write if(condition, a, b) to choose between two values"],
  ["_", "a name starts with a letter"],
  [".", 'a number starts with a digit: write "0.5", not ".5"'],
  ['"', "the formula language has no text strings: write a data element name without quotes"],
  ["'", "the formula language has no text strings: write a data element name without quotes"],
  [";", 'separate function arguments with ","'],
]);

/** Unicode characters often pasted from word processors, and what to write instead. */
const UNICODE_HINTS: ReadonlyMap<string, string> = new Map([
  ["\u2212", "-"], ["\u2013", "-"], ["\u2014", "-"], ["\u00d7", "*"], ["\u00b7", "*"], ["\u22c5", "*"],
  ["\u00f7", "/"], ["\u2215", "/"], ["\u2264", "<="], ["\u2265", ">="], ["\u2260", "!="],
  ["\uff08", "("], ["\uff09", ")"], ["\uff0c", ","], ["\u201c", "nothing (no quotes)"], ["\u201d", "nothing (no quotes)"],
  ["\u2018", "nothing (no quotes)"], ["\u2019", "nothing (no quotes)"], ["\u200b", "nothing (it is an invisible space)"],
]);

/** Cyrillic and Greek letters that look like Latin ones. */
const LOOK_ALIKES = "аaеeоoрpсcуyхxАAВBЕEКKМMНHОOРPСCТTХXіiѕsјjοoνvΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";

/**
 * Splits formula text into tokens, ending with an `end` token.
 *
 * @param source - The formula text; its length is checked by the parser first.
 * @returns The tokens in order.
 * @throws {@link SyntaxFailure} for a character or number that is not part of the language.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const character = source[index] ?? "";
    if (/\s/.test(character)) {
      index += 1;
      continue;
    }
    if (isDigit(character)) {
      const token = readNumber(source, index);
      tokens.push(token);
      index = token.end;
      continue;
    }
    if (isLetter(character)) {
      let end = index + 1;
      while (end < source.length && isNameCharacter(source[end] ?? "")) end += 1;
      const text = source.slice(index, end);
      tokens.push({ type: KEYWORDS.get(text) ?? "name", text, start: index, end });
      index = end;
      continue;
    }
    const pair = TWO_CHARACTER_OPERATORS.get(source.slice(index, index + 2));
    if (source.startsWith("<>", index)) {
      throw new SyntaxFailure("unexpected-character", 'unexpected "<>": write "!=" for "is not equal to"', index);
    }
    if (pair !== undefined) {
      tokens.push({ type: pair, text: pair, start: index, end: index + 2 });
      index += 2;
      continue;
    }
    const single = ONE_CHARACTER_TOKENS.get(character);
    if (single !== undefined) {
      tokens.push({ type: single, text: character, start: index, end: index + 1 });
      index += 1;
      continue;
    }
    throw unexpectedCharacter(source, index);
  }
  tokens.push({ type: "end", text: "", start: source.length, end: source.length });
  return tokens;
}

function readNumber(source: string, start: number): Token {
  let end = start;
  while (end < source.length && isDigit(source[end] ?? "")) end += 1;
  const integerDigits = source.slice(start, end);
  let fractionDigits = "";
  if (source[end] === ".") {
    const fractionStart = end + 1;
    let fractionEnd = fractionStart;
    while (fractionEnd < source.length && isDigit(source[fractionEnd] ?? "")) fractionEnd += 1;
    if (fractionEnd === fractionStart) {
      throw new SyntaxFailure("invalid-number", `expected a digit after the decimal point in "${source.slice(start, fractionStart)}"`, fractionStart);
    }
    fractionDigits = source.slice(fractionStart, fractionEnd);
    end = fractionEnd;
  }

  const next = source[end] ?? "";
  if (isLetter(next) || next === "_") {
    const following = source[end + 1] ?? "";
    const exponent = (next === "e" || next === "E") && (isDigit(following) || following === "+" || following === "-");
    const message = exponent
      ? "numbers have no exponent: write the number in full, such as 1500000 for 1.5e6"
      : `a name cannot start with a digit: "${source.slice(start, end)}${next}..." is neither a number nor a name`;
    throw new SyntaxFailure("invalid-number", message, end);
  }
  if (source[end] === "." && isDigit(source[end + 1] ?? "")) {
    throw new SyntaxFailure("invalid-number", "a number has at most one decimal point", end);
  }

  const integerPart = integerDigits.replace(/^0+(?=\d)/, "");
  const fractionPart = fractionDigits.replace(/0+$/, "");
  if (integerPart.length > MAX_LITERAL_DIGITS || fractionPart.length > MAX_LITERAL_DIGITS) {
    throw new SyntaxFailure("invalid-number", `number "${source.slice(start, end)}" has more than ${MAX_LITERAL_DIGITS} digits before or after the decimal point`, start);
  }
  const text = fractionPart === "" ? integerPart : `${integerPart}.${fractionPart}`;
  return { type: "number", text, start, end };
}

function unexpectedCharacter(source: string, index: number): SyntaxFailure {
  const codePoint = source.codePointAt(index) ?? 0;
  const character = String.fromCodePoint(codePoint);
  const label = `"${character}" (U+${codePoint.toString(16).toUpperCase().padStart(4, "0")})`;

  const asciiHint = ASCII_HINTS.get(character);
  if (asciiHint !== undefined) return new SyntaxFailure("unexpected-character", `unexpected character "${character}": ${asciiHint}`, index);

  const unicodeHint = UNICODE_HINTS.get(character);
  if (unicodeHint !== undefined) return new SyntaxFailure("unexpected-character", `unexpected character ${label}: write ${unicodeHint.length <= 2 ? `"${unicodeHint}"` : unicodeHint} instead`, index);

  const lookAlike = LOOK_ALIKES.indexOf(character);
  if (lookAlike !== -1 && lookAlike % 2 === 0) {
    const latin = LOOK_ALIKES[lookAlike + 1] ?? "";
    return new SyntaxFailure("unexpected-character", `unexpected character ${label}, which looks like the Latin letter "${latin}": names use ASCII letters, digits and "_" only`, index);
  }
  if (codePoint >= 0xff10 && codePoint <= 0xff19) {
    return new SyntaxFailure("unexpected-character", `unexpected character ${label}, a full-width digit: write the ASCII digit "${codePoint - 0xff10}"`, index);
  }
  if (codePoint > 127) {
    return new SyntaxFailure("unexpected-character", `unexpected character ${label}: names use ASCII letters, digits and "_" only, and operators are + - * / < <= > >= == !=`, index);
  }
  return new SyntaxFailure("unexpected-character", `unexpected character ${label}: it is not part of the formula language`, index);
}

function isDigit(character: string): boolean {
  return character >= "0" && character <= "9";
}

function isLetter(character: string): boolean {
  return (character >= "a" && character <= "z") || (character >= "A" && character <= "Z");
}

function isNameCharacter(character: string): boolean {
  return isLetter(character) || isDigit(character) || character === "_";
}
