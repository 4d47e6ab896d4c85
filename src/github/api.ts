// The few GitHub REST calls the Action makes (file at a ref, labels, issue comments, check runs), over Octokit.
import { getOctokit } from '@actions/github';

export interface IssueComment {
  id: number;
  body: string;
  /** The author's login. */
  user?: string;
  /** The author's account type: "User", "Bot", "Organization". */
  userType?: string;
  /** The slug of the GitHub App the comment was written through, if any (`performed_via_github_app`). */
  viaApp?: string;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
}

/** HTTP status of an Octokit error, or undefined for network and other failures. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

export class GitHubApi {
  private readonly octokit: ReturnType<typeof getOctokit>;
  private login?: Promise<string | undefined>;

  constructor(
    token: string,
    readonly owner: string,
    readonly repo: string,
    baseUrl: string,
  ) {
    this.octokit = getOctokit(token, { baseUrl, request: { retries: 0 } });
  }

  /** The file's text at `ref`, or null when it does not exist there (404). */
  async getFileAtRef(path: string, ref: string): Promise<string | null> {
    try {
      const res = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.owner,
        repo: this.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
      });
      const data: unknown = res.data;
      if (typeof data === 'string') return data;
      if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
      const obj = data as { content?: string; encoding?: string; type?: string };
      if (obj && obj.type && obj.type !== 'file') return null;
      if (obj && typeof obj.content === 'string')
        return Buffer.from(obj.content, (obj.encoding as BufferEncoding) || 'base64').toString('utf8');
      return JSON.stringify(data);
    } catch (err) {
      if (httpStatus(err) === 404) return null;
      throw err;
    }
  }

  /**
   * The login the token acts as (GET /user), asked once per client; undefined when GitHub does not say, as for the
   * GITHUB_TOKEN and GitHub App installation tokens ("Resource not accessible by integration") or on any failure.
   */
  authenticatedLogin(): Promise<string | undefined> {
    this.login ??= this.octokit.request('GET /user').then(
      (res) => (typeof res.data?.login === 'string' ? res.data.login : undefined),
      () => undefined,
    );
    return this.login;
  }

  async listIssueLabels(issue: number): Promise<string[]> {
    const labels = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issue,
      per_page: 100,
    });
    return labels.map((l) => l.name);
  }

  async listIssueComments(issue: number): Promise<IssueComment[]> {
    const comments = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issue,
      per_page: 100,
    });
    return comments.map((c) => ({
      id: c.id,
      body: c.body ?? '',
      ...(c.user?.login ? { user: c.user.login, userType: c.user.type } : {}),
      ...(c.performed_via_github_app?.slug ? { viaApp: c.performed_via_github_app.slug } : {}),
    }));
  }

  async createIssueComment(issue: number, body: string): Promise<number> {
    const res = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: this.owner,
      repo: this.repo,
      issue_number: issue,
      body,
    });
    return Number(res.data.id);
  }

  async updateIssueComment(id: number, body: string): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: this.owner,
      repo: this.repo,
      comment_id: id,
      body,
    });
  }

  async createCheckRun(run: {
    name: string;
    headSha: string;
    conclusion: 'success' | 'failure' | 'neutral';
    output: CheckOutput;
    detailsUrl?: string;
  }): Promise<number> {
    const res = await this.octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: this.owner,
      repo: this.repo,
      name: run.name,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: run.conclusion,
      output: run.output,
      ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    });
    return Number(res.data.id);
  }

  async updateCheckRun(id: number, output: CheckOutput): Promise<void> {
    await this.octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      owner: this.owner,
      repo: this.repo,
      check_run_id: id,
      output,
    });
  }
}
