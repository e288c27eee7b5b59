import type { DerivedDecimal, GroupBenchmark, MemberEntry, Suppression } from "@pmm/model";
import { formatValue, type DisplayUnit } from "./format.js";
import type { AbsentReason, Shown } from "./types.js";

/**
 * Makes a shown value from a canonical decimal string.
 *
 * @example
 * ```ts
 * shownValue("98.1234", "percent"); // { kind: "value", value: 98.1234, text: "98.1 %", exact: "98.1234" }
 * ```
 */
export function shownValue(value: string, unit: DisplayUnit, fractional = false): Shown {
  return { kind: "value", value: Number(value), text: formatValue(value, unit, { fractional }), exact: value };
}

/**
 * Makes a labelled absent figure.
 *
 * @example
 * ```ts
 * absent("not-applicable", "not applicable");
 * ```
 */
export function absent(reason: AbsentReason, label: string): Shown {
  return { kind: "absent", reason, label };
}

/**
 * Writes the label of a suppressed figure: "suppressed: fewer than N administrations" when the
 * group is below the publication minimum, else the reason in a few words.
 *
 * @example
 * ```ts
 * suppressedLabel({ reason: "below-publication-minimum" }, 3); // "suppressed: fewer than 3 administrations"
 * ```
 */
export function suppressedLabel(suppression: Pick<Suppression, "reason">, publicationMinimum: number): string {
  switch (suppression.reason) {
    case "below-publication-minimum":
      return `suppressed: fewer than ${publicationMinimum} administrations`;
    case "too-few-hidden-values":
    case "complementary":
    case "depends-on-hidden-value":
      return "suppressed: would reveal a value not disclosed to this viewer";
  }
}

/** Shows a group statistic: its value, or why it is undefined or suppressed. */
function shownStatistic(statistic: DerivedDecimal, unit: DisplayUnit, publicationMinimum: number): Shown {
  switch (statistic.status) {
    case "value":
      return shownValue(statistic.value, unit, true);
    case "suppressed":
      return absent("suppressed", suppressedLabel(statistic, publicationMinimum));
    case "undefined":
      return absent("missing-data", statistic.reason === "empty" ? "missing data: no administration has a value" : `no value: ${statistic.message}`);
  }
}

/**
 * Shows the mean of a group, or why there is none.
 *
 * @example
 * ```ts
 * shownGroupMean(lookup.group("score:dimension:TF", region), "score", 3);
 * ```
 */
export function shownGroupMean(group: GroupBenchmark | undefined, unit: DisplayUnit, publicationMinimum: number): Shown {
  if (group === undefined) return absent("missing-data", "missing data");
  if (group.suppression !== undefined) return absent("suppressed", suppressedLabel(group.suppression, publicationMinimum));
  return shownStatistic(group.statistics.mean, unit, publicationMinimum);
}

const MISSING_LABELS: Record<string, string> = {
  "missing-data": "missing data",
  undefined: "no value: the formula is undefined for these data",
  invalid: "invalid: blocked by a validation error",
  "no-result": "missing data",
  "insufficient-data": "missing data: too few KPIs have a score",
  "not-aggregable": "not scored: the mean cannot take a zero score",
  "not-scorable": "not scored: the value cannot be normalised",
};

/**
 * Shows one member's own value, as the viewer may see it.
 *
 * @example
 * ```ts
 * shownMember({ administration: "ADM102", status: "not-applicable" }, "percent"); // absent, "not applicable"
 * ```
 */
export function shownMember(entry: MemberEntry | undefined, unit: DisplayUnit): Shown {
  if (entry === undefined) return absent("missing-data", "missing data");
  switch (entry.status) {
    case "value":
      return shownValue(entry.value, unit);
    case "not-applicable":
      return absent("not-applicable", "not applicable");
    case "withheld":
      return absent("withheld", "withheld: not disclosed to this viewer");
    case "missing": {
      let reason: AbsentReason = "missing-data";
      if (entry.reason === "undefined") reason = "undefined";
      if (entry.reason === "invalid") reason = "invalid";
      return absent(reason, MISSING_LABELS[entry.reason] ?? "missing data");
    }
  }
}
