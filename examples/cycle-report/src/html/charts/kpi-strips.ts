import { html, type SafeHtml } from "../escape.js";
import type { KpiRow } from "../../view/types.js";
import { linearScale, paddedDomain, wrapText } from "./geometry.js";
import { OWN_COLOUR, PEER_COLOUR } from "./palette.js";

const WIDTH = 760;
const LABEL_WIDTH = 250;
const PLOT_LEFT = 268;
const PLOT_RIGHT = 588;
const VALUE_LEFT = 604;
const ROW_HEIGHT = 56;
const TOP = 30;

/** The words for each KPI direction, shown beside the KPI's name. */
export const DIRECTION_TEXT = {
  "higher-is-better": "higher is better",
  "lower-is-better": "lower is better",
  descriptive: "descriptive: neither is better",
} as const;

/**
 * Renders each KPI's position within its peer distribution. A box spans the first to the third
 * quartile with the median, whiskers reach the minimum and maximum, the peer values the viewer
 * may see are small circles, and the administration is a diamond. Each row has its own scale,
 * because KPIs have different units. A KPI without a value, or a peer group below the
 * publication minimum, shows its reason as text instead.
 *
 * @param rows - The KPIs, in display order.
 * @param chart - The chart's id (unique in the page), title and description.
 * @returns An `<svg role="img">` element with `<title>` and `<desc>`.
 * @example
 * ```ts
 * renderKpiStrips(view.kpis.filter((kpi) => kpi.dimension === "TF"), { id: "kpis-TF", title: "...", description: "..." });
 * ```
 */
export function renderKpiStrips(rows: readonly KpiRow[], chart: { id: string; title: string; description: string; groupLabel: string }): SafeHtml {
  const height = TOP + rows.length * ROW_HEIGHT + 8;
  const header = html`<text x="0" y="16" font-size="11" font-weight="bold" fill="#444">KPI</text><text x="${PLOT_LEFT}" y="16" font-size="11" font-weight="bold" fill="#444">Position among ${chart.groupLabel}</text><text x="${VALUE_LEFT}" y="16" font-size="11" font-weight="bold" fill="#444">Value · percentile rank</text>`;
  const body = rows.map((row, index) => renderRow(row, TOP + index * ROW_HEIGHT, index));
  return html`<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${header}${body}</svg>`;
}

function renderRow(row: KpiRow, top: number, index: number): SafeHtml {
  const middle = top + 26;
  const nameLines = wrapText(row.name, LABEL_WIDTH, 12, 2);
  const meta = `${row.unit} · ${DIRECTION_TEXT[row.direction]}`;
  const label = html`${nameLines.map((line, lineIndex) => html`<text x="0" y="${top + 14 + lineIndex * 14}" font-size="12" fill="#222">${line}</text>`)}<text x="0" y="${top + 14 + nameLines.length * 14}" font-size="10" fill="#555">${meta}</text>`;
  const stripe = index % 2 === 0 ? html`<rect x="0" y="${top - 2}" width="${WIDTH}" height="${ROW_HEIGHT}" fill="#f7f7f7"/>` : html``;

  const rankText = row.percentileRank.kind === "value"
    ? `percentile rank ${row.percentileRank.text}`
    : row.percentileRank.reason === "suppressed" ? "percentile rank suppressed" : "no percentile rank";
  const values = row.own.kind === "value"
    ? html`<text x="${VALUE_LEFT}" y="${top + 18}" font-size="12" font-weight="bold" fill="#222">${row.own.text}</text><text x="${VALUE_LEFT}" y="${top + 33}" font-size="10.5" fill="#444">${rankText}</text>`
    : absentValue(row.own.label, rankText, top);

  const fullText = row.own.kind === "value" ? row.own.text : row.own.label;
  return html`<g class="kpi-row" data-kpi="${row.id}" data-status="${row.own.kind === "value" ? "value" : row.own.reason}"><title>${row.name}: ${fullText}; ${rankText}</title>${stripe}${label}${renderStrip(row, middle)}${values}</g>`;
}

