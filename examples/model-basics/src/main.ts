// Parses the published PMM v1 catalogue, prints its tree, then parses a good and a bad
// submission against it and prints every problem found in the bad one.
//
// Run it with `pnpm --filter @pmm/example-model-basics start`.
import { parseFramework, pmmV1PublishedFramework, safeParseSubmission, type Framework, type ModelProblem } from "@pmm/model";

const framework = parseFramework(pmmV1PublishedFramework);
printTree(framework);

// A submission for the 2023 cycle (reporting year T = 2022). Values may be JSON numbers or
// decimal text; they come out as canonical decimal strings.
const good = {
  administration: "GH",
  cycle: "pmm-2023",
  values: [
    { dataElement: "declarations", period: "T", value: 120000 },
    { dataElement: "electronic_declarations", period: "T", value: "118000" },
    { dataElement: "aeo_count", period: "T", value: 46 },
    { dataElement: "aeo_count", period: "T-1", value: 40 },
    { dataElement: "trade_value", period: "T", value: "18250000000.00" },
    { dataElement: "aeo_trade_value", period: "T", value: "2190000000" },
  ],
  notApplicable: [{ kpi: "tf.ecommerce_share", reason: "e-commerce shipments are not identified at the border" }],
  disclosure: { "tf.electronic_declarations": "public" },
};

const goodResult = safeParseSubmission(good, { framework });
console.log("");
if (goodResult.success) {
  const values = goodResult.data.values.map((value) => `${value.dataElement}[${value.period}] = ${value.value}`);
  console.log(`Good submission: accepted, ${values.length} values`);
  for (const line of values) console.log(`  ${line}`);
} else {
  printProblems("Good submission", goodResult.problems);
}

// The same submission with typical mistakes.
const bad = {
  administration: "GH",
  cycle: "pmm-2023",
  values: [
    { dataElement: "declarations", period: "T", value: -120000 },
    { dataElement: "electronic_declaration", period: "T", value: 118000 },
    { dataElement: "aeo_count", period: "T", value: "46.5" },
    { dataElement: "aeo_count", period: "T-1", value: "NaN" },
    { dataElement: "trade_value", period: "T-1", value: 17000000000 },
    { dataElement: "aeo_trade_value", period: "T", value: 0.1 + 0.2 },
  ],
  notApplicable: [{ kpi: "tf.ecomerce_share", reason: "not measured" }],
  disclosure: { "tf.electronic_declarations": "everyone" },
};

const badResult = safeParseSubmission(bad, { framework });
console.log("");
if (badResult.success) console.log("Bad submission: accepted (unexpected)");
else printProblems("Bad submission", badResult.problems);

function printTree(parsed: Framework): void {
  console.log(`${parsed.title.en}`);
  console.log(`${parsed.id} ${parsed.version}, provenance: ${parsed.provenance}`);
  console.log("Names in brackets [published] are the WCO's; formulas are this project's reading.");
  for (const dimension of parsed.dimensions) {
    console.log(`${dimension.id}  ${dimension.name.en} [${dimension.provenance}]`);
    for (const outcome of parsed.outcomes.filter((item) => item.dimension === dimension.id)) {
      console.log(`  ${outcome.name.en} [${outcome.provenance}]`);
      for (const kpi of parsed.kpis.filter((item) => item.outcome === outcome.id)) {
        const formula = kpi.formula === undefined ? "no formula" : kpi.formula;
        console.log(`    ${kpi.name.en} (${kpi.unit}, ${kpi.direction}): ${formula}`);
      }
    }
  }
}

function printProblems(label: string, problems: readonly ModelProblem[]): void {
  console.log(`${label}: ${problems.length} problems`);
  for (const problem of problems) {
    const received = problem.received === undefined ? "" : ` (received ${JSON.stringify(problem.received)})`;
    console.log(`  ${problem.path}: ${problem.message}${received}`);
  }
}
