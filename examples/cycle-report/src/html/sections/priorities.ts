import type { ReportView } from "../../view/types.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner, provenanceTag, section } from "../parts.js";

/**
 * Renders the ranked list of expected outcomes where the administration is furthest behind its peers.
 *
 * @example
 * ```ts
 * html`<main>${renderPriorities(view)}</main>`;
 * ```
 */
export function renderPriorities(view: ReportView): SafeHtml {
  const banner = provenanceBanner(view, view.priorities);
  const unranked = view.unrankedNote === undefined ? html`` : html`<p class="note">${view.unrankedNote}</p>`;
  if (view.priorities.length === 0) {
    const text = view.unrankedNote === undefined ? html`<p>No expected outcome is behind the mean of ${view.peerGroupLabel}.</p>` : html`<p>No expected outcome is ranked behind the mean of ${view.peerGroupLabel}.</p>${unranked}`;
    return section("priorities", "Priorities", banner, text);
  }
  const largest = Math.max(...view.priorities.map((priority) => Math.abs(priority.gap)), 1);
  const items = view.priorities.map((priority) => {
    const width = Math.round((Math.abs(priority.gap) / largest) * 150);
    const bar = html`<svg class="gap-bar" width="152" height="12" role="img" aria-label="${priority.gapText}"><title>${priority.gapText}</title><rect x="0" y="1" width="${Math.max(width, 2)}" height="10" fill="#D55E00"/></svg>`;
    const drivers = priority.drivers.map((driver) => html`<li>${driver.kpi}: ${driver.text}</li>`);
    const driverList = drivers.length === 0 ? html`` : html`<div class="note">Driven by:</div><ul>${drivers}</ul>`;
    return html`<li><div class="priority-head"><span class="priority-rank">${priority.rank}.</span><strong>${priority.outcome}</strong><span>(${priority.dimension})</span>${provenanceTag(priority.provenance)}</div><div class="priority-gap">${bar}<span>${priority.gapText} <span class="note">(weight: ${priority.weightText})</span></span></div>${driverList}</li>`;
  });
  const note = html`<p class="note">Expected outcomes whose score is behind the mean of ${view.peerGroupLabel}, ranked by the gap times the outcome's weight in the overall index, with the KPIs that contribute most to the gap. They are a starting point for a capacity-building roadmap and for questions to discuss with a diagnostic facilitator.</p>`;
  return section("priorities", "Priorities", banner, html`${note}<ol class="priorities">${items}</ol>${unranked}`);
}
