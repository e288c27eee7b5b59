import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { miniSubmissions2025, writeMiniDataset } from "./fixtures/mini-dataset.js";
import { makeTemporaryFolder, readReport, removeFolder, runInProcess, type RunResult } from "./helpers.js";

// E1 submits 0 declarations and 0 electronic declarations in 2025, so tf.electronic
// (share of 0 in 0) and tf.release (0 hours / 0 declarations) divide by zero. E2 names a data
// element that does not exist, so its row is set aside.
const E1_ZERO = miniSubmissions2025()
  .replace("E1,declarations,T,1000", "E1,declarations,T,0")
  .replace("E1,electronic_declarations,T,950", "E1,electronic_declarations,T,0")
  .replace("E1,release_hours_total,T,24000", "E1,release_hours_total,T,0");
const WITH_TYPO = `${E1_ZERO.trimEnd()}\nE2,revenue_targt,T,5\n`;
const TYPO_LINE = WITH_TYPO.trimEnd().split("\n").length;

let root: string;
let e1: RunResult;
let e3: RunResult;

beforeAll(async () => {
  root = await makeTemporaryFolder("labels");
  await writeMiniDataset(path.join(root, "data"), { "submissions-2025.csv": WITH_TYPO });
  e1 = await runInProcess(["--data", path.join(root, "data"), "--administration", "E1", "--out", path.join(root, "out-e1")]);
  e3 = await runInProcess(["--data", path.join(root, "data"), "--administration", "E3", "--out", path.join(root, "out-e3")]);
}, 60_000);

afterAll(async () => {
  await removeFolder(root);
});

describe("KPI without a value", () => {
  it("names the reason on the page", async () => {
    expect(e1.status).toBe(0);
    const page = await readFile(path.join(root, "out-e1", "report.html"), "utf8");
    expect(page).toContain('data-kpi="tf.electronic" data-status="undefined"');
    expect(page).toContain(">no value: division by zero<");
    expect(page).not.toMatch(/font-weight="bold"[^>]*>undefined</);
    expect(page).not.toContain(">undefined<");
  });

  it("says why there is no change", async () => {
    const page = await readFile(path.join(root, "out-e1", "report.html"), "utf8");
    const arrow = /<g class="arrow-row absent" data-kpi="tf.electronic">.*?<\/g>/.exec(page)?.[0] ?? "";
    expect(arrow).toContain("Not compared: now no value: division by zero");
    expect(arrow).not.toContain("missing data");
  });
});

describe("framework marked illustrative", () => {
  it("does not claim the user's framework", async () => {
    const page = await readFile(path.join(root, "out-e1", "report.html"), "utf8");
    expect(page).not.toContain("made up by this project");
    expect(page).toContain("Mini test framework marks its definitions illustrative, not published by the WCO");
  });
});

describe("set-aside peer rows", () => {
  it("names the file inside the data folder", async () => {
    const report = await readReport(path.join(root, "out-e1"));
    expect(report.validation.peerRowsSetAside).toEqual([
      `submissions-2025.csv:${TYPO_LINE}:2: unknown data element "revenue_targt": framework "mini" does not define it. Did you mean revenue_target? The row of E2 is left out.`,
    ]);
  });

  it("counts them in the summary and the page", async () => {
    expect(e1.stdout).toContain("Peers' data: 1 row names an unknown data element and was left out");
    const page = await readFile(path.join(root, "out-e1", "report.html"), "utf8");
    expect(page).toContain("Peers' data: 1 row names a data element the framework does not define and was left out of the peer figures");
  });
});

describe("score legend", () => {
  it("explains n/a only when shown", () => {
    // E1 has a score in every dimension, and every group mean has a value.
    expect(e1.stdout).not.toContain(" n/a");
    expect(e1.stdout).toMatch(/Peer figures are mean scores of Region: Europe; Income group: High income; World\.\n/);
    // E3 declared its only ESP KPI not applicable, so its ESP score is n/a.
    expect(e3.status).toBe(0);
    expect(e3.stdout).toMatch(/ESP Enforcement.*\bn\/a\b/);
    expect(e3.stdout).toContain("n/a: not applicable.");
  });
});
