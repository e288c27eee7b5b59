// Scores and benchmarks a full cycle with @pmm/engine (exact decimals) and with the same
// pipeline written with simple-statistics and plain JavaScript numbers, then benchmarks one
// measure at growing sizes to show how the cost grows. Run it with
// `cd bench && npx tsx --conditions=@pmm/source src/run-all.ts scoring`.
import { benchmarkCycle, benchmarkMeasures, scoreCycle, standardPeerGroups, type MeasureInput } from "@pmm/engine";
import { parseFramework, pmmIllustrativeFramework, type Administration, type Framework, type KpiResult } from "@pmm/model";
import * as ss from "simple-statistics";
import { performance } from "node:perf_hooks";
import { compare, peakMemoryMiB, printComparison } from "./harness.js";

/** A small deterministic generator (mulberry32), so every run benchmarks the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ["Europe", "Asia/Pacific", "East and Southern Africa", "Americas and the Caribbean", "West and Central Africa", "North of Africa, Near and Middle East"] as const;
const INCOMES = ["low", "lower-middle", "upper-middle", "high"] as const;
const TYPES = ["stand-alone", "revenue-authority", "other"] as const;

function makeAdministrations(count: number): Administration[] {
  const next = random(3);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: count }, (_, index) => ({
    id: `ADM${String(index).padStart(6, "0")}`,
    name: { en: `Administration ${index}` },
    region: pick(REGIONS),
    incomeGroup: pick(INCOMES),
    landlocked: next() < 0.2,
    smallIsland: next() < 0.15,
    type: pick(TYPES),
    attributes: {},
  }));
}

/** KPI results of the illustrative framework: about 1 in 12 not applicable, 1 in 20 missing, values with two decimals. */
function makeResults(framework: Framework, administrations: readonly Administration[]): KpiResult[] {
  const next = random(7);
  const results: KpiResult[] = [];
  for (const { id } of administrations) {
    for (const kpi of framework.kpis) {
      const draw = next();
      const base = { administration: id, kpi: kpi.id, unit: kpi.unit };
      if (draw < 0.08 && kpi.allowNotApplicable) results.push({ ...base, status: "not-applicable", reason: "not measured" });
      else if (draw > 0.95) results.push({ ...base, status: "missing-data", missing: [{ dataElement: "declarations", period: "T" }] });
      else {
        const span = kpi.unit === "hours" ? 120 : kpi.unit === "days" ? 300 : kpi.unit === "per-1000" ? 10 : 100;
        const value = Math.round(next() * span * 100) / 100 + (kpi.id.endsWith("_variation") ? -50 : 0);
        results.push({ ...base, status: "value", value: String(value), explanation: { sentence: "", inputs: [], steps: [] } });
      }
    }
  }
  return results;
}

// ---- The float pipeline: the same normalisation, aggregation and peer statistics in numbers.

type Direction = "higher-is-better" | "lower-is-better" | "descriptive";
interface FloatMeasure { id: string; direction: Direction; values: Map<string, number> }

