import { describe, expect, it } from "vitest";
import {
  FindingSeverity,
  PeerReviewRating,
  PeerReviewStatus,
  PeerReviewerRole,
  parseFramework,
  parsePeerReview,
  safeParsePeerReview,
  ModelValidationError,
} from "../../src/index.js";
import { clone, expectProblem, expectSuccess, minimalFramework, peerReview } from "../helpers/fixtures.js";

function requested(): Record<string, unknown> {
  return { id: "GH-2023-review", administration: "GH", cycle: "pmm-2023", status: "requested", requestedOn: "2024-07-01" };
}

describe("parsePeerReview", () => {
  it("canonicalizes adjusted values", () => {
    const review = parsePeerReview(peerReview());
    expect(review.adjustedValues).toEqual([
      { dataElement: "declarations", period: "T", originalValue: "120000", adjustedValue: "124500", reason: "manual declarations at land borders were left out" },
    ]);
  });

  it("fills defaults for a review just requested", () => {
    expect(parsePeerReview(requested())).toEqual({ ...requested(), reviewers: [], findings: [], adjustedValues: [] });
  });

  it("survives a JSON round trip unchanged", () => {
    const first = parsePeerReview(peerReview());
    expect(parsePeerReview(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it("lists its roles, statuses, ratings and severities", () => {
    expect(PeerReviewerRole.options).toEqual(["peer-reviewer", "diagnostic-facilitator", "wco-secretariat"]);
    expect(PeerReviewStatus.options).toEqual(["requested", "scheduled", "in-progress", "completed", "cancelled"]);
    expect(PeerReviewRating.options).toEqual(["confirmed", "partly-confirmed", "not-confirmed"]);
    expect(FindingSeverity.options).toEqual(["observation", "minor", "major", "critical"]);
  });

  it.each([
    ["a scheduled review", { status: "scheduled", startsOn: "2024-09-16" }],
    ["a review in progress", { status: "in-progress", startsOn: "2024-09-16", reviewers: [{ name: "A. Mensah", role: "peer-reviewer" }] }],
    ["a cancelled review", { status: "cancelled" }],
    ["a one-day review", { status: "scheduled", startsOn: "2024-09-16", endsOn: "2024-09-16" }],
    ["a finding with text only", { findings: [{ scope: "dimension", dimension: "OD", text: "No training plan.", severity: "minor" }] }],
  ])("accepts %s", (_label, change) => {
    expectSuccess(safeParsePeerReview({ ...requested(), ...change }));
  });

  it.each([
    ["an unknown role", { reviewers: [{ name: "X", role: "auditor" }] }, "reviewers[0].role", "auditor", /Invalid option/],
    ["a reviewer without a name", { reviewers: [{ name: " ", role: "peer-reviewer" }] }, "reviewers[0].name", " ", /needs a name/],
    ["a date that does not exist", { requestedOn: "2024-02-30" }, "requestedOn", "2024-02-30", /exists/],
    ["an unknown status", { status: "done" }, "status", "done", /Invalid option/],
    ["an unknown scope", { findings: [{ scope: "outcome", outcome: "x", severity: "minor", text: "t" }] }, "findings[0].scope", "outcome", /Invalid discriminator/],
    ["a finding without rating or text", { findings: [{ scope: "kpi", kpi: "e_decl", severity: "minor" }] }, "findings[0]", { scope: "kpi", kpi: "e_decl", severity: "minor" }, /needs a rating, a text or both/],
    ["a finding without severity", { findings: [{ scope: "kpi", kpi: "e_decl", rating: "confirmed" }] }, "findings[0].severity", undefined, /^severity is missing: set it to one of "observation", "minor", "major", "critical"$/],
    ["an unknown rating", { findings: [{ scope: "kpi", kpi: "e_decl", rating: "good", severity: "minor" }] }, "findings[0].rating", "good", /Invalid option/],
    ["a start before the request", { status: "scheduled", startsOn: "2024-06-30" }, "startsOn", "2024-06-30", /before the request date 2024-07-01/],
    ["an end without a start", { endsOn: "2024-09-20" }, "endsOn", "2024-09-20", /without a start date/],
    ["an end before the start", { status: "scheduled", startsOn: "2024-09-16", endsOn: "2024-09-15" }, "endsOn", "2024-09-15", /before the start date/],
    ["a completion date on an open review", { completedOn: "2024-10-01" }, "completedOn", "2024-10-01", /status "requested" has no completion date/],
    ["a scheduled review without a start", { status: "scheduled" }, "startsOn", undefined, /needs a start date/],
    ["a running review without reviewers", { status: "in-progress", startsOn: "2024-09-16" }, "reviewers", undefined, /at least one reviewer/],
  ])("rejects %s", (_label, change, path, received, message) => {
    const problem = expectProblem(safeParsePeerReview({ ...requested(), ...change }), path);
    expect(problem.received).toEqual(received);
    expect(problem.message).toMatch(message);
  });

  it("rejects a completed review without a completion date", () => {
    const input = clone(peerReview());
    delete input.completedOn;
    expect(expectProblem(safeParsePeerReview(input), "completedOn").message).toMatch(/completed review needs its completion date/);
  });

  it("rejects a completion before the start", () => {
    const problem = expectProblem(safeParsePeerReview({ ...peerReview(), completedOn: "2024-09-01" }), "completedOn");
    expect(problem.message).toBe("completion date 2024-09-01 is before 2024-09-16, when the review started");
  });

  it.each([
    ["an adjusted value equal to the original", { originalValue: "5.0", adjustedValue: 5 }, "adjustedValues[0].adjustedValue", /equals the original value/],
    ["an adjusted value that is not a decimal", { adjustedValue: "NaN" }, "adjustedValues[0].adjustedValue", /not a decimal number/],
    ["an adjustment without a reason", { reason: "" }, "adjustedValues[0].reason", /needs a reason/],
    ["an adjustment for period T-2", { period: "T-2" }, "adjustedValues[0].period", /period is "T-2": use "T"/],
  ])("rejects %s", (_label, change, path, message) => {
    const adjustment = { dataElement: "declarations", period: "T", originalValue: 1, adjustedValue: 2, reason: "recount", ...change };
    expect(expectProblem(safeParsePeerReview({ ...peerReview(), adjustedValues: [adjustment] }), path).message).toMatch(message);
  });

  it("rejects two adjustments of one figure", () => {
    const adjustment = { dataElement: "declarations", period: "T", originalValue: 1, adjustedValue: 2, reason: "recount" };
    const problem = expectProblem(safeParsePeerReview({ ...peerReview(), adjustedValues: [adjustment, { ...adjustment, adjustedValue: 3 }] }), "adjustedValues[1]");
    expect(problem.message).toMatch(/adjusted twice, first at adjustedValues\[0\]/);
  });

  it("throws a ModelValidationError named after the document", () => {
    expect(() => parsePeerReview({})).toThrow(ModelValidationError);
    expect(() => parsePeerReview({})).toThrow(/^Invalid peer review: /);
  });
});

describe("parsePeerReview with a framework", () => {
  const framework = parseFramework(minimalFramework());

  it("accepts a review that fits the framework", () => {
    expect(parsePeerReview(peerReview(), { framework })).toEqual(parsePeerReview(peerReview()));
  });

  it("rejects unknown dimensions, KPIs and data elements", () => {
    const input = {
      ...peerReview(),
      findings: [
        { scope: "dimension", dimension: "RC", text: "Revenue not reviewed.", severity: "observation" },
        { scope: "kpi", kpi: "e_dcl", rating: "confirmed", severity: "observation" },
      ],
      adjustedValues: [{ dataElement: "declaration", period: "T", originalValue: 1, adjustedValue: 2, reason: "recount" }],
    };
    const result = safeParsePeerReview(input, { framework });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem) => [problem.path, problem.code, problem.received])).toEqual([
      ["findings[0].dimension", "unknown-dimension", "RC"],
      ["findings[1].kpi", "unknown-kpi", "e_dcl"],
      ["adjustedValues[0].dataElement", "unknown-data-element", "declaration"],
    ]);
    expect(result.problems[2]?.message).toContain('did you mean "declarations"?');
  });

  it("checks adjusted values like submitted values", () => {
    const adjustedValues = [
      { dataElement: "declarations", period: "T", originalValue: 10, adjustedValue: -1, reason: "typo" },
      { dataElement: "single_window", period: "T", originalValue: 0, adjustedValue: "0.5", reason: "partly in place" },
      { dataElement: "shipments", period: "T-1", originalValue: 10, adjustedValue: 12, reason: "recount" },
    ];
    const result = safeParsePeerReview({ ...peerReview(), adjustedValues }, { framework });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem) => [problem.path, problem.code, problem.received])).toEqual([
      ["adjustedValues[0].adjustedValue", "negative", -1],
      ["adjustedValues[1].adjustedValue", "not-yes-no", "0.5"],
      ["adjustedValues[2].period", "period-not-collected", "T-1"],
    ]);
  });
});
