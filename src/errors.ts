// The one error type dyad's library throws at its edges (input, options, knowledge files). Its message is one
// line that names the input and the problem; the CLI prints it as it is, without a stack trace.
export class DyadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DyadError';
  }
}
