// Types for the two systeminformation modules the hardware probe loads directly. Importing the
// package's index loads all of its ~25 modules (~0.8 MB of code) for the three calls we make.
declare module 'systeminformation/lib/cpu.js' {
  import type { Systeminformation } from 'systeminformation'
  const cpuModule: {
    cpu(): Promise<Systeminformation.CpuData>
    cpuFlags(): Promise<string>
  }
  export default cpuModule
}

declare module 'systeminformation/lib/memory.js' {
  import type { Systeminformation } from 'systeminformation'
  const memoryModule: { mem(): Promise<Systeminformation.MemData> }
  export default memoryModule
}
