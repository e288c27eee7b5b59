import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFrameworkOrThrow, computeCycle, validateSubmission } from "@pmm/engine";
import { isCanonicalDecimal, parseCycle, parseFramework, parseMembership, parseSubmission, pmmIllustrativeFramework, safeParseSubmission, type SubmissionInput } from "@pmm/model";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED, generateDataset } from "../scripts/generator/dataset.js";

const dataFolder = fileURLToPath(new URL("../data/", import.meta.url));
const framework = parseFramework(pmmIllustrativeFramework);
const dataset = generateDataset();

function committed(name: string): string {
  return readFileSync(`${dataFolder}${name}`, "utf8");
}

type Row = Record<string, string>;

function csvRows(name: string): Row[] {
  return parse(committed(name), { columns: true, skip_empty_lines: true }) as Row[];
}

/** Submitted figures per administration, keyed `element|period`. */
function figuresByAdministration(year: number): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const row of csvRows(`submissions-${year}.csv`)) {
    const figures = result.get(row.administration ?? "") ?? new Map<string, string>();
    figures.set(`${row.data_element}|${row.period}`, row.value ?? "");
    result.set(row.administration ?? "", figures);
  }
  return result;
}

const membership = parseMembership(JSON.parse(committed("administrations.json")));
const administrationsById = new Map(membership.map((administration) => [administration.id, administration]));
const figures2023 = figuresByAdministration(2023);
const figures2025 = figuresByAdministration(2025);
const deliberate = new Set(dataset.deliberateCases.map((error) => `${error.cycle}|${error.administration}`));

const CYCLES = [
  ["pmm-2023", 2023, figures2023],
  ["pmm-2025", 2025, figures2025],
] as const;

/** Builds each participant's submission from the figures and the declarations file of its cycle. */
function submissionInputs(cycle: string, year: number, byAdministration: ReadonlyMap<string, ReadonlyMap<string, string>>): SubmissionInput[] {
  const declarations = csvRows(`declarations-${year}.csv`);
  return [...byAdministration].map(([id, figures]) => {
    const own = declarations.filter((row) => row.administration === id);
    return {
      administration: id,
      cycle,
      values: [...figures].map(([key, value]) => {
        const [dataElement = "", period = ""] = key.split("|");
        return { dataElement, period: period as "T" | "T-1", value };
      }),
      notApplicable: own.filter((row) => row.not_applicable_reason !== "").map((row) => ({ kpi: row.kpi ?? "", reason: row.not_applicable_reason ?? "" })),
      disclosure: Object.fromEntries(own.filter((row) => row.disclosure !== "").map((row) => [row.kpi ?? "", row.disclosure as "public" | "wco" | "restricted"])),
      nationalTargets: Object.fromEntries(own.filter((row) => row.national_target !== "").map((row) => [row.kpi ?? "", row.national_target ?? ""])),
    };
  });
}

/** Computes the rate of electronic declarations, or undefined unless both figures are present and consistent. */
function electronicRate(figures: Map<string, string>): number | undefined {
  const declarations = Number(figures.get("declarations|T"));
  const electronic = Number(figures.get("electronic_declarations|T"));
  if (!(declarations > 0) || !(electronic >= 0) || electronic > declarations) return undefined;
  return (100 * electronic) / declarations;
}

