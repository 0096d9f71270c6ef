/** The report schema compiled by ajv (standalone); `errors` holds the first problem after a failed call. */
declare const validate: {
  (data: unknown): boolean
  errors?: { instancePath: string; message?: string }[] | null
}
export default validate
