import { performance } from "node:perf_hooks";

/** One contender in a side-by-side benchmark: a name and a function that does one unit of work. */
export interface Contender {
  readonly name: string;
  /** Does the work once and returns something, so that the work cannot be optimised away. */
  readonly run: () => unknown;
}

/** The measurement of one contender. */
export interface Measurement {
  readonly name: string;
  /** Runs of `run` per second, the median of the samples. */
  readonly opsPerSecond: number;
  /** Median time of one run, in milliseconds. */
  readonly medianMs: number;
}

/** Settings of {@link compare}. */
export interface CompareOptions {
  /** Samples taken per contender; the median is reported. Default 7. */
  readonly samples?: number;
  /** Minimum duration of one sample, in milliseconds. Default 200. */
  readonly sampleMs?: number;
}

let sink: unknown;

function sample(contender: Contender, sampleMs: number): number {
  let runs = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < sampleMs) {
    sink = contender.run();
    runs += 1;
    elapsed = performance.now() - started;
  }
  return elapsed / runs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Runs every contender in this process, interleaving their samples so that a change in machine
 * load affects all of them alike, and returns the median time of each.
 */
export function compare(contenders: readonly Contender[], options: CompareOptions = {}): Measurement[] {
  const samples = options.samples ?? 7;
  const sampleMs = options.sampleMs ?? 200;
  const times = contenders.map(() => [] as number[]);

  for (const contender of contenders) sample(contender, Math.min(sampleMs, 100));
  for (let round = 0; round < samples; round++) {
    contenders.forEach((contender, index) => times[index]?.push(sample(contender, sampleMs)));
  }

  if (sink === Symbol.for("never")) console.log(sink);
  return contenders.map((contender, index) => {
    const medianMs = median(times[index] ?? []);
    return { name: contender.name, medianMs, opsPerSecond: 1000 / medianMs };
  });
}

/**
 * Prints a table of measurements with each contender's time as a ratio of the first one's, and
 * a line per goal saying whether it was met.
 */
export function printComparison(title: string, measurements: readonly Measurement[], goals: readonly Goal[] = []): void {
  const baseline = measurements[0];
  if (baseline === undefined) return;
  console.log(`\n${title}`);
  for (const measurement of measurements) {
    const ratio = measurement.medianMs / baseline.medianMs;
    console.log(
      `  ${measurement.name.padEnd(44)} ${formatOps(measurement.opsPerSecond).padStart(14)} ops/s  ${measurement.medianMs.toFixed(4).padStart(12)} ms/op  ${ratio.toFixed(2).padStart(7)}x time of ${baseline.name}`,
    );
  }
  for (const goal of goals) {
    const ours = measurements.find((measurement) => measurement.name === goal.ours);
    const peer = measurements.find((measurement) => measurement.name === goal.peer);
    if (ours === undefined || peer === undefined) continue;
    const ratio = ours.medianMs / peer.medianMs;
    const met = goal.kind === "at-most-times-slower" ? ratio <= goal.factor : peer.medianMs / ours.medianMs >= goal.factor;
    const observed = goal.kind === "at-most-times-slower" ? `${ratio.toFixed(2)}x the time of` : `${(peer.medianMs / ours.medianMs).toFixed(2)}x faster than`;
    const wanted = goal.kind === "at-most-times-slower" ? `at most ${goal.factor}x the time` : `at least ${goal.factor}x faster`;
    console.log(`  goal ${met ? "met   " : "MISSED"}: ${goal.ours} is ${observed} ${goal.peer} (goal: ${wanted})`);
  }
}

/** A speed goal between two contenders, checked and printed by {@link printComparison}. */
export interface Goal {
  readonly ours: string;
  readonly peer: string;
  /** `at-most-times-slower`: ours takes at most `factor` times the peer's time. `at-least-times-faster`: the peer takes at least `factor` times ours. */
  readonly kind: "at-most-times-slower" | "at-least-times-faster";
  readonly factor: number;
}

function formatOps(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString("en-US") : value.toFixed(2);
}

/** Peak resident memory of this process so far, in MiB. */
export function peakMemoryMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
