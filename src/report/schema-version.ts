/**
 * 2: metrics stored compactly (see stored.ts); 1 is still read. The in-memory report is the same
 * for both: every reader sees every field.
 */
export const SCHEMA_VERSION = 2