function floatScores(framework: Framework, results: readonly KpiResult[]): FloatMeasure[] {
  const values = new Map<string, Map<string, number>>();
  for (const result of results) {
    if (result.status !== "value") continue;
    let perKpi = values.get(result.kpi);
    if (perKpi === undefined) values.set(result.kpi, (perKpi = new Map()));
    perKpi.set(result.administration, Number(result.value));
  }
  const notApplicable = new Set(results.filter((result) => result.status === "not-applicable").map((result) => `${result.administration}|${result.kpi}`));
  const administrations = [...new Set(results.map((result) => result.administration))];
  const kpiScores = new Map<string, Map<string, number>>();

  for (const kpi of framework.kpis) {
    const normalisation = kpi.scoring?.normalisation;
    if (normalisation === undefined || kpi.direction === "descriptive") continue;
    const higher = kpi.direction === "higher-is-better";
    const own = values.get(kpi.id) ?? new Map<string, number>();
    const sorted = [...own.values()].sort((a, b) => a - b);
    const scores = new Map<string, number>();
    for (const [administration, x] of own) {
      let score: number;
      if (normalisation.method === "goalposts") {
        const lower = Number(normalisation.lower);
        const upper = Number(normalisation.upper);
        score = Math.min(100, Math.max(0, (100 * (higher ? x - lower : upper - x)) / (upper - lower)));
      } else if (normalisation.method === "bands") {
        const bands = normalisation.bands.map((band) => ({ from: Number(band.from), points: Number(band.points) })).sort((a, b) => a.from - b.from);
        const band = higher ? bands.filter((candidate) => x >= candidate.from).at(-1) : bands.find((candidate) => x <= candidate.from);
        score = band?.points ?? 0;
      } else if (normalisation.method === "distance-to-target") {
        const target = Number(normalisation.target);
        const start = normalisation.baseline === undefined ? (higher ? sorted[0]! : sorted.at(-1)!) : Number(normalisation.baseline);
        score = Math.min(100, Math.max(0, (100 * (x - start)) / (target - start)));
      } else {
        const below = ss.quantileRankSorted(sorted, x) * sorted.length;
        score = higher ? below : 100 - below;
      }
      scores.set(administration, score);
    }
    kpiScores.set(kpi.id, scores);
  }

  const aggregate = (children: { id: string; weight: number; scores: Map<string, number>; applicable: (administration: string) => boolean }[], threshold: number) => {
    const result = new Map<string, number>();
    for (const administration of administrations) {
      let applicableWeight = 0;
      let scoredWeight = 0;
      let total = 0;
      for (const child of children) {
        if (!child.applicable(administration)) continue;
        applicableWeight += child.weight;
        const score = child.scores.get(administration);
        if (score === undefined) continue;
        scoredWeight += child.weight;
        total += child.weight * score;
      }
      if (applicableWeight > 0 && scoredWeight / applicableWeight >= threshold) result.set(administration, total / scoredWeight);
    }
    return result;
  };
  const outcomes = new Map(framework.outcomes.map((outcome) => [
    outcome.id,
    aggregate(
      framework.kpis.filter((kpi) => kpi.outcome === outcome.id && kpiScores.has(kpi.id)).map((kpi) => ({ id: kpi.id, weight: Number(kpi.weight), scores: kpiScores.get(kpi.id)!, applicable: (administration: string) => !notApplicable.has(`${administration}|${kpi.id}`) })),
      0.5,
    ),
  ]));
  const dimensions = new Map(framework.dimensions.map((dimension) => [
    dimension.id,
    aggregate(framework.outcomes.filter((outcome) => outcome.dimension === dimension.id).map((outcome) => ({ id: outcome.id, weight: Number(outcome.weight), scores: outcomes.get(outcome.id)!, applicable: () => true })), 0.5),
  ]));
  const overall = aggregate(framework.dimensions.map((dimension) => ({ id: dimension.id, weight: Number(dimension.weight), scores: dimensions.get(dimension.id)!, applicable: () => true })), 0.75);

  return [
    ...framework.kpis.map((kpi): FloatMeasure => ({ id: `kpi-value:${kpi.id}`, direction: kpi.direction, values: values.get(kpi.id) ?? new Map() })),
    ...[...kpiScores].map(([id, scores]): FloatMeasure => ({ id: `score:kpi:${id}`, direction: "higher-is-better", values: scores })),
    ...[...outcomes].map(([id, scores]): FloatMeasure => ({ id: `score:outcome:${id}`, direction: "higher-is-better", values: scores })),
    ...[...dimensions].map(([id, scores]): FloatMeasure => ({ id: `score:dimension:${id}`, direction: "higher-is-better", values: scores })),
    { id: "score:overall", direction: "higher-is-better", values: overall },
  ];
}

const text = (x: number) => String(Number(x.toFixed(4)));

