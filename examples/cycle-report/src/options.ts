import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ViewerRole } from "@pmm/model";
import { ReportInputError } from "./errors.js";
import { DATA_FILES } from "./load/dataset.js";
import { displayPath } from "./load/files.js";
import { closestIds } from "./suggest.js";

/** The example's own folder, where the shipped data and the default output folder are. */
export const EXAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The shipped data folder. */
export const DEFAULT_DATA_DIR = path.join(EXAMPLE_DIR, "data");

/** The default output folder (git-ignored). */
export const DEFAULT_OUT_DIR = path.join(EXAMPLE_DIR, "out");

/**
 * The administration reported on when `--administration` is left out with the shipped data.
 * It took part in both shipped cycles, declared one KPI not applicable and has gaps in its data,
 * so the report shows every status.
 */
export const DEFAULT_ADMINISTRATION = "ADM102";

/** The peer group that KPI positions and priorities are measured against. */
export type PeerGroupOption =
  | { readonly kind: "region" }
  | { readonly kind: "income" }
  | { readonly kind: "world" }
  | { readonly kind: "attribute"; readonly key: string };

/** The options of one run, with defaults filled in and paths absolute. */
export interface ReportOptions {
  /** The administration reported on; `undefined` with custom data means "not given". */
  readonly administration: string | undefined;
  readonly dataDir: string;
  readonly frameworkFile: string;
  readonly outDir: string;
  readonly viewer: ViewerRole;
  readonly peerGroup: PeerGroupOption;
  /** The current cycle's id or launch year; the latest cycle when undefined. */
  readonly cycleId: string | undefined;
  /** The folder the user ran the command in; relative flags and paths in messages start there. */
  readonly cwd: string;
}

/** The outcome of reading the command line: options to run with, or a request for help. */
export type ParsedCommandLine = { readonly help: true } | { readonly help: false; readonly options: ReportOptions };

const FLAGS = {
  administration: { type: "string" },
  data: { type: "string" },
  framework: { type: "string" },
  out: { type: "string" },
  viewer: { type: "string" },
  "peer-group": { type: "string" },
  cycle: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Writes the help text printed by `--help`: what each flag sets and its default.
 *
 * @param cwd - The folder the user ran the command in; default paths are shown relative to it
 *   when inside it, else absolute. Default: the working directory.
 * @example
 * ```ts
 * console.log(helpText(process.env.INIT_CWD));
 * ```
 */
export function helpText(cwd = process.cwd()): string {
  const relative = (file: string): string => displayPath(file, cwd);
  return [
    "Usage: pnpm --filter @pmm/example-cycle-report start -- [flags]",
    "",
    "Computes the PMM assessment of one administration against its peers, from raw data:",
    "KPI values, dimension scores, peer benchmarks, the change since the previous cycle and",
    "priorities. Writes report.json and report.html to the output folder.",
    "",
    "Flags:",
    "  --administration ID   Administration to report on.",
    `                        Default ${DEFAULT_ADMINISTRATION} with the shipped data; required with --data.`,
    "  --data DIR            Folder with administrations.json, cycles.json and, per cycle,",
    "                        submissions-<cycle>.csv (or .json) and declarations-<cycle>.csv.",
    `                        Default ${relative(DEFAULT_DATA_DIR)} (the shipped illustrative data).`,
    "  --framework FILE      Framework JSON file. Default framework.json in the data folder.",
    `  --out DIR             Output folder, replaced as a whole at the end. Default ${relative(DEFAULT_OUT_DIR)}.`,
    "  --viewer ROLE         Who will read the report, which decides whose individual values it",
    "                        may show: public, wco-member, secretariat or administration.",
    "                        Default administration (the administration reading its own report).",
    "  --peer-group GROUP    Peer group for KPI positions and priorities: region, income,",
    "                        world or attribute:KEY (an administration attribute such as",
    "                        attribute:landlocked). Default region. Dimension scores are always",
    "                        shown against the region, the income group and the world.",
    "  --cycle ID            Cycle to report on, by id or launch year (such as 2025); the",
    "                        previous cycle is the one launched before it.",
    "                        Default the latest cycle in cycles.json.",
    "  -h, --help            Print this help and exit.",
  ].join("\n");
}

/**
 * Reads the command line.
 *
 * @param argv - The arguments after the script name.
 * @param cwd - The folder relative paths are resolved against. Default the working directory.
 * @returns The options with defaults filled in, or a request for help.
 * @throws {ReportInputError} on an unknown flag (with the closest known flags), a flag without
 *   its value, a stray argument or a value that is not allowed.
 * @example
 * ```ts
 * parseCommandLine(["--administration", "ADM017", "--viewer", "public"]);
 * ```
 */
export function parseCommandLine(argv: readonly string[], cwd = process.cwd()): ParsedCommandLine {
  let values: Partial<Record<keyof typeof FLAGS, string | boolean>>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new ReportInputError(describeParseError(error as Error & { code?: string }, argv));
  }
  if (values.help === true) return { help: true };

  const text = (name: keyof typeof FLAGS): string | undefined => {
    const value = values[name];
    if (typeof value !== "string") return undefined;
    if (value.trim() === "") throw new ReportInputError(`--${name} is empty: give a value or leave the flag out. Run with --help for the flags.`);
    return value;
  };

  const dataFlag = text("data");
  const dataDir = dataFlag === undefined ? DEFAULT_DATA_DIR : path.resolve(cwd, dataFlag);
  const frameworkFlag = text("framework");
  const outFlag = text("out");
  const administration = text("administration") ?? (dataFlag === undefined ? DEFAULT_ADMINISTRATION : undefined);

  return {
    help: false,
    options: {
      administration,
      dataDir,
      frameworkFile: frameworkFlag === undefined ? path.join(dataDir, DATA_FILES.framework) : path.resolve(cwd, frameworkFlag),
      outDir: outFlag === undefined ? DEFAULT_OUT_DIR : path.resolve(cwd, outFlag),
      viewer: parseViewer(text("viewer")),
      peerGroup: parsePeerGroup(text("peer-group")),
      cycleId: text("cycle"),
      cwd,
    },
  };
}

