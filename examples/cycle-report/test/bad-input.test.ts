import { spawnSync } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { miniFramework, miniSubmissions2025, writeMiniDataset } from "./fixtures/mini-dataset.js";
import { makeTemporaryFolder, removeFolder, runInProcess, snapshotFolder } from "./helpers.js";

const EXAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TSX_CLI = path.resolve(EXAMPLE_DIR, "../../node_modules/tsx/dist/cli.mjs");

let root: string;
let outDir: string;
let previousReport: Map<string, string> | undefined;

// Each bad input runs against a copy of the mini dataset with one file changed, writing to an
// output folder that already contains a good report, which must be left as it was.
beforeAll(async () => {
  root = await makeTemporaryFolder("bad-input");
  outDir = path.join(root, "out");
  await writeMiniDataset(path.join(root, "good"));
  const good = await runInProcess(["--data", path.join(root, "good"), "--administration", "E1", "--out", outDir]);
  expect(good.status).toBe(0);
  previousReport = await snapshotFolder(outDir);
}, 60_000);

afterAll(async () => {
  await removeFolder(root);
});

async function runWith(name: string, overrides: Record<string, string | null>, extraArgs: readonly string[] = []): Promise<{ status: number; stderr: string; stdout: string }> {
  const dataDir = path.join(root, name);
  await writeMiniDataset(dataDir, overrides);
  return runInProcess(["--data", dataDir, "--administration", "E1", "--out", outDir, ...extraArgs]);
}

async function expectOutputUnchanged(): Promise<void> {
  expect(await snapshotFolder(outDir)).toEqual(previousReport);
  const leftovers = (await readdir(root)).filter((entry) => entry.includes(".tmp-"));
  expect(leftovers).toEqual([]);
}

