/** Thrown for input the user must fix; the message names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** The message of anything thrown: an Error's message, else the value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

/**
 * What a reader says of a document version it does not read (a report's `schemaVersion`, a
 * baseline history's `version`): the version it got and the ones it reads, and for a higher one
 * that a newer repro-gate wrote it, so the way out is to upgrade. CONTRIBUTING.md: "Versions".
 */
export function unreadableVersion(field: string, version: number, readable: readonly number[]): string {
  const list = readable.length > 1 ? `${readable.slice(0, -1).join(', ')} and ${readable[readable.length - 1]}` : String(readable[0])
  const reads = `${field} ${version}: this repro-gate reads ${list}`
  return version > Math.max(...readable) ? `${reads}; it was written by a newer repro-gate: upgrade repro-gate to read it` : reads
}