function parseViewer(value: string | undefined): ViewerRole {
  if (value === undefined) return "administration";
  const result = ViewerRole.safeParse(value);
  if (result.success) return result.data;
  throw new ReportInputError(`--viewer "${value}" is not a viewer: use ${ViewerRole.options.join(", ")}.`);
}

/**
 * Reads a `--peer-group` value: `region`, `income`, `world` or `attribute:KEY`.
 *
 * @throws {ReportInputError} on any other value.
 */
function parsePeerGroup(value: string | undefined): PeerGroupOption {
  if (value === undefined || value === "region") return { kind: "region" };
  if (value === "income" || value === "world") return { kind: value };
  const match = /^attribute:([A-Za-z][A-Za-z0-9_.-]*)$/.exec(value);
  if (match?.[1] !== undefined) return { kind: "attribute", key: match[1] };
  throw new ReportInputError(`--peer-group "${value}" is not a peer group: use region, income, world or attribute:KEY, such as attribute:landlocked.`);
}

function describeParseError(error: Error & { code?: string }, argv: readonly string[]): string {
  const known = Object.keys(FLAGS).map((name) => `--${name}`);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = /'([^']+)'/.exec(error.message)?.[1] ?? argv.find((arg) => arg.startsWith("-") && !known.includes(arg.split("=")[0] ?? "")) ?? "";
    const close = closestIds(flag.split("=")[0] ?? flag, known);
    const hint = close.length > 0 ? ` Did you mean ${close.join(" or ")}?` : "";
    return `Unknown flag ${flag}.${hint} Run with --help for the flags.`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = /'(--?[\w-]+)/.exec(error.message)?.[1] ?? "a flag";
    return `${flag} needs a value, such as ${flag} VALUE. Run with --help for the flags.`;
  }
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const stray = /'([^']+)'/.exec(error.message)?.[1] ?? "";
    return `Unexpected argument "${stray}": every value follows its flag, such as --administration ${stray}. Run with --help for the flags.`;
  }
  return `${error.message}. Run with --help for the flags.`;
}
