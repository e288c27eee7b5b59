export type { Statistic, StatisticFailure, StatisticFailureReason } from "./statistic.js";
export { sum, mean, minimum, maximum } from "./basic.js";
export { quantile, median, type QuantileType } from "./quantile.js";
export { standardDeviation, medianAbsoluteDeviation, type DeviationKind } from "./dispersion.js";
export { skewness, kurtosis } from "./shape.js";
export { percentileRank, ranks, type RankMethod, type RankOrder } from "./rank.js";
export { weightedMean, type MeanMethod, type WeightedMeanOptions } from "./means.js";
export { summarize, type Summary, type SummaryOptions } from "./summary.js";
