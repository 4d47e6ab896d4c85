// Publishes a named check run with the verdict and its annotations (GitHub takes at most 50 annotations per request).
import { cutMarkdown } from '../report/cut.js';
import type { CheckAnnotation, GitHubApi } from './api.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's output.summary. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface CheckRunRequest {
  name: string;
  headSha: string;
  passed: boolean;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

function clip(summary: string): string {
  return cutMarkdown(summary, CHECK_SUMMARY_LIMIT, '\n\n… (truncated; the full report is in the job summary)\n');
}

/** Creates the check run with the first 50 annotations and adds the rest 50 at a time; returns its id. */
export async function publishCheckRun(api: GitHubApi, req: CheckRunRequest): Promise<number> {
  const summary = clip(req.summary);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < req.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(req.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const [first = [], ...rest] = batches;
  const id = await api.createCheckRun({
    name: req.name,
    headSha: req.headSha,
    conclusion: req.passed ? 'success' : 'failure',
    output: { title: req.title, summary, annotations: first },
    detailsUrl: req.detailsUrl,
  });
  for (const batch of rest) await api.updateCheckRun(id, { title: req.title, summary, annotations: batch });
  return id;
}