describe("generateDataset", () => {
  it("reproduces the committed files", () => {
    for (const [name, contents] of dataset.files) {
      expect(committed(name), name).toBe(contents);
    }
    const expected = [...dataset.files.keys(), "README.md"].sort();
    expect(readdirSync(dataFolder).sort()).toEqual(expected);
  });

  it("is deterministic for any seed", () => {
    const first = generateDataset(7);
    const second = generateDataset(7);
    expect([...first.files]).toEqual([...second.files]);
    expect(first.files.get("submissions-2023.csv")).not.toBe(dataset.files.get("submissions-2023.csv"));
    expect(DEFAULT_SEED).toBe(20231205);
  });

  it("writes JSON the model parses", () => {
    expect(membership.length).toBe(186);
    expect(parseFramework(JSON.parse(committed("framework.json")))).toEqual(framework);
    const cycles = (JSON.parse(committed("cycles.json")) as unknown[]).map((cycle) => parseCycle(cycle));
    expect(cycles.map((cycle) => [cycle.id, cycle.launchYear, cycle.reportingYear, cycle.opens])).toEqual([
      ["pmm-2023", 2023, 2022, "2023-12-05"],
      ["pmm-2025", 2025, 2024, "2025-12-01"],
    ]);
    for (const cycle of cycles) expect(cycle.framework).toEqual({ id: "pmm-illustrative", version: "1.0.0" });
  });

  it("spreads the membership like the WCO's", () => {
    const regions = new Map<string, number>();
    for (const administration of membership) regions.set(administration.region, (regions.get(administration.region) ?? 0) + 1);
    expect(Object.fromEntries(regions)).toEqual({
      Europe: 53,
      "Asia/Pacific": 33,
      "East and Southern Africa": 24,
      "West and Central Africa": 23,
      "Americas and the Caribbean": 31,
      "North of Africa, Near and Middle East": 22,
    });
    expect(new Set(membership.map((administration) => administration.incomeGroup)).size).toBe(4);
    expect(membership.some((administration) => administration.landlocked && administration.smallIsland)).toBe(false);
    expect(new Set(membership.map((administration) => administration.name.en)).size).toBe(186);
    expect(membership.map((administration) => administration.id).slice(0, 2)).toEqual(["ADM001", "ADM002"]);
  });

  it("has 62 participants in 2023", () => {
    expect(figures2023.size).toBe(62);
    expect(figures2025.size).toBe(90);
    const returning = [...figures2025.keys()].filter((id) => figures2023.has(id));
    expect(returning.length).toBe(54);
  });

  it("covers every region and income group", () => {
    for (const figures of [figures2023, figures2025]) {
      const participants = [...figures.keys()].map((id) => administrationsById.get(id));
      expect(participants.every((administration) => administration !== undefined)).toBe(true);
      expect(new Set(participants.map((administration) => administration?.region)).size).toBe(6);
      expect(new Set(participants.map((administration) => administration?.incomeGroup)).size).toBe(4);
    }
  });

  it("averages 98.1 % electronic declarations in 2023", () => {
    const rates = [...figures2023.values()].map(electronicRate).filter((rate): rate is number => rate !== undefined);
    expect(rates.length).toBe(61);
    const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
    expect(mean).toBeGreaterThanOrEqual(97.8);
    expect(mean).toBeLessThanOrEqual(98.4);
  });

  it("has 24 e-commerce reporters in 2023", () => {
    const reporters = [...figures2023.values()].filter((figures) => figures.has("ecommerce_shipments|T") && figures.has("shipments|T"));
    expect(reporters.length).toBe(24);
  });

  it("makes richer administrations faster", () => {
    const meanRelease = (groups: string[]): number => {
      const values: number[] = [];
      for (const [id, figures] of [...figures2023, ...figures2025]) {
        if (!groups.includes(administrationsById.get(id)?.incomeGroup ?? "")) continue;
        const total = Number(figures.get("release_time_total|T"));
        const declarations = Number(figures.get("declarations|T"));
        if (total >= 0 && declarations > 0) values.push(total / declarations);
      }
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    expect(meanRelease(["high"])).toBeLessThan(meanRelease(["lower-middle", "low"]));
  });

  it("writes only known elements and canonical values", () => {
    const known = new Set(framework.dataElements.map((element) => element.id));
    const bad: string[] = [];
    for (const year of [2023, 2025]) {
      for (const row of csvRows(`submissions-${year}.csv`)) {
        const valid = known.has(row.data_element ?? "") && (row.period === "T" || row.period === "T-1") && isCanonicalDecimal(row.value ?? "");
        if (!valid) bad.push(`${year} ${row.administration} ${row.data_element} ${row.period} ${row.value}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("leaves gaps but keeps every participant's core figures", () => {
    let missing = 0;
    for (const figures of figures2023.values()) {
      expect(figures.has("declarations|T")).toBe(true);
      expect(figures.has("staff|T")).toBe(true);
      for (const element of framework.dataElements) if (!figures.has(`${element.id}|T`)) missing++;
    }
    expect(missing).toBeGreaterThan(62);
  });

  it("puts each deliberate case in the data", () => {
    expect(dataset.deliberateCases.filter((error) => error.kind === "error").length).toBe(8);
    expect(dataset.deliberateCases.filter((error) => error.kind === "edge-case").length).toBe(1);
    for (const error of dataset.deliberateCases) {
      const year = error.cycle === "pmm-2023" ? 2023 : 2025;
      if (error.period === "") {
        const row = csvRows(`declarations-${year}.csv`).find((candidate) => candidate.administration === error.administration && candidate.kpi === error.target);
        expect(row?.not_applicable_reason, error.expected).toBe(error.value);
      } else {
        const figures = (year === 2023 ? figures2023 : figures2025).get(error.administration);
        expect(figures?.get(`${error.target}|${error.period}`), error.expected).toBe(error.value);
      }
    }
  });

  it("lists each deliberate case in the README", () => {
    const readme = committed("README.md");
    const lines = readme.split("\n");
    for (const error of dataset.deliberateCases) {
      const line = lines.find((candidate) => candidate.startsWith(`| ${error.cycle} | ${error.administration} | \`${error.target}\` |`));
      expect(line, error.expected).toContain(`| ${error.value} |`);
    }
  });

  it("satisfies part-of-whole rules outside deliberate errors", () => {
    const pairs = framework.validationRules
      .filter((rule) => rule.severity === "error")
      .map((rule) => /^(\w+) <= (\w+)$/.exec(rule.condition))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? "", match[2] ?? ""] as const);
    expect(pairs.length).toBe(18);
    const broken: string[] = [];
    for (const [cycle, byAdministration] of [["pmm-2023", figures2023], ["pmm-2025", figures2025]] as const) {
      for (const [id, figures] of byAdministration) {
        for (const [part, whole] of pairs) {
          const partValue = figures.get(`${part}|T`);
          const wholeValue = figures.get(`${whole}|T`);
          if (partValue === undefined || wholeValue === undefined) continue;
          if (Number(partValue) > Number(wholeValue)) broken.push(`${cycle}|${id}|${part}`);
        }
      }
    }
    for (const entry of broken) expect(deliberate.has(entry.split("|").slice(0, 2).join("|")), entry).toBe(true);
    // The negative count of inspections also puts the inspections with a seizure above it.
    expect(broken.map((entry) => entry.split("|")[2])).toEqual(expect.arrayContaining(["electronic_declarations", "female_staff"]));
  });

  it("passes strict parsing except deliberate errors", () => {
    const codes: string[] = [];
    for (const [cycle, year, byAdministration] of CYCLES) {
      for (const input of submissionInputs(cycle, year, byAdministration)) {
        const result = safeParseSubmission(input, { framework });
        if (result.success) continue;
        expect(deliberate.has(`${cycle}|${input.administration}`), `${cycle} ${input.administration}: ${result.problems.map((problem) => problem.message).join("; ")}`).toBe(true);
        codes.push(...result.problems.map((problem) => problem.code));
      }
    }
    expect(codes.sort()).toEqual(["negative", "not-applicable-not-allowed", "not-integer", "not-yes-no", "period-not-collected"].sort());
  });

  it("declares AEO KPIs not applicable without a programme", () => {
    for (const [year, byAdministration] of [[2023, figures2023], [2025, figures2025]] as const) {
      const declarations = csvRows(`declarations-${year}.csv`);
      for (const [id, figures] of byAdministration) {
        if (figures.get("aeo_programme|T") !== "0") continue;
        const declared = declarations.filter((row) => row.administration === id && row.not_applicable_reason !== "").map((row) => row.kpi);
        expect(declared, `${year} ${id}`).toEqual(expect.arrayContaining(["tf.aeo_variation", "tf.aeo_involvement"]));
      }
    }
  });

  it("sets national targets only where scoring uses them", () => {
    const usesNationalTarget = new Set(
      framework.kpis.filter((kpi) => kpi.scoring?.normalisation.method === "distance-to-target" && kpi.scoring.normalisation.useNationalTarget).map((kpi) => kpi.id),
    );
    for (const year of [2023, 2025]) {
      const rows = csvRows(`declarations-${year}.csv`).filter((row) => row.national_target !== "");
      expect(rows.length, `${year}`).toBeGreaterThan(5);
      for (const row of rows) expect(usesNationalTarget.has(row.kpi ?? ""), `${year} ${row.administration} ${row.kpi}`).toBe(true);
    }
  });
});

