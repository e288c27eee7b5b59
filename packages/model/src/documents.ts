import { Administration, Membership } from "./administration.js";
import { Cycle } from "./cycle.js";
import { Framework } from "./framework/framework.js";
import { makeParsers } from "./parse.js";
import { Submission } from "./submission.js";

const framework = makeParsers("framework", Framework);
const administration = makeParsers("administration", Administration);
const membership = makeParsers("membership", Membership);
const cycle = makeParsers("cycle", Cycle);
const submission = makeParsers("submission", Submission);

/**
 * Parses a framework document (unknown JSON) into a typed {@link Framework}.
 *
 * @throws {ModelValidationError} listing every problem, each with its path, message and received value.
 * @example
 * ```ts
 * const framework = parseFramework(JSON.parse(await readFile("framework.json", "utf8")));
 * ```
 */
export const parseFramework = framework.parse;
/** Parses a framework document and returns the problems instead of throwing. */
export const safeParseFramework = framework.safeParse;

/** Parses one administration. @throws {ModelValidationError} listing every problem. */
export const parseAdministration = administration.parse;
/** Parses one administration and returns the problems instead of throwing. */
export const safeParseAdministration = administration.safeParse;

/** Parses a membership (a list of administrations with unique ids). @throws {ModelValidationError} listing every problem. */
export const parseMembership = membership.parse;
/** Parses a membership and returns the problems instead of throwing. */
export const safeParseMembership = membership.safeParse;

/** Parses a cycle. @throws {ModelValidationError} listing every problem. */
export const parseCycle = cycle.parse;
/** Parses a cycle and returns the problems instead of throwing. */
export const safeParseCycle = cycle.safeParse;

/** Parses a submission. Decimal values come out as canonical decimal strings. @throws {ModelValidationError} listing every problem. */
export const parseSubmission = submission.parse;
/** Parses a submission and returns the problems instead of throwing. */
export const safeParseSubmission = submission.safeParse;
