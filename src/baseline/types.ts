/** Placeholder: the baselines work defines the comparison with the default branch here. */
export interface BaselineSection {
  [key: string]: unknown
}
