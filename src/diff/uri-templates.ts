// RFC 6570 uri templates as far as the diff reads them: their variables, their literal shape and the uris they match.

/** One RFC 6570 expression: its operator and its variable specs (name plus `*` explode or `:n` prefix). */
interface TemplateExpression {
  operator: string;
  vars: string[];
}

const EXPRESSION = /\{([^{}]*)\}/g;

function expressionsOf(template: string): TemplateExpression[] {
  return [...template.matchAll(EXPRESSION)].map((m) => {
    const body = m[1];
    const operator = /^[+#./;?&=,!@|]/.test(body) ? body[0] : '';
    const vars = body
      .slice(operator.length)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    return { operator, vars };
  });
}

/** Variable names of an RFC 6570 template: `{var}`, `{+var}`, `{?a,b}`, `{/x*}`, `{y:3}` → var, a, b, x, y. */
export function templateVariables(template: string): string[] {
  return expressionsOf(template).flatMap((e) => e.vars.map((v) => v.replace(/(\*|:\d+)$/, '')));
}

/** What a template matches: `test(uri)` answers in time linear in the uri (no regular expression, no backtracking). */
export interface TemplateMatcher {
  test(uri: string): boolean;
}

/**
 * A matcher for the uris a template expands to, each expression standing for any text (`{a}{b}Z` is `*Z`). The
 * template is catalog text, so no regex is built from it: the literals between expressions must appear in order,
 * the first at the start and the last at the end. Placing each middle literal at its leftmost occurrence after
 * the previous one is never worse than any later place, so one forward scan decides (a dozen adjacent expressions
 * cost nothing; a regex of `.*?` groups backtracks for hours on a long uri).
 */
export function templatePattern(template: string): TemplateMatcher {
  // split() with one capture group alternates literal text and expression bodies: the literals are the even parts.
  const literals = template.split(EXPRESSION).filter((_, i) => i % 2 === 0);
  return { test: (uri) => matchesLiterals(literals, uri) };
}

function matchesLiterals(literals: readonly string[], uri: string): boolean {
  if (literals.length === 1) return uri === literals[0];
  const first = literals[0]!;
  const last = literals[literals.length - 1]!;
  if (uri.length < first.length + last.length || !uri.startsWith(first) || !uri.endsWith(last)) return false;
  let at = first.length;
  const end = uri.length - last.length;
  for (const literal of literals.slice(1, -1)) {
    if (literal === '') continue;
    const found = uri.indexOf(literal, at);
    if (found < 0 || found + literal.length > end) return false;
    at = found + literal.length;
  }
  return true;
}

/** The literal shape of a template with every expression blanked: `file:///{path}` and `file:///{+p}` share it. */
export function templateShape(template: string): string {
  return template.replace(EXPRESSION, '{}');
}
