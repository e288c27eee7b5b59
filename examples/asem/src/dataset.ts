import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readCsvRecords } from "./csv.js";

/** One indicator of the ASEM dataset, from a `Type = Indicator` row of iMeta.csv. */
export interface AsemIndicator {
  /** The indicator code, such as `"LPI"`. */
  code: string;
  name: string;
  /** The measurement unit, such as `"Score 1-5"`. */
  unit: string;
  /** 1 when higher is better, −1 when lower is better. */
  direction: 1 | -1;
  /** Weight within its pillar, as decimal text. */
  weight: string;
  /** The pillar code. */
  parent: string;
}

/** One aggregate of the ASEM tree: a pillar (level 2), a sub-index (level 3) or the index (level 4). */
export interface AsemAggregate {
  code: string;
  name: string;
  level: 2 | 3 | 4;
  weight: string;
  /** The parent aggregate's code; absent for the index. */
  parent?: string;
}

/** One country: its code, name, group columns and indicator values as text (`undefined` for NA). */
export interface AsemCountry {
  code: string;
  name: string;
  /** The group columns, such as `{ EurAsia_group: "Europe", GDP_group: "L" }`. */
  groups: Record<string, string>;
  values: Map<string, string | undefined>;
}

/** The ASEM dataset: indicators, aggregates and countries. */
export interface AsemDataset {
  indicators: AsemIndicator[];
  aggregates: AsemAggregate[];
  countries: AsemCountry[];
}

const GROUP_COLUMNS = ["GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group"];

/**
 * Reads iMeta.csv and iData.csv of the ASEM dataset from a folder.
 *
 * @param directory - The folder that contains both files.
 * @returns The parsed dataset.
 * @throws {Error} when a file is missing or does not have the expected columns.
 * @example
 * ```ts
 * const dataset = await loadAsemDataset("../shared/data/asem");
 * dataset.countries.length; // 51
 * ```
 */
export async function loadAsemDataset(directory: string): Promise<AsemDataset> {
  const [meta, data] = await Promise.all([readFile(join(directory, "iMeta.csv"), "utf8"), readFile(join(directory, "iData.csv"), "utf8")]);
  return parseAsemDataset(meta, data);
}

/**
 * Parses the text of iMeta.csv and iData.csv. `NA` values become `undefined`.
 *
 * @throws {Error} when a column is missing, a direction is neither 1 nor −1, or a level is not 1 to 4.
 */
export function parseAsemDataset(metaText: string, dataText: string): AsemDataset {
  const meta = readCsvRecords(metaText, "iMeta.csv");
  const indicators: AsemIndicator[] = [];
  const aggregates: AsemAggregate[] = [];
  for (const row of meta) {
    if (row.Type === "Indicator") {
      indicators.push({ code: field(row, "iCode"), name: field(row, "iName"), unit: field(row, "Unit"), direction: direction(row), weight: field(row, "Weight"), parent: field(row, "Parent") });
    } else if (row.Type === "Aggregate") {
      const level = Number(field(row, "Level"));
      if (level !== 2 && level !== 3 && level !== 4) throw new Error(`iMeta.csv: aggregate ${row.iCode ?? "?"} has level ${String(level)}, expected 2, 3 or 4`);
      const parent = field(row, "Parent");
      aggregates.push({ code: field(row, "iCode"), name: field(row, "iName"), level, weight: field(row, "Weight"), ...(parent === "NA" ? {} : { parent }) });
    }
  }

  const countries = readCsvRecords(dataText, "iData.csv").map((row) => ({
    code: field(row, "uCode"),
    name: field(row, "uName"),
    groups: Object.fromEntries(GROUP_COLUMNS.map((column) => [column, field(row, column)])),
    values: new Map(indicators.map((indicator) => {
      const text = field(row, indicator.code);
      return [indicator.code, text === "NA" ? undefined : text] as const;
    })),
  }));
  return { indicators, aggregates, countries };
}

function field(row: Record<string, string>, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`column ${name} is missing: use the iMeta.csv and iData.csv exported from COINr`);
  return value;
}

function direction(row: Record<string, string>): 1 | -1 {
  const value = field(row, "Direction");
  if (value === "1") return 1;
  if (value === "-1") return -1;
  throw new Error(`iMeta.csv: indicator ${row.iCode ?? "?"} has direction ${value}, expected 1 or -1`);
}
