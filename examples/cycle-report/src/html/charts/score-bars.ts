import { html, type SafeHtml } from "../escape.js";
import type { ScoreRow, Shown } from "../../view/types.js";
import { linearScale, textWidth, wrapText } from "./geometry.js";
import { SERIES_STYLES, seriesFill, seriesPatterns } from "./palette.js";

const WIDTH = 760;
const MARGIN = { left: 44, right: 12, top: 56, bottom: 70 };
const PLOT_HEIGHT = 230;

/**
 * Renders scores (0–100) as grouped bars: one group per row (a dimension or the overall index),
 * one bar for the administration and one per peer group. Each bar carries its value. A score
 * that is missing, not applicable or suppressed is a dashed empty slot with its reason written
 * in it, never a zero-height bar.
 *
 * @param rows - The rows, in display order; each has the same peer groups in the same order.
 * @param chart - The chart's id (unique in the page), title and description for assistive technology.
 * @returns An `<svg role="img">` element with `<title>` and `<desc>`.
 * @example
 * ```ts
 * renderScoreBars(view.dimensions, { id: "dimension-scores", title: "Dimension scores", description: "..." });
 * ```
 */
export function renderScoreBars(rows: readonly ScoreRow[], chart: { id: string; title: string; description: string }): SafeHtml {
  const seriesNames = ["This administration", ...(rows[0]?.groups.map((group) => group.series) ?? [])];
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const y = linearScale([0, 100], [MARGIN.top + PLOT_HEIGHT, MARGIN.top]);
  const groupWidth = plotWidth / Math.max(rows.length, 1);
  const barWidth = Math.min(40, (groupWidth * 0.82) / seriesNames.length);

  const grid = [0, 25, 50, 75, 100].map(
    (tick) => html`<g class="tick"><line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d9d9d9"/><text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" font-size="11" fill="#444">${tick}</text></g>`,
  );

  const groups = rows.map((row, rowIndex) => {
    const left = MARGIN.left + rowIndex * groupWidth + (groupWidth - barWidth * seriesNames.length) / 2;
    const figures: { series: string; label: string; shown: Shown }[] = [
      { series: seriesNames[0] as string, label: "This administration", shown: row.own },
      ...row.groups.map((group) => ({ series: group.series, label: `${group.name}${group.n === undefined ? "" : ` (n = ${group.n})`}`, shown: group.shown })),
    ];
    const bars = figures.map((figure, index) => renderBar(figure, index, left + index * barWidth, barWidth, y, chart.id, row.name));
    const nameLines = wrapText(row.name, groupWidth - 8, 11, 2);
    const centre = MARGIN.left + rowIndex * groupWidth + groupWidth / 2;
    const baseline = MARGIN.top + PLOT_HEIGHT;
    return html`<g class="bar-group"><title>${row.name}</title>${bars}<text x="${centre}" y="${baseline + 18}" text-anchor="middle" font-size="12" font-weight="bold" fill="#222">${row.id}</text>${nameLines.map(
      (line, index) => html`<text x="${centre}" y="${baseline + 33 + index * 13}" text-anchor="middle" font-size="11" fill="#444">${line}</text>`,
    )}</g>`;
  });

  const legend = renderLegend(seriesNames, chart.id);
  return html`<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${seriesPatterns(chart.id, seriesNames.length)}${grid}<text x="${MARGIN.left - 30}" y="${MARGIN.top - 10}" font-size="11" fill="#444">Score (0–100)</text>${legend}${groups}<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(0)}" y2="${y(0)}" stroke="#444"/></svg>`;
}

function renderBar(
  figure: { series: string; label: string; shown: Shown },
  index: number,
  x: number,
  width: number,
  y: (value: number) => number,
  chartId: string,
  rowName: string,
): SafeHtml {
  const inner = width - 3;
  if (figure.shown.kind === "value") {
    const top = y(Math.min(100, Math.max(0, figure.shown.value)));
    const base = y(0);
    const style = SERIES_STYLES[index % SERIES_STYLES.length];
    return html`<g class="bar"><title>${rowName}, ${figure.label}: ${figure.shown.text}</title><rect x="${x}" y="${top}" width="${inner}" height="${Math.max(base - top, 0.5)}" fill="${seriesFill(chartId, index)}" stroke="${style?.colour ?? "#333"}" stroke-width="1"/><text x="${x + inner / 2}" y="${top - 4}" text-anchor="middle" font-size="10.5" fill="#222">${figure.shown.text}</text></g>`;
  }
  const top = y(100);
  const base = y(0);
  const lines = wrapText(figure.shown.label, base - top - 12, 10, 2);
  const centreX = x + inner / 2;
  const centreY = (top + base) / 2;
  const text = lines.map(
    (line, lineIndex) =>
      html`<text transform="translate(${centreX + (lineIndex - (lines.length - 1) / 2) * 11 + 3.5} ${centreY}) rotate(-90)" text-anchor="middle" font-size="10" fill="#333">${line}</text>`,
  );
  return html`<g class="bar absent" data-reason="${figure.shown.reason}"><title>${rowName}, ${figure.label}: ${figure.shown.label}</title><rect x="${x}" y="${top}" width="${inner}" height="${base - top}" fill="#f4f4f4" stroke="#8a8a8a" stroke-dasharray="4 3"/>${text}</g>`;
}

function renderLegend(names: readonly string[], chartId: string): SafeHtml {
  let x = MARGIN.left;
  let row = 0;
  const items = names.map((name, index) => {
    const itemWidth = 19 + textWidth(name, 12) + 18;
    if (x + itemWidth > WIDTH - MARGIN.right && x > MARGIN.left) {
      x = MARGIN.left;
      row++;
    }
    const top = 8 + row * 19;
    const item = html`<g class="legend-item"><rect x="${x}" y="${top}" width="14" height="14" fill="${seriesFill(chartId, index)}" stroke="${SERIES_STYLES[index % SERIES_STYLES.length]?.colour ?? "#333"}"/><text x="${x + 19}" y="${top + 11}" font-size="12" fill="#222">${name}</text></g>`;
    x += itemWidth;
    return item;
  });
  return html`<g class="legend">${items}</g>`;
}
