import type { ReportView } from "../../view/types.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner, section } from "../parts.js";

/**
 * Renders the validation findings on the administration's data: errors first, then warnings.
 *
 * @example
 * ```ts
 * html`<main>${renderFindings(view)}</main>`;
 * ```
 */
export function renderFindings(view: ReportView): SafeHtml {
  const count = view.peerRowsSetAside;
  const setAside = count === 0
    ? html``
    : html`<p class="note set-aside">Peers' data: ${count} ${count === 1 ? "row names" : "rows name"} a data element the framework does not define and ${count === 1 ? "was" : "were"} left out of the peer figures; report.json lists ${count === 1 ? "it" : "them"} under validation.peerRowsSetAside.</p>`;
  if (view.findingsWithheld) {
    return section("validation", "Validation of the submitted data", provenanceBanner(view, []), html`<p class="status" data-reason="withheld">Withheld: validation findings quote the submitted figures, which only the administration and the WCO Secretariat may see.</p>${setAside}`);
  }
  const errors = view.findings.filter((finding) => finding.severity === "error").length;
  const warnings = view.findings.length - errors;
  const summary = view.findings.length === 0
    ? html`<p>The data passed every validation rule of the framework.</p>`
    : html`<p>${errors} ${errors === 1 ? "error" : "errors"} (the KPIs that use the value are not computed) and ${warnings} ${warnings === 1 ? "warning" : "warnings"} (the KPIs are computed, but check the value).</p>`;
  const items = view.findings.map(
    (finding) => html`<li><span class="severity ${finding.severity}">${finding.severity}</span> <code>${finding.rule}</code>: ${finding.message}</li>`,
  );
  const list = items.length === 0 ? html`` : html`<ul class="findings">${items}</ul>`;
  return section("validation", "Validation of the submitted data", provenanceBanner(view, []), html`${summary}${list}${setAside}`);
}
