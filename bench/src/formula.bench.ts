// Side-by-side benchmark of the KPI formula evaluator and of validation rules, on the KPIs of
// the illustrative framework and data generated for 186 administrations:
// - the compiled evaluator of @pmm/engine (exact bigint rationals) against the same formulas
//   written by hand with decimal.js, and against mathjs with BigNumber (each formula compiled
//   once), first as values, then with every value written as text;
// - the engine's compiled validation rules against json-rules-engine running the same rules;
// - the time to validate and compute every KPI of the framework for all 186 administrations.
import { Decimal } from "decimal.js";
import { Engine, type RuleProperties } from "json-rules-engine";
import { all, create, type BigNumber, type EvalFunction } from "mathjs";
import { parseFramework, parseSubmission, pmmIllustrativeFramework, type DataElement, type Submission } from "@pmm/model";
import { compileFrameworkOrThrow, computeCycle, prepareValues, type CompiledFramework, type FormulaNode } from "@pmm/engine";
import { compare, peakMemoryMiB, printComparison, type Measurement } from "./harness.js";

const ADMINISTRATIONS = 186;
const compiled = compileFrameworkOrThrow(parseFramework(pmmIllustrativeFramework));
const submissions = Array.from({ length: ADMINISTRATIONS }, (_, index) => generateSubmission(compiled, index));

// ---------------------------------------------------------------------------------------------
// 1. Formulas: the same eight KPI formulas, evaluated four ways on the same data.

const FORMULAS: { id: string; mathjs: string; handWritten: (v: Record<string, Decimal>) => Decimal | undefined }[] = [
  { id: "tf.electronic_declarations", mathjs: "100 * electronic_declarations / declarations", handWritten: (v) => rate(100, v.electronic_declarations!, v.declarations!) },
  { id: "tf.aeo_variation", mathjs: "100 * (aeo_count - aeo_count_previous) / aeo_count_previous", handWritten: (v) => rate(100, v.aeo_count!.minus(v.aeo_count_previous!), v.aeo_count_previous!) },
  { id: "tf.release_time", mathjs: "release_time_total / declarations", handWritten: (v) => rate(1, v.release_time_total!, v.declarations!) },
  { id: "tf.released_without_inspection", mathjs: "100 * (declarations - declarations_inspected) / declarations", handWritten: (v) => rate(100, v.declarations!.minus(v.declarations_inspected!), v.declarations!) },
  { id: "esp.ipr_seizure_rate", mathjs: "1000 * ipr_seizures / declarations_inspected", handWritten: (v) => rate(1000, v.ipr_seizures!, v.declarations_inspected!) },
  { id: "od.gender_balance", mathjs: "100 - 2 * abs(100 * female_staff / staff - 50)", handWritten: (v) => { const share = rate(100, v.female_staff!, v.staff!); return share === undefined ? undefined : new Decimal(100).minus(share.minus(50).abs().times(2)); } },
  { id: "rc.cost_of_collection", mathjs: "100 * customs_expenditure / revenue_collected", handWritten: (v) => rate(100, v.customs_expenditure!, v.revenue_collected!) },
  { id: "rc.appeal_time", mathjs: "appeal_days_total / appeals_resolved", handWritten: (v) => rate(1, v.appeal_days_total!, v.appeals_resolved!) },
];

function rate(scale: number, part: Decimal, whole: Decimal): Decimal | undefined {
  return whole.isZero() ? undefined : part.times(scale).div(whole);
}

const ours = FORMULAS.map(({ id }) => {
  const formula = compiled.kpis.find((entry) => entry.kpi.id === id)?.formula;
  if (formula === undefined) throw new Error(`the illustrative framework has no formula for ${id}`);
  return formula;
});
const prepared = submissions.map((submission) => prepareValues(compiled, submission.values));

