/** Statistics the factors share: rate intervals, proportion tests, robust trends, rank correlation. */
export { type RateInterval, twoProportionTest, twoSidedP, wilson } from "./proportions";
export { spearman, type Trend, theilSen } from "./trend";
