/** The action's adapter of the `Log` port (see log.ts): kept apart so the CLI never loads `@actions/core`. */
import * as core from '@actions/core'
import { asIs, type Log, type Redact } from './log.js'

/** The action's log: `@actions/core` messages and annotations, each redacted first. */
export function actionLog(redact: Redact = asIs): Log {
  return {
    debug: (m) => core.debug(redact(m)),
    info: (m) => core.info(redact(m)),
    notice: (m) => core.notice(redact(m)),
    warning: (m) => core.warning(redact(m)),
    annotate: (m, title) => core.error(redact(m), { title: redact(title) })
  }
}
