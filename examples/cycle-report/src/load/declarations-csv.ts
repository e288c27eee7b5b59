import { DisclosureLevel, type DecimalString } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import { checkAdministration, checkKpi, type CycleInputContext } from "./context.js";
import { fieldLocation, parseCsv } from "./csv.js";
import { parseDecimalField } from "./values.js";

/** The columns of a declarations CSV file: one row per administration and KPI. */
export const DECLARATION_COLUMNS = ["administration", "kpi", "not_applicable_reason", "disclosure", "national_target"] as const;

/** One administration's declarations for the KPIs of a cycle. */
export interface Declarations {
  /** KPIs declared not applicable, with the reason. */
  readonly notApplicable: { kpi: string; reason: string }[];
  /** The disclosure level chosen per KPI id. */
  readonly disclosure: Record<string, DisclosureLevel>;
  /** The national target per KPI id. */
  readonly nationalTargets: Record<string, DecimalString>;
}

/**
 * Reads a declarations CSV file `administration,kpi,not_applicable_reason,disclosure,national_target`.
 * Each row concerns one KPI of one administration, and any of the last three fields may be
 * empty. A reason declares the KPI not applicable. A disclosure level (`public`, `wco` or
 * `restricted`) overrides the framework's default. A national target is the administration's
 * own goal.
 *
 * @param text - The file's content.
 * @param file - The file name for messages.
 * @param context - The cycle, framework and membership that rows are checked against.
 * @returns The declarations per administration id.
 * @throws {ReportInputError} listing every bad row as `file:line:column: message`.
 * @example
 * ```ts
 * const declarations = readDeclarationsCsv(text, "data/declarations-2025.csv", context);
 * declarations.get("ADM07")?.notApplicable; // [{ kpi: "tf.aeo_variation", reason: "no AEO programme" }]
 * ```
 */
export function readDeclarationsCsv(text: string, file: string, context: CycleInputContext): Map<string, Declarations> {
  const table = parseCsv(text, file, { required: DECLARATION_COLUMNS });
  const problems: string[] = [];
  const declarations = new Map<string, Declarations>();
  const firstLine = new Map<string, number>();

  for (const row of table.rows) {
    const { administration = "", kpi = "", not_applicable_reason: reason = "", disclosure = "", national_target: target = "" } = row.fields;
    const rowProblems: string[] = [];
    const note = (column: string, message: string | undefined): void => {
      if (message !== undefined) rowProblems.push(`${fieldLocation(table, row, column)}: ${message}`);
    };

    note("administration", checkAdministration(administration, context));
    note("kpi", checkKpi(kpi, context));
    const level = DisclosureLevel.safeParse(disclosure);
    if (disclosure !== "" && !level.success) {
      note("disclosure", `disclosure "${disclosure}" is not a level: use public, wco or restricted, or leave it empty for the framework's default`);
    }
    const targetValue = target === "" ? undefined : parseDecimalField(target, "national_target");
    if (targetValue !== undefined && !targetValue.ok) note("national_target", targetValue.message);
    if (reason === "" && disclosure === "" && target === "") {
      note("kpi", `the row declares nothing for ${administration} ${kpi}: fill in not_applicable_reason, disclosure or national_target, or remove the row`);
    }

    const key = `${administration}\u0000${kpi}`;
    const first = firstLine.get(key);
    if (first !== undefined) note("kpi", `${administration} ${kpi} is declared twice, first on line ${first}: merge the rows`);
    else firstLine.set(key, row.line);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }

    const entry = declarations.get(administration) ?? { notApplicable: [], disclosure: {}, nationalTargets: {} };
    if (reason !== "") entry.notApplicable.push({ kpi, reason });
    if (level.success) entry.disclosure[kpi] = level.data;
    if (targetValue?.ok === true) entry.nationalTargets[kpi] = targetValue.value;
    declarations.set(administration, entry);
  }

  if (problems.length > 0) throw new ReportInputError(`Invalid declarations in ${file}:`, problems);
  return declarations;
}
