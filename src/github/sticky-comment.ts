// One pull-request comment per server, found again by a hidden marker and edited in place on every run.
import { httpStatus, type GitHubApi } from './api.js';

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** The hidden marker that identifies this server's comment; the key is sanitised so it cannot close the HTML comment. */
export function commentMarker(key: string): string {
  const safe = key.replace(/[^A-Za-z0-9._/@+-]/g, '_').replace(/-{2,}/g, '-');
  return `<!-- mcp-contract:${safe} -->`;
}

/** Puts the marker first and keeps the whole body under GitHub's limit (cutting at a line when it must). */
export function commentBody(key: string, markdown: string, pointer = 'The full report is in the job summary.'): string {
  const marker = commentMarker(key);
  const full = `${marker}\n${markdown}`;
  if (full.length <= COMMENT_LIMIT) return full;
  const tail = `\n\n…\n\n**Report truncated:** ${pointer}\n`;
  let cut = full.slice(0, COMMENT_LIMIT - tail.length);
  const nl = cut.lastIndexOf('\n');
  if (nl > marker.length) cut = cut.slice(0, nl);
  // An unbalanced code fence would swallow the pointer; close it.
  if ((cut.match(/^\s*```/gm) ?? []).length % 2 === 1) cut += '\n```';
  if ((cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length) cut += '\n</details>';
  return (cut + tail).slice(0, COMMENT_LIMIT);
}

export type UpsertResult =
  { action: 'created' | 'updated'; id: number } | { action: 'skipped' } | { action: 'forbidden'; status: number; message: string };

/**
 * Creates or updates the comment carrying `key`'s marker. The whole comment list is paginated, so an
 * old comment is found on busy pull requests. A 403/404 from a read-only token (fork pull requests)
 * is returned as `forbidden` for the caller to warn about once; other errors propagate.
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
    const existing = (await api.listIssueComments(issue)).find((c) => c.body.includes(marker));
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
