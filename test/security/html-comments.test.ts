// Catalog text can never write an HTML comment delimiter into Markdown (code spans and blocks included), so no report can imitate a sticky comment's marker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeHtmlText, escapeMarkdownText, inlineCode } from '../../src/report/escape.js';
import { richText } from '../../src/report/markdown.js';

const DELIMITER = /<!--|--!?>/;
const fragment = fc.constantFrom(
  '<!--',
  '-->',
  '--!>',
  '<!-- mcp-contract:a -->',
  '`',
  '``',
  '-',
  '--',
  '<',
  '>',
  '!',
  'a',
  ' ',
  '\n',
  '|',
  '\\',
  '&lt;',
);
const hostile = fc.array(fragment, { maxLength: 20 }).map((parts) => parts.join(''));

describe('HTML-comment delimiters in catalog text', () => {
  it('never survive any escape: Markdown text, HTML text, code spans (in tables or not), code blocks, messages with quoted names', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const out of [
          escapeMarkdownText(text),
          escapeHtmlText(text),
          inlineCode(text),
          inlineCode(text, { inTable: true }),
          codeBlock(text, 'text'),
          richText(text),
          richText(`tool \`${text}\` changed`),
        ])
          expect(out, JSON.stringify(text)).not.toMatch(DELIMITER);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the text readable: the marker in a code span is shown with only a zero-width joiner inside', () => {
    const shown = inlineCode('<!-- mcp-contract:a -->');
    expect(shown.replace(/\u200D/g, '')).toBe('`<!-- mcp-contract:a -->`');
    expect(shown).not.toContain('<!-- mcp-contract:a -->');
  });
});