function expectOneMessage(result: { status: number; stderr: string; stdout: string }): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  expect(result.stderr.startsWith("Error: ")).toBe(true);
  expect(result.stderr.match(/^Error: /gm)).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("bad input", () => {
  it("rejects a missing file", async () => {
    const result = await runWith("missing-file", { "cycles.json": null });
    expectOneMessage(result);
    expect(result.stderr).toContain("Missing cycles file");
    expect(result.stderr).toContain(`${path.join("missing-file", "cycles.json")} does not exist`);
    await expectOutputUnchanged();
  });

  it("rejects a malformed CSV row", async () => {
    const rows = miniSubmissions2025().replace("E1,staff,T,400", "E1,staff,T,400,5");
    const result = await runWith("malformed-row", { "submissions-2025.csv": rows });
    expectOneMessage(result);
    const line = rows.split("\n").findIndex((row) => row === "E1,staff,T,400,5") + 1;
    expect(result.stderr).toContain(`submissions-2025.csv:${line}: the row has 5 fields but the header has 4`);
    expect(result.stderr).toContain("use a point as the decimal separator");
    await expectOutputUnchanged();
  });

  it("rejects a decimal comma", async () => {
    const rows = miniSubmissions2025().replace("E1,staff,T,400", 'E1,staff,T,"400,5"');
    const result = await runWith("decimal-comma", { "submissions-2025.csv": rows });
    expectOneMessage(result);
    const line = rows.split("\n").findIndex((row) => row.startsWith("E1,staff,")) + 1;
    expect(result.stderr).toContain(`submissions-2025.csv:${line}:4: value "400,5" is not a decimal number: use a point as the decimal separator`);
    await expectOutputUnchanged();
  });

  it("rejects an unknown data element", async () => {
    const rows = miniSubmissions2025().replace("E1,staff_trained,T,300", "E1,staf_trained,T,300");
    const result = await runWith("unknown-element", { "submissions-2025.csv": rows });
    expectOneMessage(result);
    const line = rows.split("\n").findIndex((row) => row.startsWith("E1,staf_trained")) + 1;
    expect(result.stderr).toContain(`submissions-2025.csv:${line}:2: unknown data element "staf_trained"`);
    expect(result.stderr).toContain("Did you mean staff_trained");
    await expectOutputUnchanged();
  });

  it("rejects an administration not in the membership", async () => {
    const rows = `${miniSubmissions2025()}X9,declarations,T,10\n`;
    const result = await runWith("unknown-member", { "submissions-2025.csv": rows });
    expectOneMessage(result);
    const line = rows.trimEnd().split("\n").length;
    expect(result.stderr).toContain(`submissions-2025.csv:${line}:1: administration "X9" is not in the membership`);
    await expectOutputUnchanged();
  });

  it("rejects a framework that does not compile", async () => {
    const framework = miniFramework();
    const kpis = framework.kpis as Record<string, unknown>[];
    (kpis[2] as Record<string, unknown>).formula = "share(revenue_collected, revenue_targets)";
    (kpis[3] as Record<string, unknown>).formula = "seizures + revenue_target";
    const result = await runWith("bad-framework", { "framework.json": `${JSON.stringify(framework)}\n` });
    expectOneMessage(result);
    expect(result.stderr).toContain("does not compile: 2 problems");
    expect(result.stderr).toMatch(/kpis\[2\]\.formula:1:\d+: .*revenue_targets/);
    expect(result.stderr).toContain("kpis[3].formula");
    await expectOutputUnchanged();
  });

  it("rejects an unknown administration flag", async () => {
    await writeMiniDataset(path.join(root, "unknown-administration"));
    const result = await runInProcess(["--data", path.join(root, "unknown-administration"), "--administration", "E7", "--out", outDir]);
    expectOneMessage(result);
    expect(result.stderr).toContain('Unknown administration "E7"');
    expect(result.stderr).toMatch(/Did you mean E1 or E2 or E3/);
    await expectOutputUnchanged();
  });

  it("rejects an unknown flag", async () => {
    const result = await runInProcess(["--administraton", "E1", "--out", outDir]);
    expectOneMessage(result);
    expect(result.stderr).toContain("Unknown flag --administraton. Did you mean --administration?");
    await expectOutputUnchanged();
  });

  it("rejects an output folder with other files", async () => {
    const foreign = path.join(root, "foreign");
    await writeMiniDataset(path.join(root, "foreign-data"));
    await writeMiniDataset(foreign);
    const result = await runInProcess(["--data", path.join(root, "foreign-data"), "--administration", "E1", "--out", foreign]);
    expectOneMessage(result);
    expect(result.stderr).toContain("contains other files");
    expect((await readdir(foreign)).sort()).toContain("framework.json");
    await rm(foreign, { recursive: true });
  });
});

describe("command in a child process", () => {
  function runCommand(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [TSX_CLI, "--conditions=@pmm/source", "src/main.ts", ...args], { cwd: EXAMPLE_DIR, encoding: "utf8", timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it("exits 1 on bad input", async () => {
    const dataDir = path.join(root, "child-bad");
    await writeMiniDataset(dataDir, { "administrations.json": "[{]" });
    const result = runCommand(["--data", dataDir, "--administration", "E1", "--out", outDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("administrations.json:1:3: the file is not valid JSON");
    await expectOutputUnchanged();
  }, 60_000);

  it("exits 0 with the report written", async () => {
    const dataDir = path.join(root, "child-good");
    const out = path.join(root, "child-out");
    await writeMiniDataset(dataDir);
    const result = runCommand(["--data", dataDir, "--administration", "E2", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Wrote ");
    expect((await readdir(out)).sort()).toEqual(["report.html", "report.json"]);
  }, 60_000);

  it("prints the help", () => {
    const result = runCommand(["--help"]);
    expect(result.status).toBe(0);
    for (const flag of ["--administration", "--data", "--framework", "--out", "--viewer", "--peer-group", "--cycle", "--help"]) {
      expect(result.stdout).toContain(flag);
    }
  }, 60_000);
});

