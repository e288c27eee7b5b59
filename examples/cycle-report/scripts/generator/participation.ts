import type { IncomeGroup } from "@pmm/model";
import type { AdministrationProfile } from "./profiles.js";
import { Random, deriveSeed } from "./random.js";

// Administrations of richer economies are a little more likely to take part.
const INCOME_WEIGHT: Record<IncomeGroup, number> = { high: 1.5, "upper-middle": 1.1, "lower-middle": 0.9, low: 0.7 };

/**
 * Draws `count` items without replacement, each draw picking one of the remaining items with a
 * probability proportional to its weight. Weights must be positive.
 *
 * @throws {RangeError} when `count` is larger than the number of items.
 */
export function weightedSample<T>(items: readonly T[], count: number, weight: (item: T) => number, random: Random): T[] {
  if (count > items.length) throw new RangeError(`cannot draw ${count} items out of ${items.length}`);
  const remaining = items.map((item) => ({ item, weight: weight(item) }));
  const drawn: T[] = [];
  while (drawn.length < count) {
    const total = remaining.reduce((sum, entry) => sum + entry.weight, 0);
    let point = random.next() * total;
    let index = 0;
    while (index < remaining.length - 1 && point >= (remaining[index]?.weight ?? 0)) {
      point -= remaining[index]?.weight ?? 0;
      index++;
    }
    const [entry] = remaining.splice(index, 1);
    if (entry !== undefined) drawn.push(entry.item);
  }
  return drawn;
}

/**
 * Chooses the participants of a cycle: `returning` of the previous cycle's participants plus
 * enough newcomers to reach `total`, favouring higher income groups.
 *
 * @returns The participants, sorted by administration id.
 */
export function chooseParticipants(
  seed: number,
  cycleId: string,
  profiles: readonly AdministrationProfile[],
  previous: readonly AdministrationProfile[],
  total: number,
  returning: number,
): AdministrationProfile[] {
  const random = new Random(deriveSeed(seed, `participants:${cycleId}`));
  const weight = (profile: AdministrationProfile): number => INCOME_WEIGHT[profile.administration.incomeGroup];

  const returningParticipants = weightedSample(previous, returning, weight, random);
  const previousIds = new Set(previous.map((profile) => profile.administration.id));
  const newcomers = weightedSample(
    profiles.filter((profile) => !previousIds.has(profile.administration.id)),
    total - returningParticipants.length,
    weight,
    random,
  );
  return [...returningParticipants, ...newcomers].sort((left, right) => compareIds(left.administration.id, right.administration.id));
}

/** Orders ids by UTF-16 code units, the same on every locale. */
export function compareIds(left: string, right: string): number {
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}
