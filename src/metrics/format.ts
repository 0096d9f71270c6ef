/**
 * A deviation or tolerance bound as a reviewer reads it: three significant digits, exponent form
 * when tiny or huge. Lives with the metrics so every later stage (vary, report) shares one format.
 */
export function formatDeviation(v: number): string {
  if (!Number.isFinite(v)) return String(v)
  if (v === 0) return '0'
  const a = Math.abs(v)
  if (a < 1e-3 || a >= 1e6) {
    const [mantissa, exponent] = v.toExponential(2).split('e')
    return `${String(Number(mantissa))}e${exponent?.replace('+', '')}`
  }
  return String(Number(v.toPrecision(3)))
}
