import type { ReportView, ScoreRow, Shown } from "../view/types.js";

/** Most validation findings and priorities the summary lists; report.json has all of them. */
const LISTED = 5;

/**
 * Writes the terminal summary of a report: the validation findings on the administration's
 * data, the dimension scores with the peer group figures beside them, the overall index and the
 * top priorities. Plain text, at most about 100 columns wide.
 *
 * @param view - The report.
 * @param setAside - Rows of peers' data left out, counted in one line.
 * @returns The summary, lines joined with `\n`, without a final newline.
 * @example
 * ```ts
 * console.log(renderTerminalSummary(view, []));
 * ```
 */
export function renderTerminalSummary(view: ReportView, setAside: readonly string[]): string {
  const lines: string[] = [];
  let previous = "";
  if (view.previousCycle !== undefined) {
    previous = view.previousCycle.tookPart ? `, compared with ${view.previousCycle.id}` : `, not compared: no data in ${view.previousCycle.id}`;
  }
  lines.push(`PMM cycle report: ${view.administration.name} (${view.administration.id}), cycle ${view.cycle.id} (data year ${view.cycle.reportingYear})${previous}`);
  lines.push(`Framework: ${view.framework.title} (${view.framework.id} ${view.framework.version})`);
  if (view.framework.provenance === "illustrative") {
    lines.push("Illustrative framework: its KPIs, formulas and scores are not the official WCO PMM.");
  }
  lines.push(`Viewer: ${view.viewer}. Peer group for KPIs and priorities: ${view.peerGroupLabel}.`);

  lines.push("", ...renderFindings(view));
  if (setAside.length > 0) {
    lines.push(`Peers' data: ${setAside.length} ${setAside.length === 1 ? "row names" : "rows name"} an unknown data element and ${setAside.length === 1 ? "was" : "were"} left out (listed in report.json).`);
  }

  lines.push("", ...renderScoreTable(view));
  lines.push("", ...renderPriorities(view));
  if (view.diagnostics.length > 0) {
    const outliers = view.diagnostics.filter((row) => row.kind === "outlier").length;
    const changes = view.diagnostics.length - outliers;
    lines.push("", `Diagnostics: ${count(outliers, "outlier")} against peers and ${count(changes, "implausible change")} since the previous cycle, with questions in report.html.`);
  }
  return lines.join("\n");
}

function renderFindings(view: ReportView): string[] {
  const errors = view.findings.filter((finding) => finding.severity === "error");
  const warnings = view.findings.filter((finding) => finding.severity === "warning");
  if (view.findingsWithheld) return ["Validation: withheld, because the findings quote submitted figures that this viewer may not see."];
  if (view.findings.length === 0) return ["Validation: the data passed every rule."];
  const lines = [`Validation: ${count(errors.length, "error")}, ${count(warnings.length, "warning")} on this administration's data.`];
  for (const finding of [...errors, ...warnings].slice(0, LISTED)) lines.push(`  ${finding.severity.padEnd(7)} ${finding.rule}: ${finding.message}`);
  if (view.findings.length > LISTED) lines.push(`  ... and ${view.findings.length - LISTED} more in report.json`);
  return lines;
}

function renderScoreTable(view: ReportView): string[] {
  const rows: ScoreRow[] = [...view.dimensions, ...(view.overall === undefined ? [] : [view.overall])];
  const headers = ["Score (0-100)", view.administration.id, ...(rows[0]?.groups.map((group) => group.series) ?? [])];
  const table = rows.map((row) => [row.label, text(row.own), ...row.groups.map((group) => text(group.shown))]);
  const widths = headers.map((header, column) => Math.max(header.length, ...table.map((cells) => (cells[column] ?? "").length)));
  const nameWidth = Math.min(widths[0] ?? 0, 40);
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? truncate(cell, nameWidth).padEnd(nameWidth) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const usesShortNa = table.some((cells) => cells.includes(SHORT_REASON["not-applicable"]));
  const legend = `Peer figures are mean scores of ${(rows[0]?.groups ?? []).map((group) => group.name).join("; ")}.${usesShortNa ? " n/a: not applicable." : ""}`;
  return [format(headers), ...table.map(format), legend];
}

function renderPriorities(view: ReportView): string[] {
  if (view.priorities.length === 0) {
    const first = `Priorities: no expected outcome is ${view.unrankedNote === undefined ? "" : "ranked "}behind the mean of ${view.peerGroupLabel}.`;
    return view.unrankedNote === undefined ? [first] : [first, `  ${view.unrankedNote}`];
  }
  const lines = [`Priorities (expected outcomes furthest behind the mean of ${view.peerGroupLabel}, weighted):`];
  for (const priority of view.priorities.slice(0, LISTED)) {
    lines.push(`  ${priority.rank}. ${priority.outcome} (${priority.dimension}): ${priority.gapText}, weight ${priority.weightText}`);
    if (priority.drivers.length > 0) lines.push(`     driven by ${priority.drivers.map((driver) => `${driver.kpi} (${driver.text})`).join("; ")}`);
  }
  if (view.priorities.length > LISTED) lines.push(`  ... and ${view.priorities.length - LISTED} more in report.html`);
  return lines;
}

// Short words for absent figures, so that the score table stays narrow; report.html and
// report.json give the full reason.
const SHORT_REASON: Record<Extract<Shown, { kind: "absent" }>["reason"], string> = {
  "not-applicable": "n/a",
  "missing-data": "missing",
  undefined: "no value",
  invalid: "invalid",
  suppressed: "suppressed",
  withheld: "withheld",
  "not-scored": "not scored",
  "no-previous": "missing",
};

function text(shown: Shown): string {
  return shown.kind === "value" ? shown.text : SHORT_REASON[shown.reason];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function truncate(value: string, width: number): string {
  return value.length <= width ? value : `${value.slice(0, width - 1)}…`;
}
