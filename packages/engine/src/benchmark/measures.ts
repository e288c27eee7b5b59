import { canonicalizeDecimal, type Direction, type DisclosureLevel, type Measure, type MeasureUnit, type MissingReason } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";
import { PmmEngineError } from "../errors.js";

/**
 * One administration's state for one measure. `disclosure` is the level the administration
 * chose for the data behind this measure; when left out, the measure's `disclosureDefault`
 * applies.
 */
export type Observation =
  | { administration: string; status: "value"; value: string | EngineDecimal; disclosure?: DisclosureLevel | undefined }
  | { administration: string; status: "not-applicable"; disclosure?: DisclosureLevel | undefined }
  | { administration: string; status: "missing"; reason?: MissingReason | undefined; disclosure?: DisclosureLevel | undefined };

/**
 * A measure to benchmark, as plain data: what it is, how to read it and one observation per
 * administration. Administrations without an observation count as missing (`no-result`).
 *
 * @example
 * ```ts
 * const releaseTime: MeasureInput = {
 *   measure: { kind: "kpi-value", kpi: "tf.release_time" },
 *   label: "Average release time",
 *   unit: "hours",
 *   direction: "lower-is-better",
 *   observations: [{ administration: "AT", status: "value", value: "12.5", disclosure: "public" }],
 * };
 * ```
 */
export interface MeasureInput {
  measure: Measure;
  /** A name for people, such as the KPI's English name. Default: the measure id. */
  label?: string | undefined;
  unit: MeasureUnit;
  direction: Direction;
  /** Disclosure level of observations that do not state one. Default `"wco"`, as a KPI's `disclosureDefault`. */
  disclosureDefault?: DisclosureLevel | undefined;
  /**
   * A fingerprint of the measure's definition (such as its formula and unit). Cycle comparison
   * treats two cycles whose fingerprints differ as not comparable. Default: none, so only the
   * unit and direction are compared.
   */
  definitionKey?: string | undefined;
  observations: readonly Observation[];
}

/** One observation after checking: the value as a decimal, and the disclosure level resolved. */
export type CheckedObservation =
  | { administration: string; status: "value"; value: EngineDecimal; disclosure: DisclosureLevel }
  | { administration: string; status: "not-applicable"; disclosure: DisclosureLevel }
  | { administration: string; status: "missing"; reason: MissingReason; disclosure: DisclosureLevel };

/** A measure after checking, with its observations keyed by administration id. */
export interface CheckedMeasure {
  id: string;
  input: MeasureInput;
  label: string;
  observations: Map<string, CheckedObservation>;
}

/**
 * Derives the stable key of a measure: `kpi-value:<kpi>` or `score:<level>:<node>`.
 *
 * @example
 * ```ts
 * measureId({ kind: "score", level: "outcome", node: "tf.clearance" }); // "score:outcome:tf.clearance"
 * ```
 */
export function measureId(measure: Measure): string {
  return measure.kind === "kpi-value" ? `kpi-value:${measure.kpi}` : `score:${measure.level}:${measure.node}`;
}

/**
 * Parses a value given as decimal text or as an `EngineDecimal`.
 *
 * @throws {PmmEngineError} with code `invalid-input` naming `where` when the value is not a finite decimal.
 */
export function toEngineDecimal(value: string | EngineDecimal, where: string): EngineDecimal {
  if (typeof value === "string") {
    const canonical = canonicalizeDecimal(value);
    if (!canonical.ok) throw new PmmEngineError("invalid-input", `${where} is invalid: ${canonical.message}`);
    return new EngineDecimal(canonical.value);
  }
  if (!EngineDecimal.isDecimal(value) || !value.isFinite()) {
    throw new PmmEngineError("invalid-input", `${where} is ${String(value)}, not a finite decimal: pass a decimal string such as "12.5"`);
  }
  // Every decimal.js constructor shares one prototype, so `constructor` identifies a decimal of
  // another one. Such a decimal is copied exactly, so that it computes at the engine's precision.
  return value.constructor === EngineDecimal ? value : new EngineDecimal(value);
}

/**
 * Checks a list of measures: unique ids, values that are finite decimals, one observation per
 * administration, and only administrations that are known.
 *
 * @throws {PmmEngineError} with code `invalid-input` naming the measure and the observation.
 */
export function checkMeasures(measures: readonly MeasureInput[], knownAdministrations: ReadonlySet<string>): CheckedMeasure[] {
  const seen = new Set<string>();
  return measures.map((input, measureIndex) => {
    const id = measureId(input.measure);
    if (seen.has(id)) throw new PmmEngineError("invalid-input", `measures[${measureIndex}] is ${id}, which is already given: give each measure once`);
    seen.add(id);
    const fallback = input.disclosureDefault ?? "wco";
    const observations = new Map<string, CheckedObservation>();
    input.observations.forEach((observation, index) => {
      const where = `measures[${measureIndex}] (${id}).observations[${index}]`;
      if (!knownAdministrations.has(observation.administration)) {
        throw new PmmEngineError("invalid-input", `${where} is for administration "${observation.administration}", which is not among the administrations: add it, or drop the observation`);
      }
      if (observations.has(observation.administration)) {
        throw new PmmEngineError("invalid-input", `${where} repeats administration "${observation.administration}": give one observation per administration`);
      }
      const disclosure = observation.disclosure ?? fallback;
      const checked: CheckedObservation =
        observation.status === "value" ? { administration: observation.administration, status: "value", value: toEngineDecimal(observation.value, `${where}.value`), disclosure }
        : observation.status === "not-applicable" ? { administration: observation.administration, status: "not-applicable", disclosure }
        : { administration: observation.administration, status: "missing", reason: observation.reason ?? "missing-data", disclosure };
      observations.set(observation.administration, checked);
    });
    return { id, input, label: input.label ?? id, observations };
  });
}