function renderStrip(row: KpiRow, middle: number): SafeHtml {
  const distribution = row.distribution;
  if (distribution.kind === "absent") {
    const lines = wrapText(distribution.label, PLOT_RIGHT - PLOT_LEFT - 16, 10.5, 2);
    const text = lines.map(
      (line, index) => html`<text x="${(PLOT_LEFT + PLOT_RIGHT) / 2}" y="${middle + 4 + (index - (lines.length - 1) / 2) * 13}" text-anchor="middle" font-size="10.5" fill="#333">${line}</text>`,
    );
    return html`<g class="strip absent" data-reason="${distribution.label}"><rect x="${PLOT_LEFT}" y="${middle - 16}" width="${PLOT_RIGHT - PLOT_LEFT}" height="32" fill="#fff" stroke="#8a8a8a" stroke-dasharray="4 3"/>${text}</g>`;
  }

  const domainValues = [distribution.min, distribution.max, ...(row.own.kind === "value" ? [row.own.value] : [])];
  const x = linearScale(paddedDomain(domainValues), [PLOT_LEFT, PLOT_RIGHT]);
  const points = distribution.points.map(
    (value, pointIndex) => html`<circle cx="${x(value)}" cy="${middle + ((pointIndex % 5) - 2) * 2.2}" r="2.4" fill="none" stroke="${PEER_COLOUR}" stroke-width="1"/>`,
  );
  const box = html`<line x1="${x(distribution.min)}" x2="${x(distribution.max)}" y1="${middle}" y2="${middle}" stroke="${PEER_COLOUR}"/><line x1="${x(distribution.min)}" x2="${x(distribution.min)}" y1="${middle - 5}" y2="${middle + 5}" stroke="${PEER_COLOUR}"/><line x1="${x(distribution.max)}" x2="${x(distribution.max)}" y1="${middle - 5}" y2="${middle + 5}" stroke="${PEER_COLOUR}"/><rect x="${x(distribution.q1)}" y="${middle - 8}" width="${Math.max(x(distribution.q3) - x(distribution.q1), 1)}" height="16" fill="#e3e3e3" stroke="${PEER_COLOUR}" fill-opacity="0.7"/><line x1="${x(distribution.median)}" x2="${x(distribution.median)}" y1="${middle - 8}" y2="${middle + 8}" stroke="#333" stroke-width="2"><title>Median ${distribution.medianText}</title></line><path d="M${x(distribution.mean)} ${middle + 10} l-4 6 h8 z" fill="#333"><title>Mean ${distribution.meanText}</title></path>`;
  const scaleText = html`<text x="${(PLOT_LEFT + PLOT_RIGHT) / 2}" y="${middle + 26}" text-anchor="middle" font-size="9.5" fill="#555">n = ${distribution.n} · min ${distribution.minText} · median ${distribution.medianText} · max ${distribution.maxText}</text>`;

  let own: SafeHtml;
  if (row.own.kind === "value") {
    const cx = x(row.own.value);
    own = html`<path class="own-marker" d="M${cx} ${middle - 9} l7 9 l-7 9 l-7 -9 z" fill="${OWN_COLOUR}" stroke="#fff" stroke-width="1.2"><title>This administration: ${row.own.text}</title></path>`;
  } else {
    own = html`<text class="own-absent" x="${PLOT_RIGHT}" y="${middle - 12}" text-anchor="end" font-size="10" fill="#333">This administration: ${row.own.label}</text>`;
  }
  return html`<g class="strip">${box}${points}${scaleText}${own}</g>`;
}

// The reason for a missing value, in plain type so that it does not read as a figure, wrapped
// onto two lines of the narrow value column. The row's tooltip and the table below give it in
// full when it is longer still.
function absentValue(label: string, rankText: string, top: number): SafeHtml {
  const lines = wrapText(label, WIDTH - VALUE_LEFT - 4, 11, 2);
  const text = lines.map((line, index) => html`<text class="own-reason" x="${VALUE_LEFT}" y="${top + 15 + index * 13}" font-size="11" fill="#222">${line}</text>`);
  return html`${text}<text x="${VALUE_LEFT}" y="${top + 15 + lines.length * 13 + 2}" font-size="10.5" fill="#444">${rankText}</text>`;
}
