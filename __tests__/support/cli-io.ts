import type { CliIO } from '../../src/cli/io.js'

/** A CLI I/O port that records: what went to stdout and stderr, and the questions asked. */
export interface RecordedIO extends CliIO {
  /** Everything written to stdout so far. */
  readonly stdout: string
  /** Everything written to stderr so far, the questions included (as a person would see them). */
  readonly stderr: string
  /** The questions asked, in order. */
  readonly questions: string[]
}

/**
 * A recorder in place of the process's streams. `tty`: whether there is a terminal to ask on;
 * `answers`: the lines typed at each prompt, in order ('' once they run out, as when stdin ends).
 */
export function recordIO(options: { tty?: boolean; answers?: string[] } = {}): RecordedIO {
  let stdout = ''
  let stderr = ''
  const questions: string[] = []
  const answers = [...(options.answers ?? [])]
  return {
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    isTTY: options.tty ?? false,
    prompt: async (question) => {
      questions.push(question)
      stderr += question
      return answers.shift() ?? ''
    },
    get stdout() {
      return stdout
    },
    get stderr() {
      return stderr
    },
    questions
  }
}
