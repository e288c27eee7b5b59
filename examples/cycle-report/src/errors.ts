/**
 * Bad input to the cycle report: an unknown flag, a missing file, a malformed CSV row, an
 * unknown administration or a framework that does not compile. The message is complete and meant
 * for the terminal as it is; the command prints it and exits with status 1.
 */
export class ReportInputError extends Error {
  /** Each problem on its own line, such as `data/submissions-2025.csv:214:4: value "12,5" ...`. */
  readonly problems: readonly string[];

  /**
   * @param summary - The first line of the message, such as `Invalid data in data/submissions-2025.csv.`
   * @param problems - Further lines, one per problem; at most {@link MAX_LISTED_PROBLEMS} are listed.
   * @example
   * ```ts
   * throw new ReportInputError("Unknown administration \"ADM99\".", ["Did you mean ADM09?"]);
   * ```
   */
  constructor(summary: string, problems: readonly string[] = []) {
    super(formatMessage(summary, problems));
    this.name = "ReportInputError";
    this.problems = problems;
  }
}

/** Most problems one message lists; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

function formatMessage(summary: string, problems: readonly string[]): string {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => `  ${problem}`);
  const more = problems.length > MAX_LISTED_PROBLEMS ? [`  ... and ${problems.length - MAX_LISTED_PROBLEMS} more`] : [];
  return [summary, ...listed, ...more].join("\n");
}

/**
 * Tells whether a value is a {@link ReportInputError}.
 *
 * @example
 * ```ts
 * if (isReportInputError(error)) console.error(error.message);
 * ```
 */
export function isReportInputError(value: unknown): value is ReportInputError {
  return value instanceof ReportInputError;
}
