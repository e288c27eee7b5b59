import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import * as fsPromises from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCycleReport } from "../src/cli.js";
import { isReportInputError } from "../src/errors.js";
import { helpText } from "../src/options.js";
import { describeWriteError, writeOutputFolder } from "../src/output.js";
import { exitQuietlyOnBrokenPipe } from "../src/streams.js";
import { miniSubmissions2023, miniSubmissions2025, writeMiniDataset } from "./fixtures/mini-dataset.js";
import { makeTemporaryFolder, readReport, removeFolder, runInProcess, snapshotFolder, type RunResult } from "./helpers.js";

const EXAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const REPO_ROOT = path.resolve(EXAMPLE_DIR, "../..");
const TSX_CLI = path.resolve(REPO_ROOT, "node_modules/tsx/dist/cli.mjs");

let root: string;

beforeAll(async () => {
  root = await makeTemporaryFolder("command");
  await writeMiniDataset(path.join(root, "data"));
});

afterAll(async () => {
  await removeFolder(root);
});

/** Runs the command in this process as if typed in `cwd`. */
async function runIn(cwd: string, argv: readonly string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (text: string) => void (stdout += `${text}\n`), stderr: (text: string) => void (stderr += `${text}\n`) };
  const status = await runCycleReport(argv, io, cwd);
  return { status, stdout, stderr };
}

describe("paths in messages", () => {
  it("start where the command was typed", async () => {
    // The working directory of the test is not root, as under pnpm --filter.
    expect(process.cwd()).not.toBe(root);
    const run = await runIn(root, ["--data", "data", "--administration", "E1", "--out", "reports/e1"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Wrote ${path.join("reports", "e1", "report.json")} and ${path.join("reports", "e1", "report.html")}.`);
  });

  it("name a missing file from there", async () => {
    const run = await runIn(root, ["--data", "nowhere", "--administration", "E1", "--out", "reports/x"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Missing framework: ${path.join("nowhere", "framework.json")} does not exist.`);
  });

  it("show default folders in the help", () => {
    const fromRoot = helpText(REPO_ROOT);
    expect(fromRoot).toContain(`Default ${path.join("examples", "cycle-report", "data")} (the shipped illustrative data).`);
    expect(fromRoot).toContain(`Default ${path.join("examples", "cycle-report", "out")}.`);
    const fromElsewhere = helpText(root);
    expect(fromElsewhere).toContain(`Default ${path.join(EXAMPLE_DIR, "out")}.`);
  });
});

describe("output folder not writable", () => {
  // Tests run as root, who may write into a folder with mode 0o555, so a real read-only folder
  // would not fail here. The failure is injected into mkdtemp instead, with the error Node.js
  // gives for such a folder.
  it("is an input error with the fix", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, mkdtemp '/srv/.out.tmp-XXXXXX'"), { code: "EACCES", syscall: "mkdtemp" });
    const fileSystem = { ...fsPromises, mkdtemp: () => Promise.reject(denied) } as typeof fsPromises;
    const outDir = path.join(root, "locked", "out");
    const error = await writeOutputFolder(outDir, [{ name: "report.json", content: "{}\n" }], { base: root, fileSystem }).catch((caught: unknown) => caught);
    expect(isReportInputError(error)).toBe(true);
    expect((error as Error).message).toBe(`cannot write the report to ${path.join("locked", "out")}: permission denied; choose another --out`);
    expect(await snapshotFolder(outDir)).toBeUndefined();
  });

  it("maps each refusal code", () => {
    const cases = [
      ["EACCES", "permission denied"],
      ["EPERM", "operation not permitted"],
      ["EROFS", "the file system is read-only"],
      ["ENOSPC", "no space left on the device"],
    ] as const;
    for (const [code, reason] of cases) {
      const mapped = describeWriteError(Object.assign(new Error(code), { code }), "/srv/out", "/");
      expect(isReportInputError(mapped), code).toBe(true);
      expect((mapped as Error).message, code).toBe(`cannot write the report to srv/out: ${reason}; choose another --out`);
    }
    const other = Object.assign(new Error("EIO"), { code: "EIO" });
    expect(describeWriteError(other, "/srv/out")).toBe(other);
  });
});

