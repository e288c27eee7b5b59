import { Administration, Membership } from "./administration.js";
import { Cycle } from "./cycle.js";
import { ModelValidationError, PmmModelError, type ModelProblem } from "./errors.js";
import { Framework, type FrameworkInput } from "./framework/framework.js";
import { makeParsers, type SafeParseResult } from "./parse.js";
import { PeerReview } from "./peer-review.js";
import { checkPeerReviewAgainstFramework } from "./strict/peer-review-checks.js";
import { orderProblems } from "./strict/problem-order.js";
import { checkSubmissionAgainstFramework } from "./strict/submission-checks.js";
import { Submission } from "./submission.js";

const framework = makeParsers("framework", Framework);
const administration = makeParsers("administration", Administration);
const membership = makeParsers("membership", Membership);
const cycle = makeParsers("cycle", Cycle);
const submission = makeParsers("submission", Submission);
const peerReview = makeParsers("peer review", PeerReview);

/**
 * Options of the parsers that can check a document against a framework.
 *
 * @example
 * ```ts
 * const options: FrameworkParseOptions = { framework: parseFramework(pmmV1PublishedFramework) };
 * const submission = parseSubmission(json, options);
 * ```
 */
export interface FrameworkParseOptions {
  /**
   * The framework to check the document against: the output of {@link parseFramework}, or a
   * framework document as plain JSON, which is parsed first. When absent, only the document's
   * own structure is checked.
   */
  framework?: Framework | FrameworkInput | undefined;
}

/**
 * Parses a framework document (unknown JSON) into a typed {@link Framework}, with defaults
 * filled in and decimals as canonical decimal strings.
 *
 * Cross-checks (unique ids, references between items, scoring settings, weights) run once the
 * shape is valid, so a document with shape problems may show more problems after they are fixed.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns The parsed framework.
 * @throws {ModelValidationError} listing every problem, each with its path, message and received value.
 * @example
 * ```ts
 * const framework = parseFramework(JSON.parse(await readFile("framework.json", "utf8")));
 * ```
 */
export const parseFramework: (input: unknown) => Framework = framework.parse;

/**
 * Parses a framework document and returns the problems instead of throwing.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, problems }`.
 * @example
 * ```ts
 * const result = safeParseFramework(json);
 * if (!result.success) for (const problem of result.problems) console.error(`${problem.path}: ${problem.message}`);
 * ```
 */
export const safeParseFramework: (input: unknown) => SafeParseResult<Framework> = framework.safeParse;

/**
 * Parses one administration.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns The parsed administration, with `attributes` defaulting to `{}`.
 * @throws {ModelValidationError} listing every problem.
 * @example
 * ```ts
 * const administration = parseAdministration({ id: "GH", name: { en: "Ghana" }, region: "West and Central Africa", incomeGroup: "lower-middle", landlocked: false, smallIsland: false, type: "revenue-authority" });
 * ```
 */
export const parseAdministration: (input: unknown) => Administration = administration.parse;

/**
 * Parses one administration and returns the problems instead of throwing.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, problems }`.
 * @example
 * ```ts
 * safeParseAdministration({ id: "XX", region: "Atlantis" }).success; // false
 * ```
 */
export const safeParseAdministration: (input: unknown) => SafeParseResult<Administration> = administration.safeParse;

/**
 * Parses a membership: a list of administrations whose ids are unique.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns The parsed administrations, in input order.
 * @throws {ModelValidationError} listing every problem.
 * @example
 * ```ts
 * const members = parseMembership(JSON.parse(await readFile("membership.json", "utf8")));
 * ```
 */
export const parseMembership: (input: unknown) => Membership = membership.parse;

/**
 * Parses a membership and returns the problems instead of throwing.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, problems }`.
 * @example
 * ```ts
 * const result = safeParseMembership(json);
 * ```
 */
export const safeParseMembership: (input: unknown) => SafeParseResult<Membership> = membership.safeParse;

/**
 * Parses a cycle.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns The parsed cycle.
 * @throws {ModelValidationError} listing every problem.
 * @example
 * ```ts
 * const cycle = parseCycle({ id: "pmm-2023", launchYear: 2023, reportingYear: 2022, framework: { id: "pmm-v1-published", version: "1.0.0" }, opens: "2023-12-05", closes: "2024-06-30" });
 * ```
 */
export const parseCycle: (input: unknown) => Cycle = cycle.parse;

/**
 * Parses a cycle and returns the problems instead of throwing.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, problems }`.
 * @example
 * ```ts
 * const result = safeParseCycle(json);
 * ```
 */
export const safeParseCycle: (input: unknown) => SafeParseResult<Cycle> = cycle.safeParse;

/**
 * Parses a submission and returns the problems instead of throwing. Decimal values come out as
 * canonical decimal strings.
 *
 * With `options.framework` it also checks the submission against that framework and reports,
 * besides the structural problems: data elements the framework does not define, unknown KPI
 * ids in `notApplicable`, `disclosure` and `nationalTargets`, not-applicable declarations for
 * KPIs with `allowNotApplicable: false`, and every value that fails {@link checkDataValue}
 * (at `values[i].value`, or `values[i].period` for a period the element does not collect).
 * Missing values are not problems here: a data gap is reported when KPIs are computed.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @param options - `framework`: the framework to check against, parsed or as JSON. Default: none.
 * @returns `{ success: true, data }` or `{ success: false, problems }` with every problem, in document order.
 * @throws {PmmModelError} (`invalid-option`) when `options.framework` is not an object.
 * @throws {ModelValidationError} (document `framework (options.framework)`) when `options.framework` is not a valid framework.
 * @example
 * ```ts
 * const result = safeParseSubmission(json, { framework: parseFramework(pmmV1PublishedFramework) });
 * if (!result.success) for (const problem of result.problems) console.error(`${problem.path}: ${problem.message}`);
 * ```
 */
