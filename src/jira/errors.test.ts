import {
  JiraError,
  JiraNotFoundError,
  isRetryableStatus,
  jiraErrorFromResponse,
  parseErrorBody,
} from './errors';

const where = { method: 'POST', path: '/rest/api/3/issue' };

describe('jiraErrorFromResponse', () => {
  it('names every field in error and Jira’s general messages', () => {
    const body = JSON.stringify({
      errorMessages: ['Something general.'],
      errors: {
        summary: 'You must specify a summary of the issue.',
        customfield_10050: "Option id '9' is not valid",
      },
    });
    const error = jiraErrorFromResponse(where, 400, body);
    expect(error.message).toBe(
      'Jira POST /rest/api/3/issue failed with 400: summary: You must specify a summary of the issue.; ' +
        "customfield_10050: Option id '9' is not valid; Something general.",
    );
    expect(error.errors).toEqual({
      summary: 'You must specify a summary of the issue.',
      customfield_10050: "Option id '9' is not valid",
    });
    expect(error.retryable).toBe(false);
  });

  it('makes 404 a JiraNotFoundError that is still a JiraError', () => {
    const error = jiraErrorFromResponse(
      { method: 'GET', path: '/rest/api/3/issue/HR-9' },
      404,
      '{"errorMessages":["Issue does not exist or you do not have permission to see it."]}',
    );
    expect(error).toBeInstanceOf(JiraNotFoundError);
    expect(error).toBeInstanceOf(JiraError);
    expect(error.errorMessages).toEqual(['Issue does not exist or you do not have permission to see it.']);
  });

  it('carries the retry hint and says it in the message', () => {
    const error = jiraErrorFromResponse(where, 429, '{"errorMessages":["Rate limit exceeded."]}', 30);
    expect(error.retryable).toBe(true);
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toMatch(/429: Rate limit exceeded\. \(retry after 30s\)$/);
  });

  it('keeps a readable message when the body is not JSON', () => {
    const error = jiraErrorFromResponse(where, 502, '<html>Bad gateway</html>');
    expect(error.message).toBe('Jira POST /rest/api/3/issue failed with 502');
    expect(error.retryable).toBe(true);
  });
});

describe('parseErrorBody', () => {
  it.each([
    ['{"message":"Authentication failed"}', { errorMessages: ['Authentication failed'], errors: {} }],
    ['{"errorMessages":[],"errors":{"count":3}}', { errorMessages: [], errors: { count: '3' } }],
    ['{"errorMessages":"not a list"}', { errorMessages: [], errors: {} }],
    ['', { errorMessages: [], errors: {} }],
  ])('reads %p tolerantly', (text, expected) => {
    expect(parseErrorBody(text)).toEqual(expected);
  });
});

describe('isRetryableStatus', () => {
  it.each([
    [0, true],
    [429, true],
    [503, true],
    [500, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
  ])('status %p retryable: %p', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
