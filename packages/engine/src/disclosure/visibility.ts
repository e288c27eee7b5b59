import { Viewer, type DisclosureLevel } from "@pmm/model";
import { InvalidOptionError } from "../errors.js";

const STRICTNESS: Record<DisclosureLevel, number> = { public: 0, wco: 1, restricted: 2 };

/**
 * Tells whether a viewer may see one administration's value disclosed at `level`:
 *
 * | level | public | wco-member | secretariat | administration |
 * |---|---|---|---|---|
 * | `public` | yes | yes | yes | yes |
 * | `wco` | no | yes | yes | yes |
 * | `restricted` | no | no | yes | only its own |
 *
 * An administration sees its own values whatever their level.
 *
 * @param viewer - Who is looking.
 * @param owner - The administration whose value it is.
 * @param level - The disclosure level of the value.
 * @returns Whether the value may be shown.
 * @example
 * ```ts
 * canSee({ role: "wco-member" }, "AT", "restricted"); // false
 * canSee({ role: "administration", administration: "AT" }, "AT", "restricted"); // true
 * ```
 */
export function canSee(viewer: Viewer, owner: string, level: DisclosureLevel): boolean {
  switch (viewer.role) {
    case "secretariat":
      return true;
    case "administration":
      return viewer.administration === owner || level !== "restricted";
    case "wco-member":
      return level !== "restricted";
    case "public":
      return level === "public";
  }
}

/**
 * Returns the strictest of several disclosure levels (`restricted` over `wco` over `public`).
 * A score computed from several KPI values may be shown only as widely as its most restricted
 * input, because the score reveals the inputs.
 *
 * @param levels - The levels to combine.
 * @returns The strictest level; `public` for no levels.
 * @example
 * ```ts
 * strictestDisclosure(["public", "wco"]); // "wco"
 * ```
 */
export function strictestDisclosure(levels: Iterable<DisclosureLevel>): DisclosureLevel {
  let strictest: DisclosureLevel = "public";
  for (const level of levels) if (STRICTNESS[level] > STRICTNESS[strictest]) strictest = level;
  return strictest;
}

/**
 * Checks a viewer option.
 *
 * @throws {InvalidOptionError} naming `option` when the viewer does not match the schema.
 */
export function checkViewer(viewer: unknown, option = "viewer"): Viewer {
  const parsed = Viewer.safeParse(viewer);
  if (!parsed.success) {
    throw new InvalidOptionError(option, `${option} is ${JSON.stringify(viewer)}: use { role: "public" }, { role: "wco-member" }, { role: "secretariat" } or { role: "administration", administration: "<id>" }`);
  }
  return parsed.data;
}
