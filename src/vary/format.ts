/** A deviation as a reviewer reads it: 3 significant digits, exponent for the very small or large (as the report renders it; this stage runs before the report, so it cannot import the renderer). */
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