// The hand-written code and mathjs get their inputs ready-made too: decimal.js values and a
// mathjs scope of BigNumbers. T-1 values are named `<id>_previous`.
const HandDecimal = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
const handData = submissions.map((submission) => Object.fromEntries(submission.values.map((value) => [nameOf(value), new HandDecimal(value.value)])));
const math = create(all!, { number: "BigNumber", precision: 50 });
const mathCompiled: EvalFunction[] = FORMULAS.map((formula) => math.compile(formula.mathjs));
const mathScopes = submissions.map((submission) => new Map<string, BigNumber>(submission.values.map((value) => [nameOf(value), math.bignumber(value.value)])));

function nameOf(value: { dataElement: string; period: string }): string {
  return value.period === "T" ? value.dataElement : `${value.dataElement}_previous`;
}

checkSameResults();

let next = 0;
const formulaMeasurements = compare([
  { name: "@pmm/engine compiled evaluator", run: () => ours.map((formula) => formula.evaluate(prepared[next++ % ADMINISTRATIONS]!)) },
  { name: "hand-written decimal.js", run: () => { const data = handData[next++ % ADMINISTRATIONS]!; return FORMULAS.map((formula) => formula.handWritten(data)); } },
  { name: "mathjs BigNumber, compiled once", run: () => { const scope = mathScopes[next++ % ADMINISTRATIONS]!; return mathCompiled.map((code) => code.evaluate(scope)); } },
]);
printComparison(`Eight KPI formulas of the illustrative framework, one administration per run (${ADMINISTRATIONS} administrations rotated)`, formulaMeasurements, [
  { ours: "@pmm/engine compiled evaluator", peer: "hand-written decimal.js", kind: "at-most-times-slower", factor: 1.5 },
  { ours: "@pmm/engine compiled evaluator", peer: "mathjs BigNumber, compiled once", kind: "at-least-times-faster", factor: 3 },
]);

// The engine evaluates to exact rationals and rounds once, when a value is written out. So that
// no contender gains by leaving work for later, the same comparison again with every value
// written as text at 4 decimal places, half-even (the engine's default output rounding).
const writtenMeasurements = compare([
  { name: "@pmm/engine compiled evaluator", run: () => ours.map((formula) => { const outcome = formula.evaluate(prepared[next++ % ADMINISTRATIONS]!); return outcome.status === "value" ? outcome.value.toOutputString() : outcome.status; }) },
  { name: "hand-written decimal.js", run: () => { const data = handData[next++ % ADMINISTRATIONS]!; return FORMULAS.map((formula) => formula.handWritten(data)?.toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toString()); } },
  { name: "mathjs BigNumber, compiled once", run: () => { const scope = mathScopes[next++ % ADMINISTRATIONS]!; return mathCompiled.map((code) => (code.evaluate(scope) as Decimal).toDecimalPlaces(4, Decimal.ROUND_HALF_EVEN).toString()); } },
]);
printComparison("The same, with every value written at 4 decimal places", writtenMeasurements, [
  { ours: "@pmm/engine compiled evaluator", peer: "hand-written decimal.js", kind: "at-most-times-slower", factor: 1.5 },
  { ours: "@pmm/engine compiled evaluator", peer: "mathjs BigNumber, compiled once", kind: "at-least-times-faster", factor: 3 },
]);

