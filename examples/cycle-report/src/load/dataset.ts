import path from "node:path";
import { z } from "zod";
import { Cycle, safeParseFramework, safeParseMembership, toProblems, type Administration, type Framework, type SafeParseResult, type Submission } from "@pmm/model";
import { ReportInputError } from "../errors.js";
import { suggestionText } from "../suggest.js";
import { findCycleFiles, readCycleData } from "./cycle-data.js";
import { checkDocument, displayPath, readJsonFile } from "./files.js";

/** The locations of the inputs. */
export interface DatasetLocation {
  /** The data folder with `administrations.json`, `cycles.json` and each cycle's files. */
  readonly dataDir: string;
  /** The framework JSON file. */
  readonly frameworkFile: string;
  /** The current cycle's id; the latest cycle (by launch year) when undefined. */
  readonly cycleId: string | undefined;
  /** The administration reported on, whose rows are checked strictly. */
  readonly administration: string | undefined;
  /** The folder the user ran the command in; paths in messages are relative to it. */
  readonly cwd: string;
}

/** One cycle with its submissions. */
export interface CycleData {
  readonly cycle: Cycle;
  readonly submissions: readonly Submission[];
  /** The submissions file it was read from, for messages. */
  readonly file: string;
  /** Rows of other administrations left out because they name an unknown data element. */
  readonly setAside: readonly string[];
}

/** Every input of a cycle report, parsed and checked against each other. */
export interface Dataset {
  readonly framework: Framework;
  readonly frameworkFile: string;
  readonly membership: readonly Administration[];
  /** The cycle being reported on. */
  readonly current: CycleData;
  /** The cycle launched before it, when `cycles.json` lists one. */
  readonly previous: CycleData | undefined;
}

/** The file names the data folder must contain. */
export const DATA_FILES = { administrations: "administrations.json", cycles: "cycles.json", framework: "framework.json" } as const;

const CycleList = z.array(Cycle).superRefine((cycles, context) => {
  const seen = new Map<string, number>();
  cycles.forEach((cycle, index) => {
    const first = seen.get(cycle.id);
    if (first === undefined) seen.set(cycle.id, index);
    else context.addIssue({ code: "custom", path: [index, "id"], message: `duplicate cycle id "${cycle.id}", already used at [${first}]`, input: cycle.id });
  });
});

function safeParseCycles(input: unknown): SafeParseResult<Cycle[]> {
  const result = CycleList.safeParse(input);
  return result.success ? { success: true, data: result.data } : { success: false, problems: toProblems(result.error.issues, input) };
}

/**
 * Reads the framework, the membership, the cycles and the submissions of the current and the
 * previous cycle, and checks them against each other.
 *
 * @param location - The data folder, the framework file and the current cycle.
 * @returns The parsed inputs.
 * @throws {ReportInputError} on a missing file, a document that does not match its schema, an
 *   unknown cycle, a cycle that uses another framework, or any bad submission row.
 * @example
 * ```ts
 * const dataset = await loadDataset({ dataDir: "data", frameworkFile: "data/framework.json", cycleId: undefined, administration: "ADM017" });
 * ```
 */
export async function loadDataset(location: DatasetLocation): Promise<Dataset> {
  const base = location.cwd;
  const framework = checkDocument(location.frameworkFile, "framework", safeParseFramework, await readJsonFile(location.frameworkFile, "framework", base), base);

  const membershipFile = path.join(location.dataDir, DATA_FILES.administrations);
  const membership = checkDocument(membershipFile, "administrations file", safeParseMembership, await readJsonFile(membershipFile, "administrations file", base), base);

  const cyclesFile = path.join(location.dataDir, DATA_FILES.cycles);
  const cycles = checkDocument(cyclesFile, "cycles file", safeParseCycles, await readJsonFile(cyclesFile, "cycles file", base), base);
  const { current, previous } = selectCycles(cycles, location.cycleId, displayPath(cyclesFile, base));

  if (current.framework.id !== framework.id) {
    throw new ReportInputError(
      `Cycle "${current.id}" uses framework "${current.framework.id}" ${current.framework.version}, but ${displayPath(location.frameworkFile, base)} is framework "${framework.id}" ${framework.version}.`,
      ["Pass the cycle's framework with --framework, or choose another cycle with --cycle."],
    );
  }

  const administrationIds = membership.map((administration) => administration.id);
  const load = async (cycle: Cycle): Promise<CycleData> => {
    const files = findCycleFiles(location.dataDir, cycle, base);
    const context = { cycle, framework, administrationIds, membershipFile: displayPath(membershipFile, base), reported: location.administration };
    const { submissions, setAside } = await readCycleData(files, context, location.dataDir, base);
    return { cycle, submissions, setAside, file: displayPath(files.submissions, base) };
  };

  return {
    framework,
    frameworkFile: location.frameworkFile,
    membership,
    current: await load(current),
    previous: previous === undefined ? undefined : await load(previous),
  };
}

/**
 * Picks the current cycle (the one asked for by id or launch year, else the latest by launch
 * year) and the cycle launched just before it.
 *
 * @param cycles - The cycles of cycles.json.
 * @param cycleId - A cycle id, or a launch year that exactly one cycle has; undefined for the latest.
 * @param cyclesFile - The cycles file as messages show it.
 * @throws {ReportInputError} when the cycle asked for is not listed, a launch year names more
 *   than one cycle, or no cycle is listed.
 *
 * @example
 * ```ts
 * const { current, previous } = selectCycles(cycles, undefined, "data/cycles.json");
 * ```
 */
export function selectCycles(cycles: readonly Cycle[], cycleId: string | undefined, cyclesFile: string): { current: Cycle; previous: Cycle | undefined } {
  const ordered = [...cycles].sort((a, b) => a.launchYear - b.launchYear || a.reportingYear - b.reportingYear || (a.id < b.id ? -1 : 1));
  if (ordered.length === 0) throw new ReportInputError(`No cycle in ${cyclesFile}: list at least one.`);

  let index = cycleId === undefined ? ordered.length - 1 : ordered.findIndex((cycle) => cycle.id === cycleId);
  if (index < 0 && cycleId !== undefined && /^\d{4}$/.test(cycleId)) {
    // Data files may be named by launch year, so a launch year names a cycle when only one
    // cycle was launched that year.
    const launched = ordered.filter((cycle) => String(cycle.launchYear) === cycleId);
    if (launched.length === 1) index = ordered.indexOf(launched[0] as Cycle);
    if (launched.length > 1) {
      throw new ReportInputError(`--cycle ${cycleId} is ambiguous: ${cyclesFile} lists ${launched.length} cycles launched in ${cycleId} (${launched.map((cycle) => cycle.id).join(", ")}). Give the cycle's id.`);
    }
  }
  if (index < 0) {
    const ids = ordered.map((cycle) => cycle.id);
    throw new ReportInputError(`Unknown cycle "${cycleId ?? ""}": ${cyclesFile} lists ${ids.join(", ")}. ${suggestionText(cycleId ?? "", ids)}`);
  }
  return { current: ordered[index] as Cycle, previous: index > 0 ? ordered[index - 1] : undefined };
}
