import { editDistance } from "@pmm/model";

/**
 * Finds the known ids closest to an unknown one, for "did you mean" hints: ids within an edit
 * distance of a third of the longer id's length (at least 2), or that contain the unknown id
 * (ignoring case), closest first.
 *
 * @param unknown - The id that was not found.
 * @param known - The valid ids.
 * @param limit - Most suggestions returned. Default 3.
 * @returns Up to `limit` ids, closest first; ties keep the order of `known`.
 * @example
 * ```ts
 * closestIds("ADM1", ["ADM01", "ADM10", "XYZ"]); // ["ADM01", "ADM10"]
 * ```
 */
export function closestIds(unknown: string, known: Iterable<string>, limit = 3): string[] {
  const target = unknown.toLowerCase();
  const scored: { id: string; distance: number; order: number }[] = [];
  let order = 0;
  for (const id of known) {
    const candidate = id.toLowerCase();
    const distance = editDistance(target, candidate);
    const threshold = Math.max(2, Math.floor(Math.max(target.length, candidate.length) / 3));
    const contains = target.length >= 2 && (candidate.includes(target) || target.includes(candidate));
    if (distance <= threshold || contains) scored.push({ id, distance, order });
    order++;
  }
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, limit).map(({ id }) => id);
}

/**
 * Writes a "did you mean" sentence for an unknown id, or a hint listing a few valid ids when
 * none is close.
 *
 * @example
 * ```ts
 * suggestionText("ADM1", ["ADM01", "ADM02"]); // "Did you mean ADM01?"
 * ```
 */
export function suggestionText(unknown: string, known: readonly string[]): string {
  const close = closestIds(unknown, known);
  if (close.length > 0) return `Did you mean ${close.join(" or ")}?`;
  const sample = known.slice(0, 5).join(", ");
  return known.length > 5 ? `Known ids include ${sample} (${known.length} in all).` : `Known ids: ${sample}.`;
}
