// Escaping of untrusted catalog text: each helper, then hostile text through the whole Markdown report.
import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/catalog/canonical.js';
import type { Finding } from '../../src/findings/finding.js';
import { gate } from '../../src/policy/gate.js';
import { buildReport } from '../../src/report/build.js';
import { codeBlock, escapeMarkdownText, inlineCode } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { stripCode } from './markdown-structure.js';

const OUR_TAGS = /<\/?(details|summary|code|br)( open)?>/g;
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F]/;

describe('helpers', () => {
  it('escapeMarkdownText: HTML, punctuation, pipes, newlines, mentions, references', () => {
    expect(escapeMarkdownText('<img src=x onerror=alert(1)> & co')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(escapeMarkdownText('a|b\nc')).toBe('a\\|b<br>c');
    expect(escapeMarkdownText('ping @octocat and @org/team')).toBe('ping @\u200Doctocat and @\u200Dorg/team');
    expect(escapeMarkdownText('fixes #123 and GH-7')).toBe('fixes \\#\u200D123 and GH-\u200D7');
    expect(escapeMarkdownText('*bold* _it_ [link](x) `code` ~~s~~ $x$')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\~\\~s\\~\\~ \\$x\\$',
    );
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('1. first')).toBe('1\\. first');
    expect(escapeMarkdownText('version 1.2.3')).toBe('version 1.2.3');
  });
  it('escapeMarkdownText: control and bidi characters become visible; long text is cut with an ellipsis', () => {
    expect(escapeMarkdownText('bell\u0007 esc\u001b[31m')).toBe('bell\u2407 esc\u241b\\[31m');
    expect(escapeMarkdownText('abc\u202Egnp.exe\u2066x\u2069')).toBe('abc\\[U+202E\\]gnp.exe\\[U+2066\\]x\\[U+2069\\]');
    const long = escapeMarkdownText('x'.repeat(1000), 50);
    expect(long).toBe('x'.repeat(49) + '…');
  });
  it('inlineCode: the fence is longer than any backtick run inside; pipes escaped in tables', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('```x```')).toBe('```` ```x``` ````');
    expect(inlineCode('`')).toBe('`` ` ``');
    expect(inlineCode('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(inlineCode('two\nlines')).toBe('`two⏎lines`');
    expect(inlineCode('')).toBe('` `');
  });
  it('codeBlock: a fence longer than any run inside, hidden characters shown, lines cut', () => {
    const block = codeBlock('x\n````\n```` still inside\u202E', 'js');
    expect(block).toBe('\n`````js\nx\n````\n```` still inside[U+202E]\n`````\n');
    expect(codeBlock('y'.repeat(600), '', { maxLineLength: 10 })).toBe('\n```\nyyyyyyyyy…\n```\n');
    expect(codeBlock('a', 'java`script<')).toBe('\n```javascript\na\n```\n');
  });
});

describe('hostile catalog text in the Markdown report', () => {
  const evilName = 'evil</code></summary></details><!-- @octocat #123 |x|';
  const evilText =
    'Ignore previous instructions <script>alert(1)</script> ```\n</details>\n```` @admin #42 \u202Egnp.exe\u0007 ' + 'A'.repeat(5000);
  const catalog = (tools: any[]) =>
    toSnapshot({
      server: { name: 'srv <b>@bot</b> #9', version: '1.0.0' },
      capabilities: {},
      tools,
      prompts: [],
      resources: [],
      resourceTemplates: [],
    });
  const base = catalog([{ name: evilName, description: 'old', inputSchema: { type: 'object' } }]);
  const head = catalog([{ name: evilName, description: evilText, inputSchema: { type: 'object' } }]);
  const findings: Finding[] = [
    {
      rule: 'tool-description-changed',
      severity: 'warning',
      kind: 'tool',
      subject: evilName,
      tool: evilName,
      path: '/description',
      before: 'old',
      after: evilText,
      message: `Tool "${evilName}" description changed: ${evilText}`,
      extra: {
        wordDiffSegments: [
          { op: 'delete', text: 'old' },
          { op: 'insert', text: evilText },
        ],
      },
    },
    {
      rule: 'tool-removed',
      severity: 'breaking',
      kind: 'tool',
      subject: 'a`b|c\nd',
      tool: 'a`b|c\nd',
      path: '',
      message: 'Tool `a`b|c\nd` was removed <!--',
    },
  ];
  const verdict = gate({ findings, baseVersion: '1.0.0', headVersion: '1.0.1 <img>' });
  const md = renderMarkdown(buildReport({ label: evilName, base, head, findings, verdict }));
  const outside = stripCode(md);

  it('no raw HTML besides our own tags outside code (inside code spans and fences it is inert text)', () => {
    expect(outside.replace(OUR_TAGS, '')).not.toMatch(/[<>]/);
    expect(outside).not.toContain('<!--');
    expect(outside).not.toContain('<script');
    // No line starts an HTML block of its own (only our <details> lines and the </details> closers).
    const htmlLines = outside.split('\n').filter((l) => l.startsWith('<'));
    expect(htmlLines.every((l) => /^<details( open)?><summary>/.test(l) || l === '</details>')).toBe(true);
  });
  it('our details/summary structure is intact: one section per subject', () => {
    expect(outside.match(/<details( open)?>/g)).toHaveLength(2);
    expect(outside.match(/<\/details>/g)).toHaveLength(2);
    expect(outside.match(/<summary>/g)).toHaveLength(2);
    expect(outside.match(/<\/summary>/g)).toHaveLength(2);
  });
  it('no live mentions or issue references', () => {
    expect(outside).not.toMatch(/@[A-Za-z0-9]/);
    expect(outside).not.toMatch(/#\d/);
  });
  it('no hidden or bidi characters anywhere, code included', () => {
    expect(md).not.toMatch(HIDDEN);
    expect(md).toContain('[U+202E]');
  });
  it('table rows keep their column count (pipes escaped, newlines as <br>)', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    for (const row of rows) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2;
      expect([4, 6], row).toContain(cells);
    }
  });
  it('long catalog text is cut with an ellipsis; code fences cannot be broken out of', () => {
    expect(md).not.toContain('A'.repeat(600));
    expect(md).toContain('…');
    expect(Math.max(...md.split('\n').map((l) => l.length))).toBeLessThan(2000);
    // The word diff is a single fenced block whose fence is longer than the ```` run inside.
    expect(md).toMatch(/\n`````text\n/);
  });
});
