import type { DataElement } from "../framework/data-element.js";
import type { Framework } from "../framework/framework.js";
import type { Kpi } from "../framework/kpi.js";
import type { ModelProblem } from "../errors.js";
import { formatPath } from "../parse.js";
import { suggestName } from "../suggest.js";

/** The items of a parsed framework by id, for the checks of documents against it. */
export interface FrameworkIndex {
  /** The framework, named in messages as `"<id>" <version>`. */
  readonly label: string;
  readonly dataElements: ReadonlyMap<string, DataElement>;
  readonly kpis: ReadonlyMap<string, Kpi>;
  readonly dimensionIds: ReadonlySet<string>;
}

/** Indexes the items of a parsed framework by id. */
export function indexFramework(framework: Framework): FrameworkIndex {
  return {
    label: `framework "${framework.id}" ${framework.version}`,
    dataElements: new Map(framework.dataElements.map((element) => [element.id, element])),
    kpis: new Map(framework.kpis.map((kpi) => [kpi.id, kpi])),
    dimensionIds: new Set(framework.dimensions.map((dimension) => dimension.id)),
  };
}

/**
 * Writes the message for an id that the framework does not define, with the closest known id
 * as a suggestion when one is near enough to be a likely typing error.
 */
export function unknownIdMessage(noun: string, id: string, known: Iterable<string>, frameworkLabel: string): string {
  const suggestion = suggestName(id, known);
  const hint = suggestion === undefined ? "check the id against the framework" : `did you mean "${suggestion}"?`;
  return `${noun} "${id}" is not defined in ${frameworkLabel}: ${hint}`;
}

/** Makes a problem at a path, with the value found there. */
export function problemAt(pathSegments: readonly (string | number)[], code: string, message: string, received: unknown): ModelProblem {
  return {
    path: formatPath(pathSegments),
    pathSegments: [...pathSegments],
    message,
    code,
    ...(received === undefined ? {} : { received }),
  };
}

/** Tells whether a value is a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
