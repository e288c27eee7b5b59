export { benchmarkMeasures, type BenchmarkInput } from "./benchmark-measures.js";
export { measureId, type MeasureInput, type Observation } from "./measures.js";
export { DEFAULT_PUBLICATION_MINIMUM, MINIMUM_HIDDEN_VALUES, type BenchmarkOptions } from "./options.js";
export { isPeerGroupMember, peerGroupId, peerGroupLabel, resolvePeerGroups, standardPeerGroups } from "./peer-groups.js";
export { benchmarkCycle, type BenchmarkCycleInput } from "./benchmark-cycle.js";
export { cycleMeasures, type CycleResults, type DisclosureChoices } from "./cycle-measures.js";
