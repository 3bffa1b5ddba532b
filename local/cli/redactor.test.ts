import { REDACTED, Redactor } from './redactor';

describe('Redactor', () => {
  it('replaces every occurrence of each secret', () => {
    const redactor = new Redactor(['s3cr3t-token']);
    expect(redactor.redact('token s3cr3t-token, again s3cr3t-token')).toBe(
      `token ${REDACTED}, again ${REDACTED}`,
    );
  });

  it('replaces a longer secret whole even when it contains a shorter one', () => {
    const redactor = new Redactor(['abcd', 'abcd-efgh']);
    expect(redactor.redact('x abcd-efgh y abcd')).toBe(`x ${REDACTED} y ${REDACTED}`);
  });

  it('leaves values too short to be secrets alone', () => {
    expect(new Redactor(['ab', '']).redact('about a tab')).toBe('about a tab');
  });
});
