// Type tests: checked by `tsc -p packages/model/tsconfig.json`, not run by vitest.
import { expectTypeOf } from "vitest";
import {
  checkDataValue,
  compareDecimalStrings,
  parseFramework,
  parsePeerReview,
  parseSubmission,
  safeParseSubmission,
  type DataValueProblem,
  type DecimalString,
  type Framework,
  type FrameworkInput,
  type KpiResult,
  type KpiStatus,
  type PeerReview,
  type PeerReviewFinding,
  type SafeParseResult,
  type Submission,
  type SubmissionInput,
} from "../src/index.js";

// Parsed decimals are strings; on input they may also be numbers.
expectTypeOf<Submission["values"][number]["value"]>().toEqualTypeOf<string>();
expectTypeOf<SubmissionInput["values"][number]["value"]>().toEqualTypeOf<string | number>();
expectTypeOf<DecimalString>().toEqualTypeOf<string>();

// Defaults make fields optional on input and required on output.
expectTypeOf<Framework["periods"]>().toEqualTypeOf<("T" | "T-1")[]>();
expectTypeOf<FrameworkInput["periods"]>().toEqualTypeOf<("T" | "T-1")[] | undefined>();
expectTypeOf<Framework["kpis"][number]["weight"]>().toEqualTypeOf<string>();
expectTypeOf<Framework["kpis"][number]["formula"]>().toEqualTypeOf<string | undefined>();

// Parsers take unknown input and return the parsed type.
expectTypeOf(parseFramework).parameter(0).toEqualTypeOf<unknown>();
expectTypeOf(parseFramework).returns.toEqualTypeOf<Framework>();
expectTypeOf(parseSubmission).returns.toEqualTypeOf<Submission>();
expectTypeOf(parsePeerReview).returns.toEqualTypeOf<PeerReview>();
expectTypeOf(safeParseSubmission).returns.toEqualTypeOf<SafeParseResult<Submission>>();
expectTypeOf(parseSubmission).toBeCallableWith({}, { framework: undefined });

// Unions narrow on their discriminant.
expectTypeOf<KpiStatus>().toEqualTypeOf<"value" | "not-applicable" | "missing-data" | "undefined" | "invalid">();
expectTypeOf<Extract<KpiResult, { status: "value" }>["value"]>().toEqualTypeOf<string>();
expectTypeOf<Extract<PeerReviewFinding, { scope: "kpi" }>["kpi"]>().toEqualTypeOf<string>();
expectTypeOf<PeerReview["reviewers"][number]["role"]>().toEqualTypeOf<"peer-reviewer" | "diagnostic-facilitator" | "wco-secretariat">();

// Checks return literal codes.
expectTypeOf(checkDataValue).returns.toEqualTypeOf<DataValueProblem[]>();
expectTypeOf<DataValueProblem["code"]>().toEqualTypeOf<
  "negative" | "not-integer" | "not-yes-no" | "share-out-of-range" | "below-minimum" | "above-maximum" | "period-not-collected"
>();
expectTypeOf(compareDecimalStrings).returns.toEqualTypeOf<-1 | 0 | 1>();
