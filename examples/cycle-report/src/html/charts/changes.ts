import { html, type SafeHtml } from "../escape.js";
import type { ChangeRow, Verdict } from "../../view/types.js";
import { linearScale, paddedDomain, spreadLabels, wrapText } from "./geometry.js";

const WIDTH = 760;

/** Colour, line style and words for each verdict, so that it does not rest on colour alone. */
export const VERDICT_STYLE: Record<Verdict, { colour: string; dash: string; symbol: string; text: string }> = {
  improved: { colour: "#007A5A", dash: "", symbol: "▲", text: "improved" },
  declined: { colour: "#C0471B", dash: "6 3", symbol: "▼", text: "declined" },
  unchanged: { colour: "#555555", dash: "2 3", symbol: "●", text: "unchanged" },
  increased: { colour: "#555555", dash: "", symbol: "↑", text: "increased" },
  decreased: { colour: "#555555", dash: "", symbol: "↓", text: "decreased" },
  "not-comparable": { colour: "#555555", dash: "2 3", symbol: "–", text: "not comparable" },
};

/**
 * Renders scores in the previous and the current cycle as a slope chart. Each row is a line from
 * the previous score (left) to the current one (right) on a 0–100 axis, labelled at both ends,
 * with the verdict (improved, declined, unchanged) written out. Rows without both scores are
 * listed under the chart with the reason.
 *
 * @param rows - Dimension and overall rows; `unit` is `"score"`.
 * @param chart - The chart's id, title, description and the two cycle labels.
 * @returns An `<svg role="img">` element with `<title>` and `<desc>`.
 * @example
 * ```ts
 * renderSlopeChart(view.changes, { id: "score-changes", title: "...", description: "...", previousLabel: "2023 cycle", currentLabel: "2025 cycle" });
 * ```
 */
export function renderSlopeChart(
  rows: readonly ChangeRow[],
  chart: { id: string; title: string; description: string; previousLabel: string; currentLabel: string },
): SafeHtml {
  const top = 40;
  const plotHeight = 240;
  const left = 250;
  const right = 470;
  const y = linearScale([0, 100], [top + plotHeight, top]);
  const complete = rows.filter((row) => row.previous.kind === "value" && row.current.kind === "value");
  const incomplete = rows.filter((row) => !complete.includes(row));
  const height = top + plotHeight + 30 + incomplete.length * 16;

  const valueOf = (row: ChangeRow, which: "previous" | "current"): number => {
    const shown = row[which];
    return shown.kind === "value" ? Math.min(100, Math.max(0, shown.value)) : 0;
  };
  const leftLabels = spreadLabels(complete.map((row) => y(valueOf(row, "previous"))), 15, top, top + plotHeight);
  const rightLabels = spreadLabels(complete.map((row) => y(valueOf(row, "current"))), 15, top, top + plotHeight);

  const axes = html`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" stroke="#999"/><line x1="${right}" x2="${right}" y1="${top}" y2="${top + plotHeight}" stroke="#999"/><text x="${left}" y="${top - 14}" text-anchor="middle" font-size="12" font-weight="bold" fill="#222">${chart.previousLabel}</text><text x="${right}" y="${top - 14}" text-anchor="middle" font-size="12" font-weight="bold" fill="#222">${chart.currentLabel}</text>${[0, 50, 100].map(
    (tick) => html`<text x="${left - 124}" y="${y(tick) + 4}" text-anchor="end" font-size="9" fill="#777">${tick}</text><line x1="${left - 120}" x2="${left - 114}" y1="${y(tick)}" y2="${y(tick)}" stroke="#999"/>`,
  )}<line x1="${left - 117}" x2="${left - 117}" y1="${top}" y2="${top + plotHeight}" stroke="#ccc"/>`;

  const lines = complete.map((row, index) => {
    const style = VERDICT_STYLE[row.verdict];
    const y0 = y(valueOf(row, "previous"));
    const y1 = y(valueOf(row, "current"));
    const previousText = row.previous.kind === "value" ? row.previous.text : "";
    const currentText = row.current.kind === "value" ? row.current.text : "";
    const verdict = `${style.symbol} ${style.text}${row.changeText === undefined ? "" : ` (${row.changeText})`}`;
    return html`<g class="slope" data-verdict="${row.verdict}"><title>${row.name}: ${previousText} → ${currentText}, ${style.text}</title><line x1="${left}" x2="${right}" y1="${y0}" y2="${y1}" stroke="${style.colour}" stroke-width="2.5" stroke-dasharray="${style.dash}"/><circle cx="${left}" cy="${y0}" r="4" fill="${style.colour}"/><circle cx="${right}" cy="${y1}" r="4" fill="${style.colour}"/><text x="${left - 10}" y="${(leftLabels[index] ?? y0) + 4}" text-anchor="end" font-size="11.5" fill="#222">${row.id} ${previousText}</text><text x="${right + 10}" y="${(rightLabels[index] ?? y1) + 4}" font-size="11.5" fill="#222">${currentText} ${row.id} <tspan fill="${style.colour}" font-weight="bold">${verdict}</tspan></text></g>`;
  });

  const notes = incomplete.map((row, index) => {
    let reason = "";
    if (row.previous.kind === "absent") reason = `${chart.previousLabel}: ${row.previous.label}`;
    if (row.current.kind === "absent") reason = `${chart.currentLabel}: ${row.current.label}`;
    return html`<text class="slope-absent" x="0" y="${top + plotHeight + 28 + index * 16}" font-size="11" fill="#333">${row.id} (${row.name}): not compared, ${reason}</text>`;
  });

  return html`<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${axes}${lines}${notes}</svg>`;
}

