// STUB — the provenance work replaces this body; keep the signatures.

/** Replaces secrets in everything the gate writes (report, summary, comment, outputs, logs). */
export interface Redactor {
  /** Redacts one string. */
  text(value: string): string
  /** Returns a deep copy with every string (keys included) redacted. */
  deep<T>(value: T): T
}

/** Builds the redactor from the environment: values of secret-looking variables plus credential shapes. */
export function createRedactor(env: NodeJS.ProcessEnv = process.env): Redactor {
  void env
  return { text: (v) => v, deep: (v) => v }
}
