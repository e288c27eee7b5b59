/** The settings of one synthetic cycle: its dates and the shape of its participation. */
export interface CycleSpec {
  id: string;
  launchYear: number;
  reportingYear: number;
  opens: string;
  closes: string;
  /** Administrations that submit data. */
  participants: number;
  /** Of those, how many also took part in the previous cycle (0 for the first cycle). */
  returning: number;
  /** Participants that report the data for the share of e-commerce shipments. */
  ecommerceReporters: number;
  /** Mean rate of electronic declarations over the participants, in percent, as a decimal string. */
  meanElectronicRate: string;
  /** How much the hidden capacity of every administration has grown since the first cycle. */
  capacityGain: number;
}

/**
 * The two synthetic cycles. The first matches the published figures of the first PMM cycle:
 * launched on 5 December 2023 for the reporting year 2022, 62 participants, a mean rate of
 * electronic declarations of 98.1 % and 24 administrations reporting e-commerce shipments. The
 * closing dates and everything about the second cycle except its opening are assumptions.
 */
export const CYCLE_SPECS: readonly CycleSpec[] = [
  {
    id: "pmm-2023",
    launchYear: 2023,
    reportingYear: 2022,
    opens: "2023-12-05",
    closes: "2024-03-29",
    participants: 62,
    returning: 0,
    ecommerceReporters: 24,
    meanElectronicRate: "98.1",
    capacityGain: 0,
  },
  {
    id: "pmm-2025",
    launchYear: 2025,
    reportingYear: 2024,
    opens: "2025-12-01",
    closes: "2026-03-31",
    participants: 90,
    returning: 54,
    ecommerceReporters: 41,
    meanElectronicRate: "98.4",
    capacityGain: 0.03,
  },
];
