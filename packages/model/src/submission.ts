import { z } from "zod";
import { DecimalInput } from "./decimal.js";
import { DisclosureLevel } from "./disclosure.js";
import { DataElementId, Id, IsoDateTime, Period } from "./primitives.js";

/** Where a submission is in its lifecycle. */
export const SubmissionStatus = z.enum(["draft", "submitted", "validated", "peer-review-requested", "peer-reviewed"]);
/** Where a submission is in its lifecycle. */
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** One submitted figure: a data element, a period and a decimal value. */
export const DataValue = z.strictObject({
  dataElement: DataElementId,
  period: Period,
  value: DecimalInput,
});
/** One submitted figure. */
export type DataValue = z.infer<typeof DataValue>;

/** A KPI the administration cannot measure, with the reason. It is never counted as zero. */
export const NotApplicableDeclaration = z.strictObject({
  kpi: Id,
  reason: z.string().trim().min(1, { message: "a not-applicable declaration needs a reason, such as \"no AEO programme\"" }),
});

/**
 * An administration's data for one cycle: values per data element and period, KPIs declared not
 * applicable, disclosure choices per KPI, national targets and the lifecycle history.
 */
export const Submission = z
  .strictObject({
    administration: Id,
    cycle: Id,
    values: z.array(DataValue),
    notApplicable: z.array(NotApplicableDeclaration).default([]),
    /** Disclosure level per KPI id; KPIs left out use the framework's default. */
    disclosure: z.record(Id, DisclosureLevel).default({}),
    /** The administration's own target per KPI id, as a decimal. */
    nationalTargets: z.record(Id, DecimalInput).default({}),
    status: SubmissionStatus.default("draft"),
    /** Each status change, oldest first. */
    history: z.array(z.strictObject({ status: SubmissionStatus, at: IsoDateTime })).default([]),
  })
  .superRefine((submission, context) => {
    const seen = new Map<string, number>();
    submission.values.forEach((value, index) => {
      const key = `${value.dataElement}[${value.period}]`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else context.addIssue({ code: "custom", path: ["values", index], message: `${key} is given twice, first at values[${first}]: keep one value per data element and period`, input: value });
    });
    const declared = new Set<string>();
    submission.notApplicable.forEach((declaration, index) => {
      if (declared.has(declaration.kpi)) context.addIssue({ code: "custom", path: ["notApplicable", index, "kpi"], message: `KPI "${declaration.kpi}" is declared not applicable twice`, input: declaration.kpi });
      declared.add(declaration.kpi);
    });
    for (let index = 1; index < submission.history.length; index++) {
      const previous = submission.history[index - 1];
      const current = submission.history[index];
      if (previous !== undefined && current !== undefined && Date.parse(current.at) < Date.parse(previous.at)) {
        context.addIssue({ code: "custom", path: ["history", index, "at"], message: `history must be oldest first, but ${current.at} is before ${previous.at}`, input: current.at });
      }
    }
  });
/** An administration's data for one cycle. */
export type Submission = z.infer<typeof Submission>;
/** A submission as written in a JSON document. */
export type SubmissionInput = z.input<typeof Submission>;
