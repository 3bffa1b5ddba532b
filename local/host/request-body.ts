/** The body of a fetch-style request as text (the SDK packages send strings; other body kinds are read out). */
export async function requestBodyText(init: RequestInit | undefined): Promise<string | undefined> {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  return new Response(body).text();
}