// The finding each deliberate error must raise, by cycle, data element or KPI, and period.
const EXPECTED_FINDINGS: Record<string, string> = {
  "pmm-2023|electronic_declarations|T": "electronic_within_declarations",
  "pmm-2023|declarations_inspected|T": "data-value.negative",
  "pmm-2023|staff|T": "data-value.not-integer",
  "pmm-2025|revenue_target|T": "revenue_near_target",
  "pmm-2025|female_staff|T": "female_within_staff",
  "pmm-2025|aeo_programme|T": "data-value.not-yes-no",
  "pmm-2025|staff|T-1": "data-value.period-not-collected",
  "pmm-2025|tf.release_time|": "not-applicable-not-allowed",
};

describe("shipped data in the engine", () => {
  const compiled = compileFrameworkOrThrow(framework);
  const submissions = CYCLES.map(([cycle, year, byAdministration]) => ({
    cycle,
    submissions: submissionInputs(cycle, year, byAdministration).map((input) => parseSubmission(input)),
  }));

  it("raises findings only for deliberate errors", () => {
    const unexpected: string[] = [];
    const raised = new Set<string>();
    for (const { cycle, submissions: list } of submissions) {
      for (const submission of list) {
        for (const finding of validateSubmission(compiled, submission)) {
          if (finding.kind === "missing-value" || finding.kind === "rule-skipped") continue;
          raised.add(`${cycle}|${submission.administration}|${finding.rule}`);
          if (!deliberate.has(`${cycle}|${submission.administration}`)) unexpected.push(`${cycle} ${submission.administration} ${finding.rule}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
    for (const error of dataset.deliberateCases.filter((item) => item.kind === "error")) {
      const rule = EXPECTED_FINDINGS[`${error.cycle}|${error.target}|${error.period}`];
      expect(rule, `${error.cycle} ${error.target}`).toBeDefined();
      expect(raised.has(`${error.cycle}|${error.administration}|${rule}`), `${error.cycle} ${error.administration} ${rule}`).toBe(true);
    }
  });

  it("computes a mean electronic rate of 98.1 % in 2023", () => {
    const results = computeCycle(compiled, submissions[0]?.submissions ?? []);
    const rates = results.filter((result) => result.kpi === "tf.electronic_declarations" && result.status === "value").map((result) => (result.status === "value" ? Number(result.value) : 0));
    expect(rates.length).toBe(61);
    const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
    expect(Math.abs(mean - 98.1)).toBeLessThanOrEqual(0.3);
  });

  it("leaves the zero-base variation undefined", () => {
    const edgeCase = dataset.deliberateCases.find((item) => item.kind === "edge-case");
    const results = computeCycle(compiled, submissions[0]?.submissions ?? []);
    const variation = results.find((result) => result.administration === edgeCase?.administration && result.kpi === "esp.alcohol_seizure_variation");
    expect(variation?.status).toBe("undefined");
    if (variation?.status === "undefined") expect(variation.reason).toBe("zero-base");
  });
});
