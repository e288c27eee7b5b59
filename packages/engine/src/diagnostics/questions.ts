import type { MeasureUnit } from "@pmm/model";
import type { ValidationFinding } from "../validate/index.js";

/** Writes a value with its unit for a sentence: `41 hours`, `98.1%`, `3 per 1,000`. */
export function withUnit(value: string, unit: MeasureUnit): string {
  switch (unit) {
    case "percent":
      return `${value}%`;
    case "hours":
      return `${value} ${value === "1" ? "hour" : "hours"}`;
    case "days":
      return `${value} ${value === "1" ? "day" : "days"}`;
    case "per-1000":
      return `${value} per 1,000`;
    case "score":
      return `${value} ${value === "1" ? "point" : "points"}`;
    case "yes-no":
      if (value === "1") return "yes";
      if (value === "0") return "no";
      return value;
    default:
      return value;
  }
}

/** Lower-cases the first letter of a name used inside a sentence, unless it starts an acronym ("AEO involvement"). */
export function inSentence(label: string): string {
  const second = label.charAt(1);
  return second !== "" && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** The facts of an outlier that its question needs. */
export interface OutlierFacts {
  label: string;
  unit: MeasureUnit;
  value: string;
  side: "above" | "below";
  groupLabel: string;
  peers: number;
  /** The peers' median, when the viewer may see it. */
  peerMedian?: string | undefined;
}

/**
 * Writes the interview question for a value far from its peers, such as: Your average release
 * time is 41 hours, while the median of your 30 peers in the group "Europe" is 12 hours: how is
 * this figure measured, and what explains the difference? Without a visible median, the
 * question says only on which side of the peers the value lies.
 */
export function outlierQuestion(facts: OutlierFacts): string {
  const subject = `Your ${inSentence(facts.label)} is ${withUnit(facts.value, facts.unit)}`;
  const peers = `your ${facts.peers} ${facts.peers === 1 ? "peer" : "peers"} in the group "${facts.groupLabel}"`;
  const comparison = facts.peerMedian === undefined ? `far ${facts.side} the values of ${peers}` : `while the median of ${peers} is ${withUnit(facts.peerMedian, facts.unit)}`;
  return `${subject}, ${comparison}: how is this figure measured, and what explains the difference?`;
}

/** The facts of an implausible change that its question needs. */
export interface ChangeFacts {
  label: string;
  unit: MeasureUnit;
  from: string;
  to: string;
  rose: boolean;
  previousCycle: string;
}

/**
 * Writes the interview question for an implausible change, such as "Your average release time
 * rose from 12 to 41 hours since the 2023 cycle: what changed, in practice or in the way the
 * figure is measured?".
 */
export function changeQuestion(facts: ChangeFacts): string {
  const from = facts.unit === "hours" || facts.unit === "days" || facts.unit === "score" ? facts.from : withUnit(facts.from, facts.unit);
  return `Your ${inSentence(facts.label)} ${facts.rose ? "rose" : "fell"} from ${from} to ${withUnit(facts.to, facts.unit)} since the ${facts.previousCycle} cycle: what changed, in practice or in the way the figure is measured?`;
}

/**
 * Writes the interview question for a validation finding, naming the check, the figures it
 * read and what it found.
 */
export function validationQuestion(finding: Pick<ValidationFinding, "rule" | "message" | "values">): string {
  const figures = finding.values.map((value) => `${value.dataElement}[${value.period}] = ${value.value ?? "missing"}`).join(", ");
  const read = figures === "" ? "" : ` (${figures})`;
  const message = finding.message.replace(/[.\s]+$/, "");
  return `The check "${finding.rule}" flagged your data${read}: ${message}. Can you confirm these figures, or explain why they are correct?`;
}