describe("broken pipe", () => {
  it("exits quietly on EPIPE", () => {
    const stream = new EventEmitter();
    let exits = 0;
    exitQuietlyOnBrokenPipe(stream, () => exits++);
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toBe(1);
    expect(() => stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("write EIO");
  });

  it("prints no stack trace in a pipe", async () => {
    // The reader closes its end before the command prints, as `| head -1` does after one line.
    const child = spawn(process.execPath, [TSX_CLI, "--conditions=@pmm/source", "src/main.ts", "--help"], { cwd: EXAMPLE_DIR, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  }, 60_000);
});

describe("administration without rows", () => {
  it("rejects a header-only file", async () => {
    const dataDir = path.join(root, "header-only");
    await writeMiniDataset(dataDir, { "submissions-2025.csv": "administration,data_element,period,value\n" });
    const run = await runInProcess(["--data", dataDir, "--administration", "E1", "--out", path.join(root, "out-header-only")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("E1 has no rows in");
    expect(run.stderr).toContain("submissions-2025.csv for cycle c2025");
    expect(run.stderr).toContain("The file has no figures for any administration.");
    expect(run.stderr).toContain("Add E1's figures to that file");
  });

  it("rejects declarations without figures", async () => {
    // E3 has a declaration in 2025 but, here, no rows.
    const dataDir = path.join(root, "declarations-only");
    const without = miniSubmissions2025().split("\n").filter((line) => !line.startsWith("E3,")).join("\n");
    await writeMiniDataset(dataDir, { "submissions-2025.csv": without });
    const run = await runInProcess(["--data", dataDir, "--administration", "E3", "--out", path.join(root, "out-declarations-only")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("E3 has no rows in");
    // E1, E2 and E4 are one edit away from E3; P1 and P2 two, and only three are suggested.
    expect(run.stderr).toContain("Did you mean E1 or E2 or E4?");
  });

  it("accepts one absent before", async () => {
    // E3 took part in 2025 only.
    expect(miniSubmissions2023()).not.toContain("E3,");
    const out = path.join(root, "out-e3");
    const run = await runInProcess(["--data", path.join(root, "data"), "--administration", "E3", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("cycle c2025 (data year 2024), not compared: no data in c2023");
    const page = await fsPromises.readFile(path.join(out, "report.html"), "utf8");
    expect(page).toContain("Not compared: Administration E3 has no data in the previous cycle, c2023.");
  });
});

describe("--cycle", () => {
  it("accepts a launch year", async () => {
    const out = path.join(root, "out-2023");
    const run = await runInProcess(["--data", path.join(root, "data"), "--administration", "E1", "--cycle", "2023", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect((await readReport(out)).current.cycle.id).toBe("c2023");
  });

  it("rejects an ambiguous launch year", async () => {
    const dataDir = path.join(root, "two-in-2025");
    const cycles = [
      { id: "c2023", launchYear: 2023, reportingYear: 2022, framework: { id: "mini", version: "1.0.0" }, opens: "2023-12-05", closes: "2024-03-29" },
      { id: "c2025", launchYear: 2025, reportingYear: 2024, framework: { id: "mini", version: "1.0.0" }, opens: "2025-12-01", closes: "2026-03-31" },
      { id: "c2025b", launchYear: 2025, reportingYear: 2024, framework: { id: "mini", version: "1.0.0" }, opens: "2025-12-01", closes: "2026-03-31" },
    ];
    await writeMiniDataset(dataDir, { "cycles.json": JSON.stringify(cycles) });
    const run = await runInProcess(["--data", dataDir, "--administration", "E1", "--cycle", "2025", "--out", path.join(root, "out-ambiguous")]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--cycle 2025 is ambiguous");
    expect(run.stderr).toContain("(c2025, c2025b)");
  });
});