/**
 * Renders the change of each KPI value as an arrow from the previous value to the current one,
 * each row on its own scale (KPIs have different units), with both values and the verdict
 * written beside it. A KPI without both values shows the reason instead of an arrow.
 *
 * @param rows - The KPI change rows.
 * @param chart - The chart's id, title and description.
 * @returns An `<svg role="img">` element with `<title>` and `<desc>`.
 * @example
 * ```ts
 * renderArrowChart(view.kpiChanges, { id: "kpi-changes", title: "...", description: "..." });
 * ```
 */
export function renderArrowChart(rows: readonly ChangeRow[], chart: { id: string; title: string; description: string }): SafeHtml {
  const rowHeight = 34;
  const top = 8;
  const plotLeft = 262;
  const plotRight = 476;
  const verdictLeft = 582;
  const height = top + rows.length * rowHeight + 4;
  const markers = (Object.keys(VERDICT_STYLE) as Verdict[]).map(
    (verdict) => html`<marker id="${chart.id}-head-${verdict}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${VERDICT_STYLE[verdict].colour}"/></marker>`,
  );

  const body = rows.map((row, index) => {
    const rowTop = top + index * rowHeight;
    const middle = rowTop + 17;
    const style = VERDICT_STYLE[row.verdict];
    const nameLines = wrapText(row.name, plotLeft - 24, 11.5, 2);
    const label = nameLines.map((line, lineIndex) => html`<text x="0" y="${middle - (nameLines.length - 1) * 6.5 + lineIndex * 13 + 4}" font-size="11.5" fill="#222">${line}</text>`);
    const stripe = index % 2 === 0 ? html`<rect x="0" y="${rowTop}" width="${WIDTH}" height="${rowHeight}" fill="#f7f7f7"/>` : html``;

    if (row.previous.kind !== "value" || row.current.kind !== "value") {
      let reason = "";
      if (row.previous.kind === "absent") reason = `previous cycle: ${row.previous.label}`;
      if (row.current.kind === "absent") reason = `now ${row.current.label}`;
      return html`<g class="arrow-row absent" data-kpi="${row.id}"><title>${row.name}: not compared, ${reason}</title>${stripe}${label}<text x="${plotLeft}" y="${middle + 4}" font-size="11" fill="#333">Not compared: ${reason}</text></g>`;
    }

    const x = linearScale(paddedDomain([row.previous.value, row.current.value], 0.05), [plotLeft + 96, plotRight]);
    const x0 = x(row.previous.value);
    const x1 = x(row.current.value);
    const arrow = Math.abs(x1 - x0) < 2
      ? html`<circle cx="${x1}" cy="${middle}" r="4" fill="${style.colour}"/>`
      : html`<line x1="${x0}" x2="${x1}" y1="${middle}" y2="${middle}" stroke="${style.colour}" stroke-width="2.5" stroke-dasharray="${style.dash}" marker-end="url(#${chart.id}-head-${row.verdict})"/>`;
    const leftText = x0 <= x1 ? row.previous.text : row.current.text;
    const rightText = x0 <= x1 ? row.current.text : row.previous.text;
    const verdict = `${style.symbol} ${style.text}${row.changeText === undefined ? "" : ` (${row.changeText})`}`;
    return html`<g class="arrow-row" data-kpi="${row.id}" data-verdict="${row.verdict}"><title>${row.name}: ${row.previous.text} → ${row.current.text}, ${style.text}</title>${stripe}${label}<text x="${Math.min(x0, x1) - 8}" y="${middle + 4}" text-anchor="end" font-size="10.5" fill="#444">${leftText}</text>${arrow}<text x="${Math.max(x0, x1) + 8}" y="${middle + 4}" font-size="10.5" fill="#444">${rightText}</text><text x="${verdictLeft}" y="${middle + 4}" font-size="10.5" font-weight="bold" fill="${style.colour}">${verdict}</text></g>`;
  });

  return html`<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc><defs>${markers}</defs>${body}</svg>`;
}