/** Counts the sorted values below `x` (`strictly` true) or at most `x`, by binary search. */
function countBelow(sorted: readonly number[], x: number, strictly: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (strictly ? (sorted[middle] as number) < x : (sorted[middle] as number) <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Peer statistics and positions of every measure in every group, as strings, like the engine's output. */
function floatBenchmark(measures: readonly FloatMeasure[], groups: readonly { id: string; members: readonly string[] }[]) {
  return measures.map((measure) => {
    const higher = measure.direction !== "lower-is-better";
    return {
      id: measure.id,
      groups: groups.map((group) => {
        const owners: string[] = [];
        const values: number[] = [];
        for (const administration of group.members) {
          const value = measure.values.get(administration);
          if (value === undefined) continue;
          owners.push(administration);
          values.push(value);
        }
        const sorted = [...values].sort((a, b) => a - b);
        const n = sorted.length;
        if (n === 0) return { group: group.id, n };
        const mean = ss.mean(sorted);
        const median = ss.quantileSorted(sorted, 0.5);
        const q1 = ss.quantileSorted(sorted, 0.25);
        const q3 = ss.quantileSorted(sorted, 0.75);
        const best = higher ? q3 : q1;
        const sign = higher ? -1 : 1;
        const positions = [];
        for (let index = 0; index < n; index++) {
          const value = values[index] as number;
          // quantileRankSorted gives the mid-rank share of values below: (below + equal / 2) / n.
          const below = ss.quantileRankSorted(sorted, value) * n;
          positions.push({
            administration: owners[index],
            value: text(value),
            // Competition rank: one more than the number of better values.
            rank: String((higher ? n - countBelow(sorted, value, false) : countBelow(sorted, value, true)) + 1),
            percentileRank: text((100 * (higher ? below : n - below)) / n),
            gapToMean: text(sign * (value - mean)),
            gapToMedian: text(sign * (value - median)),
            gapToBestQuartile: text(sign * (value - best)),
          });
        }
        return {
          group: group.id,
          n,
          statistics: { mean: text(mean), median: text(median), q1: text(q1), q3: text(q3), min: text(sorted[0] as number), max: text(sorted[n - 1] as number), sd: n > 1 ? text(ss.sampleStandardDeviation(sorted)) : "undefined" },
          positions,
        };
      }),
    };
  });
}

// ---- A full cycle: 186 administrations, every KPI of the illustrative framework, all peer groups.

const framework = parseFramework(pmmIllustrativeFramework);
const administrations = makeAdministrations(186);
const kpiResults = makeResults(framework, administrations);
const groupDefinitions = standardPeerGroups(administrations);

const ours = () => {
  const scores = scoreCycle(framework, kpiResults);
  return benchmarkCycle({ framework, kpiResults, scores, administrations, groups: groupDefinitions }, { viewer: { role: "secretariat" } });
};
const fixedScores = scoreCycle(framework, kpiResults);
const oursBenchmarkOnly = () => benchmarkCycle({ framework, kpiResults, scores: fixedScores, administrations, groups: groupDefinitions }, { viewer: { role: "secretariat" } });
const oursPublic = () => {
  const scores = scoreCycle(framework, kpiResults);
  return benchmarkCycle({ framework, kpiResults, scores, administrations, groups: groupDefinitions }, { viewer: { role: "public" } });
};
const resolvedGroups = ours().groups;
const floats = () => floatBenchmark(floatScores(framework, kpiResults), resolvedGroups);

// Agreement check: the global mean of every KPI value, exact against float.
const exact = ours();
const floated = floats();
let largestDifference = 0;
for (const measure of exact.measures.filter((candidate) => candidate.measure.kind === "kpi-value")) {
  const mean = measure.groups.find((group) => group.group === "global")?.statistics.mean;
  const floatMean = floated.find((candidate) => candidate.id === measure.id)?.groups.find((group) => group.group === "global");
  if (mean?.status === "value" && floatMean !== undefined && "statistics" in floatMean) largestDifference = Math.max(largestDifference, Math.abs(Number(mean.value) - Number(floatMean.statistics.mean)));
}
console.log(`\nFull cycle: ${administrations.length} administrations, ${framework.kpis.length} KPIs, ${exact.measures.length} measures, ${resolvedGroups.length} peer groups`);
console.log(`  largest difference between exact and float global KPI means: ${largestDifference}`);

const measurements = compare(
  [
    { name: "float pipeline (simple-statistics)", run: floats },
    { name: "@pmm/engine scoreCycle + benchmarkCycle", run: ours },
    { name: "@pmm/engine benchmarkCycle only", run: oursBenchmarkOnly },
    { name: "@pmm/engine, public viewer (suppression)", run: oursPublic },
  ],
  { samples: 5, sampleMs: 50 },
);
printComparison("Full cycle, scored and benchmarked (secretariat viewer unless stated)", measurements, [
  { ours: "@pmm/engine scoreCycle + benchmarkCycle", peer: "float pipeline (simple-statistics)", kind: "at-most-times-slower", factor: 3 },
  { ours: "@pmm/engine, public viewer (suppression)", peer: "float pipeline (simple-statistics)", kind: "at-most-times-slower", factor: 3 },
]);

// Wall time swings when other processes load the machine, so the same goal is also checked
// on CPU time (user + system, all threads of this process), from interleaved runs.
const cpuMilliseconds = (run: () => unknown): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const CPU_ROUNDS = 9;
const cpuSamples = { float: [] as number[], ours: [] as number[], benchmarkOnly: [] as number[], public: [] as number[] };
for (let round = 0; round < CPU_ROUNDS; round++) {
  cpuSamples.float.push(cpuMilliseconds(floats));
  cpuSamples.ours.push(cpuMilliseconds(ours));
  cpuSamples.benchmarkOnly.push(cpuMilliseconds(oursBenchmarkOnly));
  cpuSamples.public.push(cpuMilliseconds(oursPublic));
}
const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const cpuFloat = medianOf(cpuSamples.float);
const cpuRow = (name: string, samples: number[]) => {
  const median = medianOf(samples);
  console.log(`  ${name.padEnd(44)}${median.toFixed(0).padStart(7)} ms  ${(median / cpuFloat).toFixed(2)}x`);
  return median / cpuFloat;
};
console.log(`\nFull cycle, median CPU time of ${CPU_ROUNDS} interleaved runs`);
console.log(`  ${"float pipeline (simple-statistics)".padEnd(44)}${cpuFloat.toFixed(0).padStart(7)} ms`);
const cpuRatio = cpuRow("@pmm/engine scoreCycle + benchmarkCycle", cpuSamples.ours);
cpuRow("@pmm/engine benchmarkCycle only", cpuSamples.benchmarkOnly);
const cpuPublicRatio = cpuRow("@pmm/engine, public viewer (suppression)", cpuSamples.public);
console.log(`  goal ${cpuRatio <= 3 ? "met   " : "MISSED"}: scoreCycle + benchmarkCycle is ${cpuRatio.toFixed(2)}x the CPU time of the float pipeline (goal: at most 3x)`);
console.log(`  goal ${cpuPublicRatio <= 3 ? "met   " : "MISSED"}: the public viewer's run is ${cpuPublicRatio.toFixed(2)}x the CPU time of the float pipeline (goal: at most 3x)`);

// ---- One measure at growing sizes: the cost per n log n should not grow.

function oneMeasure(count: number): { administrations: Administration[]; measure: MeasureInput } {
  const members = makeAdministrations(count);
  const next = random(11);
  return {
    administrations: members,
    measure: {
      measure: { kind: "kpi-value", kpi: "tf.release_time" },
      unit: "hours",
      direction: "lower-is-better",
      observations: members.map((administration) => ({ administration: administration.id, status: "value", value: (Math.round(next() * 12_000) / 100).toString(), disclosure: "wco" })),
    },
  };
}

console.log("\nOne measure, all standard peer groups, secretariat viewer");
for (const count of [1_000, 10_000, 100_000]) {
  const { administrations: members, measure } = oneMeasure(count);
  const groups = standardPeerGroups(members);
  const runs = count >= 100_000 ? 1 : 3;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let run = 0; run < runs; run++) benchmarkMeasures({ administrations: members, groups, measures: [measure] }, { viewer: { role: "secretariat" } });
  const wall = (performance.now() - started) / runs;
  const cpuMilliseconds = process.cpuUsage(cpu).user / 1000 / runs;
  // CPU time is less disturbed than wall time by other work on the machine.
  const perNLogN = (cpuMilliseconds * 1e6) / (count * Math.log2(count));
  console.log(
    `  n = ${String(count).padStart(7)}: ${wall.toFixed(0).padStart(7)} ms wall, ${cpuMilliseconds.toFixed(0).padStart(7)} ms CPU, ${perNLogN.toFixed(1).padStart(7)} ns CPU per n·log2(n), peak memory so far ${peakMemoryMiB().toFixed(0)} MiB`,
  );
}
