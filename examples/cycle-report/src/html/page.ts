import type { ReportView } from "../view/types.js";
import { html } from "./escape.js";
import { renderChanges } from "./sections/changes.js";
import { renderDiagnostics } from "./sections/diagnostics.js";
import { renderFindings } from "./sections/findings.js";
import { renderKpis } from "./sections/kpis.js";
import { renderOverview } from "./sections/overview.js";
import { renderPriorities } from "./sections/priorities.js";
import { renderScores } from "./sections/scores.js";
import { PAGE_CSS } from "./styles.js";

/**
 * Renders the report as one self-contained HTML page: inline CSS and inline SVG charts, no
 * scripts, no external fonts, images or links to load. Every string from the inputs is escaped.
 *
 * @param view - What to show.
 * @returns The page, starting with `<!doctype html>`.
 * @example
 * ```ts
 * await writeFile("report.html", renderPage(view));
 * ```
 */
export function renderPage(view: ReportView): string {
  const title = `PMM cycle report: ${view.administration.name}, ${view.cycle.id}`;
  const footer = html`<footer><p>Computed by the PMM SDK from the raw data: KPI values with exact decimal arithmetic, rounded once for display. Not applicable, missing and suppressed figures are shown as such and never counted as zero. Peer statistics leave out KPIs an administration declared not applicable.</p></footer>`;
  const page = html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${title}</title><style>${{ html: PAGE_CSS }}</style></head><body><main>${renderOverview(view)}${renderFindings(view)}${renderScores(view)}${renderKpis(view)}${renderChanges(view)}${renderPriorities(view)}${renderDiagnostics(view)}${footer}</main></body></html>`;
  return `${page.html}\n`;
}
