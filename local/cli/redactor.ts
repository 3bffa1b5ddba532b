/**
 * The last guard before anything reaches the terminal: every known secret is replaced wherever it appears, so
 * an API token never shows up in output or logs even if some message quoted it. Short values are left alone:
 * redacting "ab" would mangle ordinary text and protect nothing.
 */
const MIN_SECRET_LENGTH = 4;
export const REDACTED = '[redacted]';

export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: readonly string[]) {
    // Longest first, so that a secret containing another is replaced whole.
    this.secrets = [...new Set(secrets)]
      .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
      .sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    return this.secrets.reduce((clean, secret) => clean.split(secret).join(REDACTED), text);
  }
}
