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

/** A regular expression matching the uris a template expands to (each expression matches any text). */
export function templatePattern(template: string): RegExp {
  const parts = template.split(EXPRESSION);
  // split() with one capture group alternates literal text and expression bodies.
  const source = parts.map((part, i) => (i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '.*?')).join('');
  return new RegExp(`^${source}$`);
}

/** The literal shape of a template with every expression blanked: `file:///{path}` and `file:///{+p}` share it. */
export function templateShape(template: string): string {
  return template.replace(EXPRESSION, '{}');
}
