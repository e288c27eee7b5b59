/** The page's inline style sheet: system fonts only, print-friendly, no external resources. */
export const PAGE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, "Segoe UI", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #1d1d1d; background: #fff; line-height: 1.45; }
main { max-width: 820px; margin: 0 auto; padding: 24px 28px 48px; }
header.page { border-bottom: 3px solid #0072B2; padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 1.55rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 0; }
h3 { font-size: 1rem; margin: 18px 0 6px; }
section { margin-top: 28px; }
section > header { border-bottom: 1px solid #ccc; padding-bottom: 6px; margin-bottom: 12px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0 0; font-size: 0.92rem; }
.facts dt { color: #555; }
.facts dd { margin: 0; }
.provenance { display: inline-block; margin-top: 6px; padding: 3px 8px; border: 1px solid #8a5a00; border-left-width: 5px; background: #fff6e0; color: #4d3300; font-size: 0.85rem; }
.provenance strong { font-weight: 700; }
.tag { display: inline-block; padding: 0 5px; border: 1px solid #999; border-radius: 3px; font-size: 0.75rem; color: #333; white-space: nowrap; }
.tag.illustrative { border-color: #8a5a00; background: #fff6e0; color: #4d3300; }
.status { display: inline-block; padding: 0 6px; border: 1px dashed #777; border-radius: 3px; background: #f4f4f4; font-size: 0.85rem; white-space: nowrap; }
.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 6px 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e2e2e2; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number { white-space: nowrap; }
td.number .status, p.status { white-space: normal; }
p.status { display: block; padding: 6px 10px; }
details { margin: 6px 0 10px; }
summary { cursor: pointer; color: #0b5a8c; }
.note { color: #444; font-size: 0.9rem; }
.findings li { margin: 3px 0; }
.severity { font-weight: 700; text-transform: uppercase; font-size: 0.78rem; padding: 0 5px; border: 1px solid currentColor; border-radius: 3px; }
.severity.error { color: #a32a00; }
.severity.warning { color: #6b4e00; }
ol.priorities { padding-left: 0; list-style: none; counter-reset: none; }
ol.priorities > li { border: 1px solid #ddd; border-left: 5px solid #D55E00; padding: 8px 12px; margin: 10px 0; }
.priority-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.priority-rank { font-weight: 700; font-size: 1.1rem; }
.priority-gap { display: flex; gap: 10px; align-items: center; margin: 4px 0; }
.priority-gap svg { flex: none; }
ol.priorities ul { margin: 2px 0 0; }
.legend-list { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 0.85rem; }
.legend-list svg { vertical-align: middle; margin-right: 4px; }
footer { margin-top: 36px; border-top: 1px solid #ccc; padding-top: 10px; font-size: 0.82rem; color: #444; }
@media print { main { max-width: none; } details { display: block; } }
`;
