// Keeps the last lines of a noisy stream (a server's stderr) within a fixed memory bound.

/** Holds the most recent `maxLines` lines, each cut to `maxLineChars`; a server flooding megabytes costs nothing. */
export class LineRing {
  private readonly lines: string[] = [];
  private partial = '';
  private dropped = 0;

  constructor(
    private readonly maxLines = 200,
    private readonly maxLineChars = 1000,
  ) {}

  push(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    if (this.partial.length > this.maxLineChars) this.partial = this.partial.slice(0, this.maxLineChars);
    for (const line of parts) this.add(line.replace(/\r$/, ''));
  }

  private add(line: string): void {
    this.lines.push(line.length > this.maxLineChars ? line.slice(0, this.maxLineChars) + ' …' : line);
    if (this.lines.length > this.maxLines) {
      this.lines.shift();
      this.dropped++;
    }
  }

  /** The last `count` lines, including an unterminated last line. */
  tail(count = 20): string[] {
    const all = this.partial ? [...this.lines, this.partial] : [...this.lines];
    return all.slice(-count);
  }

  get isEmpty(): boolean {
    return this.lines.length === 0 && this.partial === '';
  }
}
