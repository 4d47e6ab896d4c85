// Fails when the committed dist/ (or the generated validators in src/) differs from what `npm run build` produces (the Action runs dist/, not src/).
import { execFileSync } from 'node:child_process';

let status = '';
try {
  status = execFileSync('git', ['status', '--porcelain', '--', 'dist', 'src/quality/meta-validators'], { encoding: 'utf8' });
} catch {
  console.log('check-dist: not a git checkout, skipped');
  process.exit(0);
}
if (status.trim()) {
  console.error(
    'dist/ is stale: it differs from a fresh `npm run build`.\n' +
      status +
      '\nRun `npm run build` and commit dist/ and src/quality/meta-validators/.',
  );
  process.exit(1);
}
console.log('check-dist: dist/ matches the source');
