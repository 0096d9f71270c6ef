// jest.config.js with scripts/test-profile/cpu-setup.mjs in every project (scripts/test-profile.mjs).
import path from 'node:path'
import config from '../../jest.config.js'

const rootDir = path.resolve(import.meta.dirname, '../..')
const setup = path.join(import.meta.dirname, 'cpu-setup.mjs')

export default {
  ...config,
  rootDir,
  projects: config.projects.map((project) => ({ ...project, rootDir, setupFilesAfterEnv: [...(project.setupFilesAfterEnv ?? []), setup] }))
}
