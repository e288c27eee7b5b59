import type { ReportView } from "../../view/types.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner, section } from "../parts.js";

const KIND_TEXT = { outlier: "Outlier", "implausible-change": "Large change" } as const;

/**
 * Renders the diagnostic findings as questions for an interview with a diagnostic facilitator.
 *
 * @example
 * ```ts
 * html`<main>${renderDiagnostics(view)}</main>`;
 * ```
 */
export function renderDiagnostics(view: ReportView): SafeHtml {
  const banner = provenanceBanner(view, view.kpis);
  if (view.diagnostics.length === 0) {
    return section("diagnostics", "Questions for a diagnostic facilitator", banner, html`<p>No KPI value is far from the peers' values or changed more than is plausible since the previous cycle.</p>`);
  }
  const items = view.diagnostics.map((row) => html`<li><span class="tag">${KIND_TEXT[row.kind]}</span> <strong>${row.kpi}</strong>: ${row.question}</li>`);
  const settings = view.diagnosticSettings;
  const note = html`<p class="note">KPI values far from those of the peers (a robust distance from the peers' median above ${settings.outlierThreshold}, with at least ${settings.minimumPeers} peers), and changes since the previous cycle above ${settings.relativeChangeThreshold} % or across more than ${settings.percentileJumpThreshold} percentile points. Each may be a real change or a difference in how the figure is measured. Validation findings are listed in their own section.</p>`;
  return section("diagnostics", "Questions for a diagnostic facilitator", banner, html`${note}<ul class="findings">${items}</ul>`);
}
