// One pull-request comment per server, found again by its first line (a hidden marker) among the token's own comments and edited in place.
import { cutMarkdown } from '../report/cut.js';
import { httpStatus, type GitHubApi, type IssueComment } from './api.js';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** Characters a server key keeps as they are in its marker; every other one is percent-encoded (UTF-8 bytes). */
const MARKER_LITERAL = /^[A-Za-z0-9._/@+-]$/;

function percentEncode(ch: string): string {
  const unit = ch.charCodeAt(0);
  // A lone surrogate has no UTF-8 form (it would become U+FFFD and merge with others): `%uD800`, which no byte escape is.
  if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff) return `%u${unit.toString(16).toUpperCase()}`;
  return [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * A server key as marker text: percent-encoding, so two keys never share a marker (`a b` is `a%20b`, `a_b` stays
 * `a_b`), and a `-` right after a `-` is encoded too, so the text never holds `--` and cannot close the HTML comment.
 */
export function encodeMarkerKey(key: string): string {
  let out = '';
  let previous = '';
  for (const ch of key) {
    out += MARKER_LITERAL.test(ch) && !(ch === '-' && previous === '-') ? ch : percentEncode(ch);
    previous = ch;
  }
  return out;
}

/** The hidden marker that identifies this server's comment: always the comment's whole first line. */
export function commentMarker(key: string): string {
  return `<!-- mcp-contract:${encodeMarkerKey(key)} -->`;
}

/**
 * The comment is this server's report: its first line is exactly the marker. Catalog text inside a report (a tool
 * named after another server's marker) never stands on the first line, so it cannot make another server's comment.
 */
export function carriesMarker(comment: Pick<IssueComment, 'body'>, marker: string): boolean {
  const nl = comment.body.indexOf('\n');
  return (nl === -1 ? comment.body : comment.body.slice(0, nl)).replace(/\r$/, '') === marker;
}

/** The GITHUB_TOKEN's author on every repository. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The comment was written by the token's own identity: its login when GitHub names it (GET /user, for a personal
 * token). Otherwise (the GITHUB_TOKEN, a GitHub App installation token) only a bot account writing through its own
 * app qualifies: `github-actions[bot]`, or `<slug>[bot]` via the app `<slug>`. No person can author such a comment.
 */
export function writtenByToken(comment: IssueComment, login: string | undefined): boolean {
  if (login !== undefined) return comment.user === login;
  if (comment.user === ACTIONS_BOT) return true;
  return comment.userType === 'Bot' && comment.viaApp !== undefined && comment.user === `${comment.viaApp}[bot]`;
}

/** Puts the marker first and keeps the whole body under GitHub's limit (cutting at a line when it must). */
export function commentBody(key: string, markdown: string, pointer = 'The full report is in the job summary.'): string {
  const marker = commentMarker(key);
  return cutMarkdown(`${marker}\n${markdown}`, COMMENT_LIMIT, `\n\n…\n\n**Report truncated:** ${pointer}\n`, { keep: marker.length });
}

export type UpsertResult =
  { action: 'created' | 'updated'; id: number } | { action: 'skipped' } | { action: 'forbidden'; status: number; message: string };

/**
 * Creates or updates the token's own comment whose first line is `key`'s marker; a comment by anyone else is never
 * edited, whatever it says. The whole comment list is paginated, so an old comment is found on busy pull requests.
 * A 403/404 from a read-only token (fork pull requests) is returned as `forbidden` for the caller to warn about once;
 * other errors propagate.
 * With `createIfMissing: false`, nothing is posted unless a comment already exists.
 */
export async function upsertStickyComment(
  api: GitHubApi,
  issue: number,
  key: string,
  body: string,
  opts: { createIfMissing?: boolean } = {},
): Promise<UpsertResult> {
  const marker = commentMarker(key);
  try {
    const candidates = (await api.listIssueComments(issue)).filter((c) => carriesMarker(c, marker));
    // Who the token is matters only when some comment carries the marker (asked once per client).
    const login = candidates.length ? await api.authenticatedLogin() : undefined;
    const existing = candidates.find((c) => writtenByToken(c, login));
    if (existing) {
      await api.updateIssueComment(existing.id, body);
      return { action: 'updated', id: existing.id };
    }
    if (opts.createIfMissing === false) return { action: 'skipped' };
    return { action: 'created', id: await api.createIssueComment(issue, body) };
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) return { action: 'forbidden', status, message: (err as Error).message };
    throw err;
  }
}
