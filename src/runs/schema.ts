/** JSON Schema fragments of what the runs stage adds to the report: the files section, containment and leftovers. */

const sha256 = { type: 'string', pattern: '^([0-9a-f]{64})?$' }

export const workspaceFilesSchema = {
  type: 'object',
  description:
    "Where the experiment's files are after the gate: run 1's outputs back in the working directory, each run's copies, the inputs and what could not be put back.",
  required: ['inWorkspace', 'copies', 'inputs', 'warnings'],
  additionalProperties: false,
  properties: {
    inWorkspace: {
      type: 'array',
      items: { type: 'string' },
      description: "Run 1's metrics file and artifacts in the working directory with run 1's bytes (relative paths)."
    },
    copies: {
      type: 'array',
      items: {
        type: 'object',
        required: ['run', 'folder'],
        additionalProperties: false,
        properties: { run: { type: 'integer', minimum: 1 }, folder: { type: 'string' } }
      }
    },
    inputs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'sha256', 'bytes', 'saved', 'after'],
        additionalProperties: false,
        properties: {
          path: { type: 'string' },
          sha256,
          bytes: { type: 'integer', minimum: 0 },
          link: { type: 'string' },
          saved: { type: 'string' },
          after: { enum: ['before', 'run 1', 'unverified'] }
        }
      }
    },
    warnings: { type: 'array', items: { type: 'string' } }
  }
}

export const containmentSchema = {
  type: 'object',
  description: 'How the runs were kept from outliving the gate (and, isolated, from reaching it).',
  required: ['method', 'via', 'isolated', 'user', 'rootCanEscape', 'note'],
  additionalProperties: false,
  properties: {
    method: { enum: ['pid-namespace', 'tracking'] },
    via: { enum: ['unshare', 'sudo', 'user-namespace', null] },
    isolated: { type: 'boolean' },
    user: { type: ['string', 'null'] },
    rootCanEscape: { type: 'boolean' },
    note: { type: 'string' }
  }
}

export const leftoversSchema = {
  type: 'object',
  description: 'Processes still running when the run’s main process exited, ended with its PID namespace.',
  required: ['count', 'processes'],
  additionalProperties: false,
  properties: {
    count: { type: 'integer', minimum: 0 },
    processes: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['name', 'command'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, command: { type: 'string' } }
      }
    }
  }
}
