import type { Cycle, Framework } from "@pmm/model";
import { suggestionText } from "../suggest.js";

/** The cycle, framework and membership that the submission and declaration readers check rows against. */
export interface CycleInputContext {
  /** The cycle the file belongs to. */
  readonly cycle: Cycle;
  /** The framework, for data element and KPI ids. */
  readonly framework: Framework;
  /** The ids of every administration in the membership. */
  readonly administrationIds: readonly string[];
  /** The membership file, for messages. */
  readonly membershipFile: string;
  /**
   * The administration the report is about. An unknown data element in its rows is an error.
   * In another administration's rows, the row is set aside and reported as a problem of that
   * administration's data, so that one peer's typing error does not block every report.
   */
  readonly reported: string | undefined;
  /**
   * The submissions file as set-aside rows name it, relative to the data folder, such as
   * `submissions-2025.csv`. Default: the file name the reader was given.
   */
  readonly setAsideFile?: string;
}

/**
 * Checks that an administration id is in the membership.
 *
 * @returns `undefined` when it is, else a message with close ids.
 *
 * @example
 * ```ts
 * checkAdministration("ADM01", context); // 'administration "ADM01" is not in the membership ... Did you mean ADM001?'
 * ```
 */
export function checkAdministration(id: string, context: CycleInputContext): string | undefined {
  if (id === "") return "administration is empty: write the administration's id";
  if (context.administrationIds.includes(id)) return undefined;
  return `administration "${id}" is not in the membership (${context.membershipFile}): add it there or correct the id. ${suggestionText(id, context.administrationIds)}`;
}

/**
 * Checks that a data element id is defined by the framework.
 *
 * @returns `undefined` when it is, else a message with close ids.
 *
 * @example
 * ```ts
 * checkDataElement("declarations", context); // undefined
 * ```
 */
export function checkDataElement(id: string, context: CycleInputContext): string | undefined {
  const known = context.framework.dataElements.map((element) => element.id);
  if (known.includes(id)) return undefined;
  if (id === "") return "data_element is empty: write the data element's id";
  return `unknown data element "${id}": framework "${context.framework.id}" does not define it. ${suggestionText(id, known)}`;
}

/**
 * Checks that a KPI id is defined by the framework.
 *
 * @returns `undefined` when it is, else a message with close ids.
 *
 * @example
 * ```ts
 * checkKpi("tf.release", context); // 'unknown KPI "tf.release": ... Did you mean tf.release_time?'
 * ```
 */
export function checkKpi(id: string, context: CycleInputContext): string | undefined {
  const known = context.framework.kpis.map((kpi) => kpi.id);
  if (known.includes(id)) return undefined;
  if (id === "") return "kpi is empty: write the KPI's id";
  return `unknown KPI "${id}": framework "${context.framework.id}" does not define it. ${suggestionText(id, known)}`;
}
