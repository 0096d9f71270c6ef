/** Thrown for input the user must fix; the message names the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
