import type { ReportView } from "../../view/types.js";
import { html, type SafeHtml } from "../escape.js";
import { provenanceBanner } from "../parts.js";

const VIEWER_TEXT = {
  public: "the public: only values that administrations made public are shown individually",
  "wco-member": "a WCO Member: values disclosed to WCO Members or the public are shown individually",
  secretariat: "the WCO Secretariat: every value is shown",
  administration: "the administration itself: its own values, and peers' values it may see",
} as const;

/**
 * Renders the page header: the administration, the cycles, the framework, the intended reader and the provenance note.
 *
 * @example
 * ```ts
 * html`<main>${renderOverview(view)}</main>`;
 * ```
 */
export function renderOverview(view: ReportView): SafeHtml {
  let previous = "compared with none listed";
  if (view.previousCycle !== undefined) {
    const cycle = `${view.previousCycle.id} (data year ${view.previousCycle.reportingYear})`;
    previous = view.previousCycle.tookPart ? `compared with ${cycle}` : `not compared: no data in ${cycle}`;
  }
  return html`<header class="page"><h1>PMM cycle report: ${view.administration.name}</h1><dl class="facts"><dt>Administration</dt><dd>${view.administration.name} (${view.administration.id}), ${view.administration.region}, ${view.administration.incomeGroup} income</dd><dt>Cycle</dt><dd>${view.cycle.id} (data year ${view.cycle.reportingYear}); ${previous}</dd><dt>Framework</dt><dd>${view.framework.title} (${view.framework.id} ${view.framework.version}), ${view.framework.provenance}</dd><dt>Peer group</dt><dd>${view.peerGroupLabel}</dd><dt>Prepared for</dt><dd>${VIEWER_TEXT[view.viewer]}</dd><dt>Publication minimum</dt><dd>peer figures need at least ${view.publicationMinimum} administrations; smaller groups are suppressed</dd></dl>${provenanceBanner(view, [])}</header>`;
}
