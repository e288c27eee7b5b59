import type { ReportView } from "../../view/types.js";
import { renderArrowChart, renderSlopeChart } from "../charts/changes.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner, section } from "../parts.js";

/**
 * Renders the change since the previous cycle: dimension scores as a slope chart, KPI values as arrows.
 *
 * @example
 * ```ts
 * html`<main>${renderChanges(view)}</main>`;
 * ```
 */
export function renderChanges(view: ReportView): SafeHtml {
  const banner = provenanceBanner(view, [...view.changes, ...view.kpiChanges]);
  if (view.previousCycle === undefined) {
    return section("changes", "Change since the previous cycle", banner, html`<p class="status" data-reason="no-previous">No previous cycle: the cycles file lists none before ${view.cycle.id}.</p>`);
  }
  if (!view.previousCycle.tookPart) {
    return section("changes", "Change since the previous cycle", banner, html`<p class="status" data-reason="no-previous">Not compared: ${view.administration.name} has no data in the previous cycle, ${view.previousCycle.id}.</p>`);
  }
  const previousLabel = `${view.previousCycle.id} (${view.previousCycle.reportingYear})`;
  const currentLabel = `${view.cycle.id} (${view.cycle.reportingYear})`;
  const describe = (rows: typeof view.changes): string =>
    rows
      .map((row) => {
        const previous = row.previous.kind === "value" ? row.previous.text : row.previous.label;
        const current = row.current.kind === "value" ? row.current.text : row.current.label;
        return `${row.name}: ${previous} to ${current}, ${row.verdict.replace("-", " ")}.`;
      })
      .join(" ");

  const slope = renderSlopeChart(view.changes, {
    id: "score-changes",
    title: `Dimension scores of ${view.administration.name} in ${previousLabel} and ${currentLabel}`,
    description: describe(view.changes),
    previousLabel,
    currentLabel,
  });
  const arrows = view.kpiChanges.length === 0
    ? html``
    : html`<h3>KPI values</h3><p class="note">Each arrow runs from the value in ${previousLabel} to the value in ${currentLabel}, on the KPI's own scale. Whether a change is an improvement depends on the KPI's direction; descriptive KPIs are neither.</p>${renderArrowChart(view.kpiChanges, {
        id: "kpi-changes",
        title: `KPI values of ${view.administration.name} in ${previousLabel} and ${currentLabel}`,
        description: describe(view.kpiChanges),
      })}`;
  return section("changes", "Change since the previous cycle", banner, html`<h3>Dimension scores</h3>${slope}${arrows}`);
}