/** Fails loudly when the contenders disagree, so that the benchmark compares equal work. */
function checkSameResults(): void {
  submissions.forEach((_, index) => {
    ours.forEach((formula, position) => {
      const outcome = formula.evaluate(prepared[index]!);
      const ourValue = outcome.status === "value" ? outcome.value.toDecimal().toSignificantDigits(20).toString() : "none";
      const hand = FORMULAS[position]!.handWritten(handData[index]!);
      const handValue = hand === undefined ? "none" : hand.toSignificantDigits(20).toString();
      const mathValue = math.format(mathCompiled[position]!.evaluate(mathScopes[index]!) as BigNumber, { notation: "fixed" });
      const agreed = handValue === ourValue && (ourValue === "none" || new Decimal(mathValue).toSignificantDigits(20).toString() === ourValue);
      if (!agreed) throw new Error(`${FORMULAS[position]!.id} differs for administration ${index}: ours ${ourValue}, hand-written ${handValue}, mathjs ${mathValue}`);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Validation rules: the illustrative framework's rules that compare two data elements, and
//    the AEO rule, in the engine and in json-rules-engine (which compares JavaScript numbers).

const comparable = compiled.validationRules.filter(({ condition }) => asPartOfWhole(condition.tree) !== undefined || condition.source === "aeo_programme == 1 or aeo_count == 0");
const jsonRules: RuleProperties[] = comparable.map(({ rule, condition }) => {
  const pair = asPartOfWhole(condition.tree);
  // json-rules-engine fires an event when its conditions hold, so each rule states the violation.
  const conditions = pair === undefined
    ? { all: [{ fact: "aeo_programme", operator: "notEqual", value: 1 }, { fact: "aeo_count", operator: "notEqual", value: 0 }] }
    : { all: [{ fact: pair[0], operator: "greaterThan", value: { fact: pair[1] } }] };
  return { name: rule.id, conditions, event: { type: "violation", params: { rule: rule.id } } };
});
const engine = new Engine(jsonRules, { allowUndefinedFacts: true });
const jsonFacts = submissions.map((submission) => Object.fromEntries(submission.values.filter((value) => value.period === "T").map((value) => [value.dataElement, Number(value.value)])));

let violationsOurs = 0;
let violationsTheirs = 0;
for (let index = 0; index < ADMINISTRATIONS; index++) {
  violationsOurs += comparable.filter(({ condition }) => { const outcome = condition.evaluate(prepared[index]!); return outcome.status === "condition" && !outcome.holds; }).length;
  violationsTheirs += (await engine.run(jsonFacts[index]!)).events.length;
}
if (violationsOurs !== violationsTheirs) throw new Error(`rule engines disagree: ${violationsOurs} violations against ${violationsTheirs}`);

const [ruleOurs, ruleTheirs] = await compareAsync([
  { name: `@pmm/engine, ${comparable.length} compiled rules`, run: () => comparable.map(({ condition }) => condition.evaluate(prepared[next++ % ADMINISTRATIONS]!)) },
  { name: `json-rules-engine, ${comparable.length} rules`, run: () => engine.run(jsonFacts[next++ % ADMINISTRATIONS]!) },
]);
printComparison(`Validation rules, one administration per run (${violationsOurs} violations in ${ADMINISTRATIONS} administrations, same in both)`, [ruleOurs!, ruleTheirs!], [
  { ours: ruleOurs!.name, peer: ruleTheirs!.name, kind: "at-least-times-faster", factor: 20 },
]);

/**
 * Measures contenders that may return promises, each awaited: like `compare` in the harness, 7
 * interleaved samples of at least 200 ms per contender after a warm-up, and the median time per run.
 */
async function compareAsync(contenders: readonly { name: string; run: () => unknown }[]): Promise<Measurement[]> {
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round < 8; round++) {
    for (const [index, contender] of contenders.entries()) {
      let runs = 0;
      const started = performance.now();
      while (performance.now() - started < 200) {
        await contender.run();
        runs += 1;
      }
      if (round > 0) times[index]!.push((performance.now() - started) / runs);
    }
  }
  return contenders.map((contender, index) => {
    const sorted = [...times[index]!].sort((a, b) => a - b);
    const medianMs = sorted[Math.floor(sorted.length / 2)]!;
    return { name: contender.name, medianMs, opsPerSecond: 1000 / medianMs };
  });
}

// ---------------------------------------------------------------------------------------------
// 3. The whole framework: validate and compute every KPI for every administration.

const [cycle] = compare([{ name: "computeCycle", run: () => computeCycle(compiled, submissions) }], { samples: 5, sampleMs: 1 });
const results = computeCycle(compiled, submissions);
const statuses = new Map<string, number>();
for (const result of results) statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
console.log(`\nEvery KPI of the illustrative framework (${compiled.kpis.length} KPIs, ${compiled.validationRules.length} rules) for ${ADMINISTRATIONS} administrations, validation and explanations included`);
console.log(`  computeCycle: ${cycle!.medianMs.toFixed(1)} ms (median of 5), ${results.length} results: ${[...statuses].map(([status, count]) => `${count} ${status}`).join(", ")}`);
console.log(`  peak memory of this process so far: ${peakMemoryMiB().toFixed(0)} MiB`);

// ---------------------------------------------------------------------------------------------
// Data generation: plausible figures per data element kind, then repaired so that every part is
// within its whole, as the framework's rules require. A fixed seed keeps runs comparable.

function generateSubmission(framework: CompiledFramework, index: number): Submission {
  const random = mulberry32(index + 1);
  const scale = 10 ** (2 + Math.floor(random() * 4));
  const values = new Map<string, number>();
  for (const element of framework.framework.dataElements) {
    for (const period of element.periods) values.set(`${element.id}[${period}]`, plausibleValue(element, scale, random, period === "T-1"));
  }
  for (let pass = 0; pass < 10; pass++) {
    let repaired = false;
    for (const { condition } of framework.validationRules) {
      const pair = asPartOfWhole(condition.tree);
      if (pair === undefined) continue;
      const [part, whole] = pair.map((name) => `${name}[T]`) as [string, string];
      if ((values.get(part) ?? 0) > (values.get(whole) ?? 0)) {
        values.set(part, Math.floor((values.get(whole) ?? 0) * (0.5 + random() * 0.5)));
        repaired = true;
      }
    }
    if (!repaired) break;
  }
  if (values.get("aeo_programme[T]") === 0) for (const key of ["aeo_count[T]", "aeo_count[T-1]"]) if (values.has(key)) values.set(key, 0);
  // One administration in seven reports a part larger than its whole, as real data sometimes do.
  const rules = framework.validationRules.map(({ condition }) => asPartOfWhole(condition.tree)).filter((pair) => pair !== undefined);
  const faulty = rules[index % rules.length];
  if (index % 7 === 0 && faulty !== undefined) values.set(`${faulty[0]}[T]`, (values.get(`${faulty[1]}[T]`) ?? 0) + 1);
  return parseSubmission({
    administration: `ADM${String(index).padStart(3, "0")}`,
    cycle: "bench",
    values: [...values].map(([key, value]) => ({ dataElement: key.replace(/\[.*$/, ""), period: key.endsWith("[T-1]") ? "T-1" : "T", value: String(value) })),
  });
}

function plausibleValue(element: DataElement, scale: number, random: () => number, previous: boolean): number {
  const drift = previous ? 0.8 + random() * 0.3 : 1;
  const min = element.range?.min === undefined ? undefined : Number(element.range.min);
  const max = element.range?.max === undefined ? undefined : Number(element.range.max);
  let value: number;
  switch (element.kind) {
    case "yes-no":
      return random() < 0.8 ? 1 : 0;
    case "share":
      return Math.round(random() * 10_000) / 100;
    case "currency":
      value = Math.round(scale * 1_000 * (1 + random() * 9) * drift * 100) / 100;
      break;
    case "hours":
    case "days":
      value = Math.round(scale * (1 + random() * 47) * drift);
      break;
    default:
      value = Math.round(scale * (1 + random() * 9) * drift);
  }
  if (max !== undefined) value = Math.min(value, Math.floor(max * (0.5 + random() * 0.5)));
  if (min !== undefined) value = Math.max(value, Math.ceil(min));
  return element.kind === "currency" ? value : Math.round(value);
}

/** Returns the names of `part <= whole` when a rule has exactly that form. */
function asPartOfWhole(tree: FormulaNode): [string, string] | undefined {
  if (tree.kind !== "comparison" || tree.operator !== "<=" || tree.left.kind !== "reference" || tree.right.kind !== "reference") return undefined;
  if (tree.left.period !== "T" || tree.right.period !== "T") return undefined;
  return [tree.left.name, tree.right.name];
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
