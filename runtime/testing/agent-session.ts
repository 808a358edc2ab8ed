/** A signed-in person's calls to a test runtime: the session cookie and the CSRF token, as the browser sends them. */
export interface AgentSession {
  call: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;
}

export async function signIn(url: string, email: string, password: string): Promise<AgentSession> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`signing in ${email}: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const headers = { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return {
    call: async (method, path, body) => {
      const answer = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await answer.text();
      return { status: answer.status, body: text ? JSON.parse(text) : undefined };
    },
  };
}
