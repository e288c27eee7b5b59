import { pmmIllustrativeFramework, type Provenance } from "@pmm/model";
import type { ProvenanceNote, ReportView, Shown } from "../view/types.js";
import { html, type SafeHtml } from "./escape.js";

/**
 * Shows a figure in a table cell or sentence: its text, or its reason in a dashed status box
 * (such as "not applicable"), never a zero.
 *
 * @example
 * ```ts
 * html`<td>${shownHtml(row.own)}</td>`;
 * ```
 */
export function shownHtml(shown: Shown): SafeHtml {
  return shown.kind === "value" ? html`${shown.text}` : html`<span class="status" data-reason="${shown.reason}">${shown.label}</span>`;
}

/**
 * Renders a small tag that shows whether a definition is published by the WCO or illustrative.
 *
 * @example
 * ```ts
 * html`<td>${kpi.name} ${provenanceTag(kpi.provenance)}</td>`;
 * ```
 */
export function provenanceTag(provenance: Provenance): SafeHtml {
  return provenance === "illustrative"
    ? html`<span class="tag illustrative" title="Marked illustrative by the framework: not an official WCO definition">illustrative</span>`
    : html`<span class="tag" title="Published by the WCO">published</span>`;
}

/**
 * Renders the provenance note at the head of a section, stating that the framework, or the items the
 * section shows, are illustrative. Returns nothing when everything shown is published.
 *
 * @param view - The report, for the framework's provenance.
 * @param items - What the section shows.
 *
 * @example
 * ```ts
 * section("kpis", "KPIs", provenanceBanner(view, view.kpis), content);
 * ```
 */
export function provenanceBanner(view: ReportView, items: readonly ProvenanceNote[]): SafeHtml {
  const illustrativeItems = items.filter((item) => item.provenance === "illustrative").length;
  // Only the SDK's own illustrative framework was written by this project. A user's framework
  // may mark items illustrative too, but who wrote them is not known here.
  const shipped = view.framework.id === pmmIllustrativeFramework.id;
  if (view.framework.provenance === "illustrative") {
    const origin = shipped
      ? html`${view.framework.title} was made up by this project to show a complete PMM assessment`
      : html`${view.framework.title} marks its definitions illustrative, not published by the WCO`;
    return html`<p class="provenance" role="note"><strong>Illustrative framework.</strong> ${origin}: its KPIs, formulas and scores are not the official WCO PMM.</p>`;
  }
  if (illustrativeItems > 0) {
    const origin = shipped ? "illustrative definitions made up by this project" : "marked illustrative by the framework";
    return html`<p class="provenance" role="note"><strong>Partly illustrative.</strong> ${illustrativeItems} of the ${items.length} items in this section are ${origin}, not official WCO definitions; each is tagged.</p>`;
  }
  return html``;
}

/**
 * Renders a section with its heading, the provenance note and its content.
 *
 * @example
 * ```ts
 * section("priorities", "Priorities", provenanceBanner(view, view.priorities), html`<ol>...</ol>`);
 * ```
 */
export function section(id: string, title: string, banner: SafeHtml, content: SafeHtml): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-heading"><header><h2 id="${id}-heading">${title}</h2>${banner}</header>${content}</section>`;
}
