/** A JQL query Jira rejects; `message` is the text Jira puts in `errorMessages`. */
export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

export function syntaxError(problem: string, position: number): JqlError {
  return new JqlError(`Error in the JQL Query: ${problem} (line 1, character ${position})`);
}