export function safeParseSubmission(input: unknown, options?: FrameworkParseOptions): SafeParseResult<Submission> {
  return parseAgainstFramework(input, submission.safeParse, options?.framework, checkSubmissionAgainstFramework, Object.keys(Submission.shape));
}

/**
 * Parses a submission. Decimal values come out as canonical decimal strings. With
 * `options.framework` it also checks the submission against that framework, as
 * {@link safeParseSubmission} describes.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @param options - `framework`: the framework to check against, parsed or as JSON. Default: none.
 * @returns The parsed submission.
 * @throws {ModelValidationError} listing every problem, each with its path, message and received value.
 * @throws {PmmModelError} (`invalid-option`) when `options.framework` is not an object.
 * @example
 * ```ts
 * const framework = parseFramework(pmmV1PublishedFramework);
 * const submission = parseSubmission(json, { framework });
 * ```
 */
export function parseSubmission(input: unknown, options?: FrameworkParseOptions): Submission {
  const result = safeParseSubmission(input, options);
  if (result.success) return result.data;
  throw new ModelValidationError("submission", result.problems);
}

/**
 * Parses a peer review and returns the problems instead of throwing. Decimal values come out
 * as canonical decimal strings.
 *
 * With `options.framework` it also reports dimensions, KPIs and data elements that the
 * framework does not define, and adjusted values that fail {@link checkDataValue}.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @param options - `framework`: the framework to check against, parsed or as JSON. Default: none.
 * @returns `{ success: true, data }` or `{ success: false, problems }` with every problem, in document order.
 * @throws {PmmModelError} (`invalid-option`) when `options.framework` is not an object.
 * @throws {ModelValidationError} (document `framework (options.framework)`) when `options.framework` is not a valid framework.
 * @example
 * ```ts
 * const result = safeParsePeerReview(json, { framework });
 * ```
 */
export function safeParsePeerReview(input: unknown, options?: FrameworkParseOptions): SafeParseResult<PeerReview> {
  return parseAgainstFramework(input, peerReview.safeParse, options?.framework, checkPeerReviewAgainstFramework, Object.keys(PeerReview.shape));
}

/**
 * Parses a peer review. With `options.framework` it also checks the review against that
 * framework, as {@link safeParsePeerReview} describes.
 *
 * @param input - The document, such as the result of `JSON.parse`.
 * @param options - `framework`: the framework to check against, parsed or as JSON. Default: none.
 * @returns The parsed peer review.
 * @throws {ModelValidationError} listing every problem.
 * @throws {PmmModelError} (`invalid-option`) when `options.framework` is not an object.
 * @example
 * ```ts
 * const review = parsePeerReview(JSON.parse(await readFile("peer-review.json", "utf8")));
 * ```
 */
export function parsePeerReview(input: unknown, options?: FrameworkParseOptions): PeerReview {
  const result = safeParsePeerReview(input, options);
  if (result.success) return result.data;
  throw new ModelValidationError("peer review", result.problems);
}

function parseAgainstFramework<T>(
  input: unknown,
  parseStructure: (input: unknown) => SafeParseResult<T>,
  option: unknown,
  check: (input: unknown, framework: Framework) => ModelProblem[],
  fieldOrder: readonly string[],
): SafeParseResult<T> {
  const against = resolveFrameworkOption(option);
  const structural = parseStructure(input);
  if (against === undefined) return structural;

  const frameworkProblems = check(input, against);
  if (structural.success && frameworkProblems.length === 0) return structural;

  const structuralProblems = structural.success ? [] : structural.problems;
  return { success: false, problems: orderProblems([...structuralProblems, ...frameworkProblems], fieldOrder) };
}

/** Frameworks already parsed for the `framework` option, so that parsing many documents against one framework parses it once. */
const parsedFrameworks = new WeakMap<object, Framework>();

/**
 * Turns the `framework` option into a parsed framework: a parsed framework or a framework
 * document as plain JSON is parsed (once per object), anything else is rejected.
 */
function resolveFrameworkOption(option: unknown): Framework | undefined {
  if (option === undefined) return undefined;
  if (typeof option !== "object" || option === null || Array.isArray(option)) {
    throw new PmmModelError("invalid-option", `options.framework must be a framework, but received ${describeOption(option)}: pass the output of parseFramework, or the framework document as JSON`);
  }

  // NOTE: a framework object changed after its first use here keeps its first parse.
  const cached = parsedFrameworks.get(option);
  if (cached !== undefined) return cached;
  const result = framework.safeParse(option);
  if (!result.success) throw new ModelValidationError("framework (options.framework)", result.problems);
  parsedFrameworks.set(option, result.data);
  return result.data;
}

function describeOption(option: unknown): string {
  if (option === null) return "null";
  if (Array.isArray(option)) return "an array";
  if (typeof option === "string") return `the string ${JSON.stringify(option)}`;
  return `a ${typeof option}`;
}
