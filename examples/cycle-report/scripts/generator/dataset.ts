import { pmmIllustrativeFramework } from "@pmm/model";
import { CYCLE_SPECS, type CycleSpec } from "./cycles.js";
import { generateDeclarations, type Declarations } from "./declarations.js";
import { applyDeliberateCases, figuresNeededAt, positionsSpoilingElectronicRate, type DeliberateCase } from "./deliberate-cases.js";
import { toCsv, toJson } from "./format.js";
import { applyGaps } from "./gaps.js";
import { generateMembership } from "./membership.js";
import { chooseParticipants, compareIds, weightedSample } from "./participation.js";
import { generateProfile, type AdministrationProfile } from "./profiles.js";
import { Random, deriveSeed } from "./random.js";
import { electronicShortfall, generateFigures, type Figures } from "./values.js";

/** The seed of the committed data files. */
export const DEFAULT_SEED = 20231205;

/** The generated files and the cases put into them on purpose. */
export interface GeneratedDataset {
  /** File contents by file name, relative to the data folder, in the order they were made. */
  files: Map<string, string>;
  deliberateCases: DeliberateCase[];
}

/**
 * Generates the synthetic data of the cycle report example: a fictional membership of 186
 * administrations, the illustrative framework, two cycles, and per cycle the submitted figures
 * and the KPI declarations. The same seed always gives byte-identical files.
 *
 * @param seed - Any integer; defaults to {@link DEFAULT_SEED}, the seed of the committed files.
 * @returns The file contents, without writing anything.
 * @example
 * ```ts
 * const { files } = generateDataset();
 * files.get("cycles.json");
 * ```
 */
export function generateDataset(seed: number = DEFAULT_SEED): GeneratedDataset {
  const membership = generateMembership(seed);
  const profiles = membership.map((administration) => generateProfile(seed, administration));
  const files = new Map<string, string>();
  const deliberateCases: DeliberateCase[] = [];

  files.set("administrations.json", toJson(membership));
  files.set("framework.json", toJson(pmmIllustrativeFramework));
  files.set(
    "cycles.json",
    toJson(
      CYCLE_SPECS.map((spec) => ({
        id: spec.id,
        launchYear: spec.launchYear,
        reportingYear: spec.reportingYear,
        framework: { id: pmmIllustrativeFramework.id, version: pmmIllustrativeFramework.version },
        opens: spec.opens,
        closes: spec.closes,
      })),
    ),
  );

  let previous: AdministrationProfile[] = [];
  for (const spec of CYCLE_SPECS) {
    const participants = chooseParticipants(seed, spec.id, profiles, previous, spec.participants, spec.returning);
    const cycle = generateCycle(seed, spec, participants);
    files.set(`submissions-${spec.launchYear}.csv`, submissionsCsv(cycle.figures));
    files.set(`declarations-${spec.launchYear}.csv`, declarationsCsv(cycle.declarations));
    deliberateCases.push(...cycle.cases);
    previous = participants;
  }
  return { files, deliberateCases };
}

interface GeneratedCycle {
  figures: Map<string, Figures>;
  declarations: Map<string, Declarations>;
  cases: DeliberateCase[];
}

function generateCycle(seed: number, spec: CycleSpec, participants: readonly AdministrationProfile[]): GeneratedCycle {
  const ecommerceRandom = new Random(deriveSeed(seed, `ecommerce:${spec.id}`));
  const ecommerceReporters = new Set(weightedSample(participants, spec.ecommerceReporters, (profile) => 0.3 + profile.capacity, ecommerceRandom).map((profile) => profile.administration.id));
  const rates = calibrateElectronicRates(seed, spec, participants);

  const figures = new Map<string, Figures>();
  const declarations = new Map<string, Declarations>();
  participants.forEach((profile, position) => {
    const id = profile.administration.id;
    const reportsEcommerce = ecommerceReporters.has(id);
    const generated = generateFigures(seed, spec, profile, rates[position] ?? 100);
    applyGaps(seed, spec, profile, generated, reportsEcommerce, figuresNeededAt(spec.id, position));
    figures.set(id, generated);
    declarations.set(id, generateDeclarations(seed, spec, profile, reportsEcommerce));
  });

  const ids = participants.map((profile) => profile.administration.id);
  return { figures, declarations, cases: applyDeliberateCases(spec.id, ids, figures, declarations) };
}

/**
 * Scales every participant's shortfall from 100 % so that the mean rate of electronic
 * declarations over the participants without a deliberate error on it is the cycle's target.
 */
function calibrateElectronicRates(seed: number, spec: CycleSpec, participants: readonly AdministrationProfile[]): number[] {
  const shortfalls = participants.map((profile) => electronicShortfall(seed, spec, profile));
  const spoiled = positionsSpoilingElectronicRate(spec.id);
  const counted = shortfalls.filter((_, position) => !spoiled.has(position));
  const total = counted.reduce((sum, shortfall) => sum + shortfall, 0);
  const targetShortfall = 100 - Number(spec.meanElectronicRate);
  if (total === 0) throw new Error(`cycle ${spec.id}: every participant is fully electronic, so the mean rate cannot be ${spec.meanElectronicRate} %`);
  const scale = (targetShortfall * counted.length) / total;
  return shortfalls.map((shortfall) => 100 - scale * shortfall);
}

const ELEMENT_ORDER = new Map(pmmIllustrativeFramework.dataElements.map((element, index) => [element.id, index]));

function submissionsCsv(figuresById: ReadonlyMap<string, Figures>): string {
  const rows: string[][] = [];
  for (const id of [...figuresById.keys()].sort(compareIds)) {
    const entries = [...(figuresById.get(id) ?? new Map<string, string>()).entries()].map(([key, value]) => {
      const [, element = key, previousYear] = /^([^[]+)(\[T-1\])?$/.exec(key) ?? [];
      return { element, period: previousYear === undefined ? "T" : "T-1", value };
    });
    // Framework order, T before T-1, and any name the framework does not know last.
    entries.sort((left, right) => orderOf(left.element) - orderOf(right.element) || compareIds(left.element, right.element) || compareIds(left.period, right.period));
    for (const entry of entries) rows.push([id, entry.element, entry.period, entry.value]);
  }
  return toCsv(["administration", "data_element", "period", "value"], rows);
}

function orderOf(element: string): number {
  return ELEMENT_ORDER.get(element) ?? ELEMENT_ORDER.size;
}

const KPI_ORDER = pmmIllustrativeFramework.kpis.map((kpi) => kpi.id);

function declarationsCsv(declarationsById: ReadonlyMap<string, Declarations>): string {
  const rows: string[][] = [];
  for (const id of [...declarationsById.keys()].sort(compareIds)) {
    const declarations = declarationsById.get(id) ?? new Map();
    for (const kpi of KPI_ORDER) {
      const declaration = declarations.get(kpi);
      if (declaration === undefined) continue;
      rows.push([id, kpi, declaration.notApplicableReason ?? "", declaration.disclosure ?? "", declaration.nationalTarget ?? ""]);
    }
  }
  return toCsv(["administration", "kpi", "not_applicable_reason", "disclosure", "national_target"], rows);
}
