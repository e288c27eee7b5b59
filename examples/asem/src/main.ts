import type { NodeScore } from "@pmm/model";
import { asemDirectory, hasAsemData } from "./data-directory.js";
import { loadAsemDataset } from "./dataset.js";
import { runAsem } from "./pipeline.js";

const directory = asemDirectory();
if (!hasAsemData(directory)) {
  // The dataset is not part of the repository, so a checkout without it skips the example
  // instead of failing the run of every example.
  console.error(`Skipped: the ASEM dataset was not found in ${directory}. Set PMM_ASEM_DIR to the folder that contains iMeta.csv and iData.csv.`);
  process.exit(0);
}

const dataset = await loadAsemDataset(directory);
const run = runAsem(dataset);
const names = new Map(dataset.countries.map((country) => [country.code, country.name]));

/** Lists the scored entries of one node, best first, with ties ordered by administration id. */
function ranking(scores: readonly NodeScore[], node: string): { administration: string; score: string }[] {
  return scores
    .filter((score) => score.node === node)
    .flatMap((score) => (score.status === "scored" ? [{ administration: score.administration, score: score.score }] : []))
    .sort((a, b) => Number(b.score) - Number(a.score) || (a.administration < b.administration ? -1 : 1));
}

/** Writes a canonical decimal with exactly four digits after the point, for aligned columns. */
function fourPlaces(text: string): string {
  const [whole = "0", fraction = ""] = text.split(".");
  return `${whole}.${fraction.padEnd(4, "0")}`;
}

function printRanking(title: string, rows: { administration: string; score: string }[], offset: number): void {
  console.log(title);
  rows.forEach((row, index) => {
    const rank = String(offset + index + 1).padStart(3);
    console.log(`${rank}. ${row.administration}  ${(names.get(row.administration) ?? "").padEnd(18)} ${fourPlaces(row.score).padStart(8)}`);
  });
  console.log("");
}

const index = ranking(run.scores.overall, run.framework.id);
console.log(`${run.framework.title.en}: ${dataset.countries.length} countries, ${run.framework.kpis.length} indicators, scored by min-max (0–100) and arithmetic means.\n`);
printRanking("Top 10 by index", index.slice(0, 10), 0);
printRanking("Bottom 10 by index", index.slice(-10), index.length - 10);

for (const pillar of ["Physical", "Instit", "Environ"]) {
  const name = run.framework.outcomes.find((outcome) => outcome.id === pillar)?.name.en ?? pillar;
  printRanking(`Top 5 in pillar ${name}`, ranking(run.scores.outcomes, pillar).slice(0, 5), 0);
}

const indexMeasure = run.benchmark.measures.find((measure) => measure.id === `score:overall:${run.framework.id}`);
console.log("Index by EurAsia group (mean, median, n)");
for (const group of indexMeasure?.groups ?? []) {
  const label = run.benchmark.groups.find((candidate) => candidate.id === group.group)?.label ?? group.group;
  const mean = group.statistics.mean.status === "value" ? fourPlaces(group.statistics.mean.value) : group.statistics.mean.status;
  const median = group.statistics.median.status === "value" ? fourPlaces(group.statistics.median.value) : group.statistics.median.status;
  console.log(`  ${label.padEnd(32)} ${mean.padStart(8)} ${median.padStart(8)} ${String(group.counts.values).padStart(4)}`);
}
