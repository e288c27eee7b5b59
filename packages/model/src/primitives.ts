import { z } from "zod";

/**
 * An identifier of a framework item (dimension, outcome, KPI, validation rule) or of an
 * administration: a letter, then letters, digits, `_`, `.` or `-`; at most 64 characters.
 */
export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, {
    message: "expected an id: a letter, then up to 63 letters, digits, '_', '.' or '-', such as \"TF\" or \"tf.release_time\"",
  })
  .meta({ description: "Identifier: a letter, then letters, digits, '_', '.' or '-'." });

/**
 * The name of a data element as formulas use it: a letter, then letters, digits or `_`.
 */
export const DataElementId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, {
    message: "expected a data element name usable in formulas: a letter, then up to 63 letters, digits or '_', such as \"electronic_declarations\"",
  })
  .meta({ description: "Data element name as used in formulas: a letter, then letters, digits or '_'." });

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Text in one or more languages, keyed by BCP 47 language tag. English (`en`) is required
 * because the WCO works in English; other languages, such as French (`fr`), are optional.
 *
 * @example
 * ```ts
 * const name = { en: "Revenue Collection", fr: "Perception des recettes" };
 * ```
 */
export const LocalizedText = z
  .object({ en: z.string().trim().min(1, { message: "English text (en) must not be empty" }) })
  .catchall(z.string().trim().min(1, { message: "a translation must not be empty: remove the language instead" }))
  .superRefine((text, context) => {
    for (const key of Object.keys(text)) {
      if (!LANGUAGE_TAG.test(key)) {
        context.addIssue({
          code: "custom",
          path: [key],
          message: `"${key}" is not a language tag: use a BCP 47 tag such as "en", "fr" or "es"`,
          input: key,
        });
      }
    }
  })
  .meta({ description: "Text keyed by language tag; English (en) is required.", propertyNames: { pattern: LANGUAGE_TAG.source } });

/** Text in one or more languages; English is required. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Where a definition comes from: `published` when the WCO has published it, `illustrative` when
 * this project made it up to show a complete framework (the official catalogue is not public).
 */
export const Provenance = z.enum(["published", "illustrative"]);
/** Where a definition comes from. */
export type Provenance = z.infer<typeof Provenance>;

/** A calendar year between 1900 and 2200, such as the reporting year T of a cycle. */
export const Year = z
  .number()
  .int({ message: "expected a whole calendar year such as 2022" })
  .min(1900, { message: "expected a calendar year from 1900 on" })
  .max(2200, { message: "expected a calendar year up to 2200" });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether `text` is an ISO 8601 calendar date (`YYYY-MM-DD`) that exists in the
 * Gregorian calendar, leap days included.
 *
 * @param text - The text to test; nothing may surround the date.
 * @returns `true` for `"2024-02-29"`, `false` for `"2023-02-29"`, `"2023-13-01"` and `"2023-2-1"`.
 * @example
 * ```ts
 * isIsoDate("2023-12-05"); // true
 * ```
 */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a month of the proleptic Gregorian calendar; `month` runs from 1 to 12. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An ISO 8601 calendar date that exists, such as `"2023-12-05"`. `"2023-02-30"` is rejected. */
export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: "expected a calendar date that exists, written YYYY-MM-DD, such as \"2023-12-05\"" })
  .meta({ description: "ISO 8601 calendar date, YYYY-MM-DD.", format: "date" });

/** An ISO 8601 timestamp in UTC or with an offset, such as `"2023-12-05T09:30:00Z"`. */
export const IsoDateTime = z
  .string()
  .refine((text) => isIsoDate(text.slice(0, 10)) && z.iso.datetime({ offset: true }).safeParse(text).success, {
    message: "expected an ISO 8601 timestamp with a time zone, such as \"2023-12-05T09:30:00Z\"",
  })
  .meta({ description: "ISO 8601 timestamp with a time zone.", format: "date-time" });

/** A period a formula may read: the reporting year `T` or the previous year `T-1`. */
export const Period = z.enum(["T", "T-1"], {
  error: (issue) => `period is ${typeof issue.input === "string" ? JSON.stringify(issue.input) : String(issue.input)}: use "T" for the reporting year or "T-1" for the year before`,
});
/** A period a formula may read. */
export type Period = z.infer<typeof Period>;
