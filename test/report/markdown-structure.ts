// Test helper: reads Markdown the way CommonMark does for code, so assertions see only the text that is interpreted.

/** Removes fenced code blocks and code spans the way CommonMark reads them, leaving the text Markdown interprets. */
export function stripCode(md: string): string {
  const kept: string[] = [];
  let fence = 0;
  for (const line of md.split('\n')) {
    if (fence) {
      const close = /^(`+)\s*$/.exec(line);
      if (close && close[1]!.length >= fence) fence = 0;
      continue;
    }
    const open = /^(`{3,})[^`]*$/.exec(line);
    if (open) {
      fence = open[1]!.length;
      continue;
    }
    kept.push(line);
  }
  const text = kept.join('\n');
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      out += text[i++];
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const closer = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    closer.lastIndex = i + n;
    const m = closer.exec(text);
    if (!m) {
      out += '`'.repeat(n);
      i += n;
      continue;
    }
    out += '⟨code⟩';
    i = m.index + n;
  }
  return out;
}
