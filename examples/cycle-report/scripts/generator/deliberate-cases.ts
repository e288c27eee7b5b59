import type { Declarations } from "./declarations.js";
import { formatScaled } from "./format.js";
import { figureKey, type Figures } from "./values.js";

/**
 * A case put into the synthetic data on purpose: an error for validation to catch, or valid
 * data that leave a KPI without a value.
 */
export interface DeliberateCase {
  kind: "error" | "edge-case";
  cycle: string;
  administration: string;
  /** The data element or KPI the error sits in. */
  target: string;
  period: "T" | "T-1" | "";
  /** The wrong value as written, or the not-applicable reason. */
  value: string;
  /** What validation should report, or what the KPI's result should be. */
  expected: string;
}

interface ErrorRecipe {
  /** Position of the administration among the cycle's participants, sorted by id. */
  position: number;
  /** Whether the error makes the administration's rate of electronic declarations unusable. */
  affectsElectronicRate: boolean;
  /** Figures the recipe reads or changes, which data gaps must therefore leave in place. */
  needs: string[];
  apply(figures: Figures, declarations: Declarations): Omit<DeliberateCase, "cycle" | "administration">;
}

function numberAt(figures: Figures, key: string): number {
  const value = Number(figures.get(key));
  if (!Number.isFinite(value)) throw new Error(`a deliberate case needs the figure ${key}, which is missing`);
  return value;
}

// The deliberate cases. Each sits at a fixed position among the participants, so that the
// same administrations carry them on every run with the same seed. The errors:
// 2023: electronic declarations above all declarations (rule error), a negative count,
//       a count with a fraction.
// 2025: a revenue target written in thousands (plausibility warning), more female staff than
//       staff (rule error) and a yes-no figure of 2. Then a figure for a period the element
//       does not collect, and a not-applicable declaration for a KPI that does not allow one.
// The edge case, in 2023: no alcohol seizures in T-1, so their variation has no value.
const RECIPES: Record<string, ErrorRecipe[]> = {
  "pmm-2023": [
    {
      position: 4,
      affectsElectronicRate: true,
      needs: ["electronic_declarations", "declarations"],
      apply(figures) {
        const value = String(numberAt(figures, "declarations") + 1250);
        figures.set("electronic_declarations", value);
        return { kind: "error", target: "electronic_declarations", period: "T", value, expected: "error electronic_within_declarations: electronic declarations exceed all declarations" };
      },
    },
    {
      position: 15,
      affectsElectronicRate: false,
      needs: ["declarations_inspected"],
      apply(figures) {
        figures.set("declarations_inspected", "-120");
        return { kind: "error", target: "declarations_inspected", period: "T", value: "-120", expected: "data value problem negative: a count cannot be negative" };
      },
    },
    {
      position: 30,
      affectsElectronicRate: false,
      needs: ["staff"],
      apply(figures) {
        const value = `${numberAt(figures, "staff")}.5`;
        figures.set("staff", value);
        return { kind: "error", target: "staff", period: "T", value, expected: "data value problem not-integer: a count must be a whole number" };
      },
    },
    {
      position: 45,
      affectsElectronicRate: false,
      needs: ["alcohol_seizures", figureKey("alcohol_seizures", "T-1")],
      apply(figures) {
        figures.set(figureKey("alcohol_seizures", "T-1"), "0");
        figures.set("alcohol_seizures", "4");
        return { kind: "edge-case", target: "alcohol_seizures", period: "T-1", value: "0", expected: "esp.alcohol_seizure_variation is undefined: its base in T-1 is zero" };
      },
    },
  ],
  "pmm-2025": [
    {
      position: 10,
      affectsElectronicRate: false,
      needs: ["revenue_collected", "revenue_target"],
      apply(figures) {
        const revenue = Math.round(numberAt(figures, "revenue_collected") * 100);
        const value = formatScaled(Math.round(revenue / 1000), 2);
        figures.set("revenue_target", value);
        return { kind: "error", target: "revenue_target", period: "T", value, expected: "warning revenue_near_target: revenue collected is about 1,000 times the target" };
      },
    },
    {
      position: 20,
      affectsElectronicRate: false,
      needs: ["staff", "female_staff"],
      apply(figures) {
        const value = String(numberAt(figures, "staff") + 37);
        figures.set("female_staff", value);
        return { kind: "error", target: "female_staff", period: "T", value, expected: "error female_within_staff: female staff exceed all staff" };
      },
    },
    {
      position: 40,
      affectsElectronicRate: false,
      needs: ["aeo_programme"],
      apply(figures) {
        figures.set("aeo_programme", "2");
        return { kind: "error", target: "aeo_programme", period: "T", value: "2", expected: "data value problem not-yes-no: a yes-no figure must be 1 or 0" };
      },
    },
    {
      position: 50,
      affectsElectronicRate: false,
      needs: ["staff"],
      apply(figures) {
        const value = String(numberAt(figures, "staff") - 12);
        figures.set(figureKey("staff", "T-1"), value);
        return { kind: "error", target: "staff", period: "T-1", value, expected: "data value problem period-not-collected: staff is collected for T only" };
      },
    },
    {
      position: 60,
      affectsElectronicRate: false,
      needs: [],
      apply(_figures, declarations) {
        const value = "Release times are not measured";
        declarations.set("tf.release_time", { ...declarations.get("tf.release_time"), notApplicableReason: value });
        return { kind: "error", target: "tf.release_time", period: "", value, expected: "tf.release_time does not allow a not-applicable declaration" };
      },
    },
  ],
};

/** Positions among the participants whose rate of electronic declarations a deliberate error spoils. */
export function positionsSpoilingElectronicRate(cycleId: string): Set<number> {
  return new Set((RECIPES[cycleId] ?? []).filter((recipe) => recipe.affectsElectronicRate).map((recipe) => recipe.position));
}

/** Figures of the participant at `position` that data gaps must leave in place for the deliberate cases. */
export function figuresNeededAt(cycleId: string, position: number): string[] {
  return (RECIPES[cycleId] ?? []).filter((recipe) => recipe.position === position).flatMap((recipe) => recipe.needs);
}

/**
 * Puts the deliberate cases of a cycle into the figures and declarations of its participants.
 *
 * @param participantIds - The cycle's participants, sorted by id.
 * @returns The cases put in, in the order of the recipes.
 * @throws {Error} when a recipe needs a figure that is missing, or a position beyond the participants.
 */
export function applyDeliberateCases(
  cycleId: string,
  participantIds: readonly string[],
  figuresById: ReadonlyMap<string, Figures>,
  declarationsById: ReadonlyMap<string, Declarations>,
): DeliberateCase[] {
  return (RECIPES[cycleId] ?? []).map((recipe) => {
    const administration = participantIds[recipe.position];
    const figures = administration === undefined ? undefined : figuresById.get(administration);
    const declarations = administration === undefined ? undefined : declarationsById.get(administration);
    if (administration === undefined || figures === undefined || declarations === undefined) {
      throw new Error(`cycle ${cycleId} has no participant at position ${recipe.position}`);
    }
    return { cycle: cycleId, administration, ...recipe.apply(figures, declarations) };
  });
}
