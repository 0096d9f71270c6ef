/**
 * The CLI's one way to talk to a person, passed to every subcommand: `out` is stdout (the result:
 * what a pipe or a redirect gets), `err` is stderr (progress, the runs' output, messages), `isTTY`
 * says whether there is a terminal to ask on, and `prompt` asks there. The process wires it to its
 * own streams (`streamIO`); a test passes a recorder (`__tests__/support/cli-io.ts`).
 */

export interface CliIO {
  /** Writes to stdout. */
  out(text: string): void
  /** Writes to stderr. */
  err(text: string): void
  /** True when stdin is a terminal a person can answer on. */
  readonly isTTY: boolean
  /** Asks on stderr and resolves to the next line read from stdin ('' when stdin ends first). */
  prompt(question: string): Promise<string>
}

/** What a subcommand runs with besides its I/O: the environment, Ctrl-C, the folder it runs in. */
export interface CliContext {
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv
  /** Aborted on SIGINT/SIGTERM: the runs' process trees are ended and the report still written. */
  signal?: AbortSignal
  /** Where relative paths resolve; default: the current directory. */
  cwd?: string
}

/** Reads one line from a stream; '' when it ends first. */
async function readLine(input: NodeJS.ReadableStream): Promise<string> {
  // Loaded when asked for: a gate run never prompts, and readline is a few modules to load.
  const { createInterface } = await import('node:readline')
  const rl = createInterface({ input, terminal: false })
  try {
    return await new Promise<string>((resolve) => {
      rl.once('line', (line) => resolve(line))
      rl.once('close', () => resolve(''))
    })
  } finally {
    rl.close()
  }
}

/**
 * Writes to a stream whose reader may go away: `repro-gate schema | head -1` closes the pipe after
 * one line. A closed pipe (EPIPE) is the reader saying it has read enough, as for every CLI, so
 * writes stop quietly and the command ends with its own exit code; the gate still finishes its
 * runs and writes its report. Node ignores SIGPIPE: without a listener the EPIPE would be thrown.
 */
function quietWhenClosed(stream: NodeJS.WritableStream): (text: string) => void {
  let closed = false
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true
    else throw err
  })
  return (text) => {
    if (!closed) stream.write(text)
  }
}

/** The port over real streams (the process's, by default). stdin is read only when a prompt asks. */
export function streamIO(
  streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream & { isTTY?: boolean } } = process
): CliIO {
  const { stdout, stderr, stdin } = streams
  return {
    out: quietWhenClosed(stdout),
    err: quietWhenClosed(stderr),
    isTTY: Boolean(stdin?.isTTY),
    prompt: async (question) => {
      stderr.write(question)
      return stdin ? readLine(stdin) : ''
    }
  }
}
