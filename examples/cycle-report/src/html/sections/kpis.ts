import type { KpiRow, ReportView } from "../../view/types.js";
import { renderKpiStrips } from "../charts/kpi-strips.js";
import { OWN_COLOUR, PEER_COLOUR } from "../charts/palette.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner, provenanceTag, section, shownHtml } from "../parts.js";

/**
 * Renders each KPI's position within its peer distribution, one chart per dimension.
 *
 * @example
 * ```ts
 * html`<main>${renderKpis(view)}</main>`;
 * ```
 */
export function renderKpis(view: ReportView): SafeHtml {
  const legend = html`<ul class="legend-list" aria-label="How to read the KPI charts"><li><svg width="16" height="16" aria-hidden="true"><path d="M8 1l7 7l-7 7l-7-7z" fill="${OWN_COLOUR}"/></svg>this administration</li><li><svg width="26" height="16" aria-hidden="true"><rect x="1" y="3" width="24" height="10" fill="#e3e3e3" stroke="${PEER_COLOUR}"/><line x1="13" x2="13" y1="3" y2="13" stroke="#333" stroke-width="2"/></svg>first to third quartile, with the median</li><li><svg width="14" height="16" aria-hidden="true"><path d="M7 4l-5 8h10z" fill="#333"/></svg>mean</li><li><svg width="14" height="16" aria-hidden="true"><circle cx="7" cy="8" r="3" fill="none" stroke="${PEER_COLOUR}"/></svg>a peer's value (only those the viewer may see)</li><li><svg width="26" height="16" aria-hidden="true"><rect x="1" y="3" width="24" height="10" fill="#fff" stroke="#8a8a8a" stroke-dasharray="4 3"/></svg>no figure: the reason is written in it</li></ul>`;

  const dimensions = view.dimensions.map((dimension) => {
    const rows = view.kpis.filter((kpi) => kpi.dimension === dimension.id);
    if (rows.length === 0) return html``;
    const chart = renderKpiStrips(rows, {
      id: `kpis-${dimension.id}`,
      title: `KPIs of ${dimension.name}: ${view.administration.name} within ${view.peerGroupLabel}`,
      description: rows.map(describeRow).join(" "),
      groupLabel: view.peerGroupLabel,
    });
    return html`<h3>${dimension.id} ${dimension.name}</h3>${chart}${renderTable(rows)}`;
  });

  return section("kpis", "KPIs within the peer distribution", provenanceBanner(view, view.kpis), html`${legend}${dimensions}`);
}

function renderTable(rows: readonly KpiRow[]): SafeHtml {
  const body = rows.map(
    (row) => html`<tr><td>${row.name} ${provenanceTag(row.provenance)}</td><td class="number">${shownHtml(row.own)}</td><td class="number">${shownHtml(row.score)}</td><td class="number">${shownHtml(row.percentileRank)}</td><td>${row.explanation ?? ""}</td></tr>`,
  );
  return html`<details><summary>Values, scores and how each value was computed</summary><table><thead><tr><th>KPI</th><th class="number">Value</th><th class="number">Score</th><th class="number">Percentile rank</th><th>How it was computed</th></tr></thead><tbody>${body}</tbody></table></details>`;
}

function describeRow(row: KpiRow): string {
  const own = row.own.kind === "value" ? row.own.text : row.own.label;
  const peers = row.distribution.kind === "summary"
    ? `peers: n ${row.distribution.n}, median ${row.distribution.medianText}, from ${row.distribution.minText} to ${row.distribution.maxText}`
    : `peers: ${row.distribution.label}`;
  const rank = row.percentileRank.kind === "value" ? `, percentile rank ${row.percentileRank.text}` : "";
  return `${row.name}: ${own}${rank}; ${peers}.`;
}
