/** One HTTP answer of the API, its body read as text and parsed as JSON (null when empty). */
export interface Answer {
  status: number;
  headers: Headers;
  // Bodies are checked with schemas or asserts before use.
  body: any;
  text: string;
}

export async function fetchAnswer(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null, text };
}
