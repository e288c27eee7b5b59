import type { DerivedDecimal, GroupBenchmark, MemberEntry, Suppression } from "@pmm/model";
import { formatValue, type DisplayUnit } from "./format.js";
import type { AbsentReason, Shown } from "./types.js";

/** Makes a shown value from a canonical decimal string. */
export function shownValue(value: string, unit: DisplayUnit, fractional = false): Shown {
  return { kind: "value", value: Number(value), text: formatValue(value, unit, { fractional }), exact: value };
}

/** Makes a labelled absent figure. */
export function absent(reason: AbsentReason, label: string): Shown {
  return { kind: "absent", reason, label };
}

/**
 * The label of a suppressed figure: "suppressed: fewer than N administrations" when the group
 * is below the publication minimum, else the reason in a few words.
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
export function shownStatistic(statistic: DerivedDecimal, unit: DisplayUnit, publicationMinimum: number): Shown {
  switch (statistic.status) {
    case "value":
      return shownValue(statistic.value, unit, true);
    case "suppressed":
      return absent("suppressed", suppressedLabel(statistic, publicationMinimum));
    case "undefined":
      return absent("missing-data", statistic.reason === "empty" ? "missing data: no administration has a value" : `undefined: ${statistic.message}`);
  }
}

/** Shows the mean of a group, or why there is none. */
export function shownGroupMean(group: GroupBenchmark | undefined, unit: DisplayUnit, publicationMinimum: number): Shown {
  if (group === undefined) return absent("missing-data", "missing data");
  if (group.suppression !== undefined) return absent("suppressed", suppressedLabel(group.suppression, publicationMinimum));
  return shownStatistic(group.statistics.mean, unit, publicationMinimum);
}

const MISSING_LABELS: Record<string, string> = {
  "missing-data": "missing data",
  undefined: "undefined: the formula has no value for these data",
  invalid: "invalid: blocked by a validation error",
  "no-result": "missing data",
  "insufficient-data": "missing data: too few KPIs have a score",
  "not-aggregable": "not scored: the mean cannot take a zero score",
  "not-scorable": "not scored: the value cannot be normalised",
};

/** Shows one member's own value, as the viewer may see it. */
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
      const reason: AbsentReason = entry.reason === "undefined" ? "undefined" : entry.reason === "invalid" ? "invalid" : "missing-data";
      return absent(reason, MISSING_LABELS[entry.reason] ?? "missing data");
    }
  }
}
