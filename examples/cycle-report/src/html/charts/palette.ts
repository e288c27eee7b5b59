import { html, type SafeHtml } from "../escape.js";

/**
 * One series style: a colour from the Okabe–Ito palette (readable with the common colour vision
 * deficiencies) and a fill pattern, so that series differ by more than colour.
 */
export interface SeriesStyle {
  readonly colour: string;
  readonly pattern: "solid" | "diagonal" | "dots" | "cross";
}

/** Styles for the administration and up to three peer groups, in legend order. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: "#0072B2", pattern: "solid" },
  { colour: "#D55E00", pattern: "diagonal" },
  { colour: "#009E73", pattern: "dots" },
  { colour: "#5F5F5F", pattern: "cross" },
];

/** The colour that marks the administration itself in every chart. */
export const OWN_COLOUR = "#0072B2";
/** The colour of peer values and boxes. */
export const PEER_COLOUR = "#7A7A7A";

/** Makes the id of a series' pattern inside one chart. */
function patternId(chartId: string, index: number): string {
  return `${chartId}-series-${index}`;
}

/**
 * Returns the `fill` value for a series: its colour when solid, else a reference to its pattern.
 *
 * @example
 * ```ts
 * seriesFill("dimension-scores", 1); // "url(#dimension-scores-series-1)"
 * ```
 */
export function seriesFill(chartId: string, index: number): string {
  const style = SERIES_STYLES[index % SERIES_STYLES.length] as SeriesStyle;
  return style.pattern === "solid" ? style.colour : `url(#${patternId(chartId, index)})`;
}

/**
 * Renders the `<defs>` with one pattern per series of a chart.
 *
 * @example
 * ```ts
 * html`<svg>${seriesPatterns("dimension-scores", 4)}...</svg>`;
 * ```
 */
export function seriesPatterns(chartId: string, count: number): SafeHtml {
  const patterns = Array.from({ length: count }, (_, index) => {
    const style = SERIES_STYLES[index % SERIES_STYLES.length] as SeriesStyle;
    const id = patternId(chartId, index);
    switch (style.pattern) {
      case "solid":
        return html``;
      case "diagonal":
        return html`<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="${style.colour}"/></pattern>`;
      case "dots":
        return html`<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${style.colour}" opacity="0.35"/><circle cx="2.5" cy="2.5" r="1.4" fill="${style.colour}"/></pattern>`;
      case "cross":
        return html`<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fff"/><path d="M0 0L6 6M6 0L0 6" stroke="${style.colour}" stroke-width="1.3"/></pattern>`;
    }
  });
  return html`<defs>${patterns}</defs>`;
}
