/// <reference lib="dom" />
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTemporaryFolder, removeFolder, runInProcess } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const SCREENSHOT = path.join(REPO_ROOT, "artifacts", "report.png");
const chromiumMissing = !existsSync(CHROMIUM);
const title = chromiumMissing ? `report page in Chromium (skipped: ${CHROMIUM} is missing; install it with .ci/install-browser)` : "report page in Chromium";

// The charts of the shipped data: the dimension scores, one KPI chart per dimension, the slope
// chart of scores and the arrow chart of KPI values.
const EXPECTED_CHARTS = ["dimension-scores", "kpis-TF", "kpis-RC", "kpis-ESP", "kpis-OD", "score-changes", "kpi-changes"];

/** A report page open in Chromium, with what went wrong while it loaded. */
interface OpenedReport {
  root: string;
  browser: Browser;
  page: Page;
  consoleErrors: string[];
  failedRequests: string[];
  blockedRequests: string[];
}

/** Runs the report with the flags, then opens report.html in headless Chromium. */
async function openReport(args: readonly string[]): Promise<OpenedReport> {
  const root = await makeTemporaryFolder("page");
  const run = await runInProcess([...args, "--out", path.join(root, "out")]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const opened: OpenedReport = { root, browser, page, consoleErrors: [], failedRequests: [], blockedRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") opened.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => opened.consoleErrors.push(error.message));
  page.on("requestfailed", (request) => opened.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`));
  // Only the local file may load: any other request is blocked and recorded.
  await page.route("**", async (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    opened.blockedRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(path.join(root, "out", "report.html")).href, { waitUntil: "load" });
  return opened;
}

async function closeReport(opened: OpenedReport | undefined): Promise<void> {
  await opened?.browser.close();
  if (opened !== undefined) await removeFolder(opened.root);
}

/** Lists the chart texts that stick out of their chart's box, as `chart: text`. */
function textOutsideCharts(page: Page): Promise<string[]> {
  return page.locator("svg.chart").evaluateAll((elements) =>
    elements.flatMap((element) => {
      const frame = element.getBoundingClientRect();
      return Array.from(element.querySelectorAll("text"))
        .map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }))
        .filter(({ box }) => box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1)
        .map(({ text }) => `${element.querySelector("title")?.id ?? "chart"}: ${text}`);
    }),
  );
}

describe.skipIf(chromiumMissing)(title, () => {
  let opened: OpenedReport | undefined;
  let page: Page;

  beforeAll(async () => {
    opened = await openReport([]);
    page = opened.page;
  }, 60_000);

  afterAll(async () => {
    await closeReport(opened);
  });

  it("loads without errors or other requests", () => {
    expect(opened?.consoleErrors).toEqual([]);
    expect(opened?.failedRequests).toEqual([]);
    expect(opened?.blockedRequests).toEqual([]);
  });

  it("renders every chart with a size", async () => {
    const charts = await page.locator("svg.chart").evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { id: element.querySelector("title")?.id.replace(/-title$/, "") ?? "", width: box.width, height: box.height, shapes: element.querySelectorAll("rect, path, line, circle").length };
      }),
    );
    expect(charts.map((chart) => chart.id)).toEqual(EXPECTED_CHARTS);
    for (const chart of charts) {
      expect(chart.width, chart.id).toBeGreaterThan(300);
      expect(chart.height, chart.id).toBeGreaterThan(100);
      expect(chart.shapes, chart.id).toBeGreaterThan(10);
    }
  });

  it("draws one bar per score and group", async () => {
    // Four dimensions and the overall index, each for the administration, region, income group and world.
    expect(await page.locator("#dimension-scores-title").count()).toBe(1);
    expect(await page.locator("svg.chart g.bar").count()).toBe(5 * 4);
  });

  it("marks the administration on each KPI", async () => {
    const rows = await page.locator("g.kpi-row").evaluateAll((elements) =>
      elements.map((element) => ({
        kpi: element.getAttribute("data-kpi"),
        status: element.getAttribute("data-status"),
        distributionShown: element.querySelector("g.strip:not(.absent)") !== null,
        markers: element.querySelectorAll("path.own-marker").length,
        absentLabels: element.querySelectorAll("text.own-absent").length,
      })),
    );
    expect(rows).toHaveLength(28);
    for (const row of rows) {
      const expectedMarkers = row.status === "value" && row.distributionShown ? 1 : 0;
      expect(row.markers, `${row.kpi} markers`).toBe(expectedMarkers);
      // Without a value, the chart gives the reason in words wherever it draws a distribution.
      const expectedLabels = row.status !== "value" && row.distributionShown ? 1 : 0;
      expect(row.absentLabels, `${row.kpi} labels`).toBe(expectedLabels);
    }
  });

  it("labels absent figures in words", async () => {
    const text = await page.locator("body").innerText();
    expect(text).toContain("not applicable");
    expect(text).toContain("missing data");
  });

  it("gives every chart a title and a description", async () => {
    const described = await page.locator("svg.chart").evaluateAll((elements) =>
      elements.map((element) => (element.querySelector("title")?.textContent ?? "").length > 0 && (element.querySelector("desc")?.textContent ?? "").length > 0 && element.getAttribute("role") === "img"),
    );
    expect(described.every(Boolean)).toBe(true);
  });

  it("says the framework is illustrative in every section", async () => {
    const sections = await page.locator("section").count();
    expect(sections).toBeGreaterThanOrEqual(6);
    expect(await page.locator("section > header .provenance").count()).toBe(sections);
  });

  it("keeps chart text inside its chart", async () => {
    expect(await textOutsideCharts(page)).toEqual([]);
  });

  it("fits the page width", async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(900);
  });

  it("writes a screenshot", async () => {
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    // PMM_DOCS_SCREENSHOT=1 also refreshes the picture in docs/cycle-report.md: the dimension
    // scores and the first dimension's KPIs.
    if (process.env.PMM_DOCS_SCREENSHOT === "1") {
      const docsImage = path.join(REPO_ROOT, "docs", "images", "report.png");
      const top = await page.locator("#scores").evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      const bottom = await page.locator("svg.chart").nth(1).evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
      await mkdir(path.dirname(docsImage), { recursive: true });
      await page.screenshot({ path: docsImage, clip: { x: 40, y: top - 12, width: 820, height: bottom - top + 24 }, fullPage: true });
    }
  });
});

describe.skipIf(chromiumMissing)(`public ${title}`, () => {
  let opened: OpenedReport | undefined;

  beforeAll(async () => {
    opened = await openReport(["--viewer", "public"]);
  }, 60_000);

  afterAll(async () => {
    await closeReport(opened);
  });

  it("loads without errors or other requests", () => {
    expect(opened?.consoleErrors).toEqual([]);
    expect(opened?.failedRequests).toEqual([]);
    expect(opened?.blockedRequests).toEqual([]);
  });

  it("keeps chart text inside its chart", async () => {
    expect(await textOutsideCharts((opened as OpenedReport).page)).toEqual([]);
  });

  it("fits the page width", async () => {
    const width = await (opened as OpenedReport).page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(900);
  });

  it("labels withheld scores", async () => {
    const withheld = await (opened as OpenedReport).page.locator('svg.chart g.bar.absent[data-reason="withheld"]').count();
    expect(withheld).toBe(5);
  });
});
