import type { ReportView, ScoreRow } from "../../view/types.js";
import { renderScoreBars } from "../charts/score-bars.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner, provenanceTag, section, shownHtml } from "../parts.js";

/**
 * Renders the four dimension scores (and the overall index) against the region, income group and world.
 *
 * @example
 * ```ts
 * html`<main>${renderScores(view)}</main>`;
 * ```
 */
export function renderScores(view: ReportView): SafeHtml {
  const rows: ScoreRow[] = [...view.dimensions, ...(view.overall === undefined ? [] : [view.overall])];
  const groupNames = rows[0]?.groups.map((group) => group.name) ?? [];
  const description = rows
    .map((row) => `${row.label}: this administration ${describe(row.own)}; ${row.groups.map((group) => `${group.name} ${describe(group.shown)}${count(group.n)}`).join("; ")}.`)
    .join(" ");
  const chart = renderScoreBars(rows, {
    id: "dimension-scores",
    title: `Dimension scores of ${view.administration.name} against the region, the income group and the world`,
    description: `Grouped bars, scores from 0 to 100. ${description}`,
  });

  const header = html`<tr><th>Dimension</th><th class="number">This administration</th>${groupNames.map((name) => html`<th class="number">${name}</th>`)}</tr>`;
  const body = rows.map(
    (row) => html`<tr><td>${row.label} ${provenanceTag(row.provenance)}</td><td class="number">${shownHtml(row.own)}</td>${row.groups.map((group) => html`<td class="number">${shownHtml(group.shown)}<br><span class="note">${count(group.n).trim()}</span></td>`)}</tr>`,
  );
  const table = html`<details open><summary>Scores as a table</summary><table><thead>${header}</thead><tbody>${body}</tbody></table></details>`;
  const note = html`<p class="note">Peer figures are the mean score of the administrations in the group; n is how many of them have a score. Each KPI value is normalised to a score from 0 to 100 and aggregated up to its expected outcome and dimension with the framework's weights.</p>`;
  return section("scores", "Dimension scores against region and world", provenanceBanner(view, rows), html`${chart}${table}${note}`);
}

function count(n: number | undefined): string {
  return n === undefined ? "" : ` (n = ${n})`;
}

function describe(shown: ScoreRow["own"]): string {
  return shown.kind === "value" ? shown.text : shown.label;
}
