// Worker-thread entry of the set-theoretic oracle: answers each {id, before, after} with json-schema-diff's verdict.
import { parentPort } from 'node:worker_threads';
import jsonSchemaDiff from 'json-schema-diff';

interface Job {
  id: number;
  before: unknown;
  after: unknown;
}

const port = parentPort;
if (port) {
  // The worker shares the parent's stdout: the library must not print into mcp-contract's output (e.g. --format json).
  for (const level of ['log', 'info', 'debug', 'warn'] as const) console[level] = () => undefined;
  port.on('message', (job: Job) => {
    jsonSchemaDiff.diffSchemas({ sourceSchema: job.before as never, destinationSchema: job.after as never }).then(
      (r) => port.postMessage({ id: job.id, removals: r.removalsFound, additions: r.additionsFound }),
      (err: unknown) => port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  port.postMessage({ ready: true });
}
