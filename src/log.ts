/**
 * Where repro-gate's messages go: one port (`Log`) and two adapters, the CLI's stderr (`stderrLog`,
 * here) and the action's `@actions/core` (`actionLog`, in action-log.ts: the CLI never loads the
 * toolkit, which is a megabyte of code to parse at every start). A stage asks for the part it uses
 * (`Pick<Log, 'info' | 'warning'>`), so a test passes a recorder of just that part.
 */

export interface Log {
  debug(message: string): void
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  /** An error annotation on the run's page, with a title. */
  annotate(message: string, title: string): void
}

export type Redact = (text: string) => string
export const asIs: Redact = (text) => text

export const silentLog: Log = { debug: () => {}, info: () => {}, notice: () => {}, warning: () => {}, annotate: () => {} }

/** The CLI's log: one line per message on stderr (stdout carries the report); debug lines only when asked. */
export function stderrLog(stderr: { write(text: string): unknown }, options: { debug?: boolean; redact?: Redact } = {}): Log {
  const redact = options.redact ?? asIs
  const line = (prefix: string, m: string): void => void stderr.write(`${prefix}${redact(m)}\n`)
  return {
    debug: (m) => (options.debug ? line('debug: ', m) : undefined),
    info: (m) => line('', m),
    notice: (m) => line('notice: ', m),
    warning: (m) => line('warning: ', m),
    annotate: (m, title) => line(`error: ${redact(title)}: `, m)
  }
}
