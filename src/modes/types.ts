/** Placeholder: the matrix compare mode defines its per-leg section here. */
export interface LegsSection {
  [key: string]: unknown
}
