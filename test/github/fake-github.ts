// A small GitHub REST server on 127.0.0.1 for tests: file contents at a ref, labels, issue comments, check runs; it records every request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { GitHubApi } from '../../src/github/api.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: any;
  authorization?: string;
  accept?: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion?: string;
  output: { title?: string; summary?: string; annotations?: any[] };
  /** Every annotation sent, over the create and all updates. */
  annotations: any[];
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** `${ref}:${path}` → file text. */
  readonly files = new Map<string, string>();
  readonly labels = new Map<number, string[]>();
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  /**
   * Status to answer for a route key ("createComment", "updateComment", "listComments", "getContent", "listLabels",
   * "createCheckRun"), e.g. 403, or "reset" to destroy the connection without an answer.
   */
  readonly failures = new Map<string, number | 'reset'>();
  /** The login GET /user answers; undefined answers 403 as GitHub does for the GITHUB_TOKEN and app installation tokens. */
  viewer: string | undefined;
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err) => this.send(res, 500, { message: String(err) }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Adds `n` unrelated comments (to prove that the marker is searched over every page). */
  addNoise(issue: number, n: number): void {
    for (let i = 0; i < n; i++) this.comments.push({ id: this.nextId++, issue, body: `noise ${i}`, user: 'someone' });
  }

  addComment(issue: number, body: string, user = 'github-actions[bot]'): FakeComment {
    const c = { id: this.nextId++, issue, body, user };
    this.comments.push(c);
    return c;
  }

  requestsTo(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers });
    res.end(text);
  }

  private failed(key: string, res: ServerResponse): boolean {
    const status = this.failures.get(key);
    if (status === undefined) return false;
    if (status === 'reset') {
      res.socket?.destroy();
      return true;
    }
    this.send(res, status, { message: status === 403 ? 'Resource not accessible by integration' : `failure ${status}` });
    return true;
  }

  private paginate<T>(res: ServerResponse, items: T[], url: URL): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    this.send(res, 200, slice, headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? JSON.parse(raw) : undefined;
    const path = decodeURIComponent(url.pathname);
    this.requests.push({
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    const m = (re: RegExp) => re.exec(path);
    let match: RegExpExecArray | null;

    if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      if (this.failed('getContent', res)) return;
      const ref = url.searchParams.get('ref') ?? 'HEAD';
      const text = this.files.get(`${ref}:${match[1]}`);
      if (text === undefined) return this.send(res, 404, { message: 'Not Found' });
      if (String(req.headers.accept ?? '').includes('raw')) return this.send(res, 200, text);
      return this.send(res, 200, { type: 'file', path: match[1], encoding: 'base64', content: Buffer.from(text).toString('base64') });
    }
    if (req.method === 'GET' && path === '/user') {
      if (this.viewer === undefined) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, 200, { login: this.viewer, type: 'User' });
    }
    if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/))) {
      if (this.failed('listLabels', res)) return;
      return this.paginate(
        res,
        (this.labels.get(Number(match[1])) ?? []).map((name, i) => ({ id: i + 1, name })),
        url,
      );
    }
    if (req.method === 'GET' && (match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      if (this.failed('listComments', res)) return;
      const issue = Number(match[1]);
      // A `[bot]` login is a bot account writing through its app, as GitHub shows the GITHUB_TOKEN's comments.
      const list = this.comments
        .filter((c) => c.issue === issue)
        .map((c) => {
          const app = /^(.+)\[bot\]$/.exec(c.user)?.[1];
          const user = { login: c.user, type: app ? 'Bot' : 'User' };
          return { id: c.id, body: c.body, user, ...(app ? { performed_via_github_app: { slug: app } } : {}) };
        });
      return this.paginate(res, list, url);
    }
    if (req.method === 'POST' && (match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      if (this.failed('createComment', res)) return;
      if (typeof body?.body === 'string' && body.body.length > 65_536)
        return this.send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
      const c = this.addComment(Number(match[1]), body.body, this.viewer);
      return this.send(res, 201, { id: c.id, body: c.body, user: { login: c.user } });
    }
    if (req.method === 'PATCH' && (match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      if (this.failed('updateComment', res)) return;
      const c = this.comments.find((x) => x.id === Number(match![1]));
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      if (typeof body?.body === 'string' && body.body.length > 65_536)
        return this.send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' });
      c.body = body.body;
      return this.send(res, 200, { id: c.id, body: c.body, user: { login: c.user } });
    }
    if (req.method === 'POST' && m(/^\/repos\/[^/]+\/[^/]+\/check-runs$/)) {
      if (this.failed('createCheckRun', res)) return;
      const annotations = body.output?.annotations ?? [];
      if (annotations.length > 50) return this.send(res, 422, { message: 'Only 50 annotations are allowed per request' });
      const run: FakeCheckRun = {
        id: this.nextId++,
        name: body.name,
        head_sha: body.head_sha,
        conclusion: body.conclusion,
        output: body.output ?? {},
        annotations: [...annotations],
      };
      this.checkRuns.push(run);
      return this.send(res, 201, { id: run.id });
    }
    if (req.method === 'PATCH' && (match = m(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/))) {
      const run = this.checkRuns.find((r) => r.id === Number(match![1]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      const annotations = body.output?.annotations ?? [];
      if (annotations.length > 50) return this.send(res, 422, { message: 'Only 50 annotations are allowed per request' });
      run.annotations.push(...annotations);
      run.output = { ...run.output, ...body.output };
      return this.send(res, 200, { id: run.id });
    }
    this.send(res, 404, { message: `fake GitHub has no route for ${req.method} ${path}` });
  }
}

/** Starts a FakeGitHub for the enclosing describe block and a GitHubApi client pointed at it (acme/weather). */
export function useFakeGitHub(token = 'test-token'): { gh: FakeGitHub; api: () => GitHubApi } {
  const gh = new FakeGitHub();
  let api: GitHubApi | undefined;
  beforeAll(async () => {
    await gh.start();
    api = new GitHubApi(token, 'acme', 'weather', gh.url);
  });
  afterAll(() => gh.stop());
  return { gh, api: () => api! };
}
