/**
 * A browser tab over real HTTP (fetch), for specs that run servers on ports: keeps cookies across
 * origins it is pointed at and echoes XSRF-TOKEN as X-XSRF-TOKEN, like Angular.
 */
export class HttpBrowser {
  private readonly cookies = new Map<string, string>();

  async request(method: string, url: string, body?: unknown): Promise<{ status: number; json: () => Promise<unknown>; headers: Headers }> {
    if (method !== 'GET' && !this.cookies.has('XSRF-TOKEN')) {
      await this.request('GET', new URL('/api/v1/health', url).toString());
    }
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (method !== 'GET') {
      headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN') ?? '';
    }
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
    return { status: response.status, json: () => response.json(), headers: response.headers };
  }
}
