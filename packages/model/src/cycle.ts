import { z } from "zod";
import { Id, IsoDate, Year } from "./primitives.js";

/**
 * An assessment cycle, named by its launch year. Data refer to the reporting year T, which is
 * usually the launch year minus one (the 2023 cycle collected data for 2022); T-1 is the year
 * before T.
 */
export const Cycle = z
  .strictObject({
    id: Id,
    launchYear: Year,
    reportingYear: Year,
    framework: z.strictObject({ id: Id, version: z.string().min(1) }),
    opens: IsoDate,
    closes: IsoDate,
  })
  .superRefine((cycle, context) => {
    if (cycle.reportingYear > cycle.launchYear) {
      context.addIssue({ code: "custom", path: ["reportingYear"], message: `reporting year ${cycle.reportingYear} is after launch year ${cycle.launchYear}: data must refer to a year that has ended`, input: cycle.reportingYear });
    }
    if (cycle.closes < cycle.opens) {
      context.addIssue({ code: "custom", path: ["closes"], message: `closing date ${cycle.closes} is before opening date ${cycle.opens}`, input: cycle.closes });
    }
  });
/** An assessment cycle. */
export type Cycle = z.infer<typeof Cycle>;
