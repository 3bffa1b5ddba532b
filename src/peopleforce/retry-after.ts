/**
 * Seconds to wait from a `Retry-After` header, which is either delta-seconds ("2") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT", RFC 9110 §10.2.3; it always starts with a day name). Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  if (!/^[A-Za-z]{3}/.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
