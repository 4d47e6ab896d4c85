// Declares catalog rules next to the code that emits them and builds Findings from them (severity and kind from the rule).
import type { Json } from './json.js';
import type { Direction, Finding, RuleDef, RuleFamily, Severity, SubjectKind } from './finding.js';

type RuleSpec = readonly [severity: Severity, description: string, direction?: Direction];

/** Rule definitions keyed by id, so an emitter names a rule by a checked key and the registry lists them all. */
export function defineRules<K extends string>(
  family: RuleFamily,
  emittedBy: string,
  subject: SubjectKind,
  specs: Record<K, RuleSpec>,
): Record<K, RuleDef> {
  const out = {} as Record<K, RuleDef>;
  for (const id of Object.keys(specs) as K[]) {
    const [severity, description, direction = 'none'] = specs[id];
    out[id] = { id, severity, direction, subject, family, description, emittedBy };
  }
  return out;
}

export interface FindingFields {
  subject: string;
  path: string;
  message: string;
  before?: Json;
  after?: Json;
  extra?: Record<string, Json>;
  /** Only for rules whose severity depends on the change (e.g. tool-task-support-changed). */
  severity?: Severity;
  /** Only for rules shared by two kinds (e.g. resource-mime-type-changed for resources and templates). */
  kind?: SubjectKind;
}

export function makeFinding(rule: RuleDef, f: FindingFields): Finding {
  const kind = f.kind ?? rule.subject;
  // Key order is the documented JSON shape.
  return {
    rule: rule.id,
    severity: f.severity ?? rule.severity,
    kind,
    subject: f.subject,
    ...(kind === 'tool' ? { tool: f.subject } : {}),
    path: f.path,
    ...(f.before !== undefined ? { before: f.before } : {}),
    ...(f.after !== undefined ? { after: f.after } : {}),
    message: f.message,
    ...(f.extra !== undefined ? { extra: f.extra } : {}),
  };
}

/** Where a change is and what it was: the fields of a Finding but its text, which the rule's message renders. */
export type ChangeFields = Omit<FindingFields, 'message'>;

/** One message renderer per rule id: the text of a finding, from the typed arguments its emitter gives. */
export type MessageTable<K extends string> = { readonly [id in K]: (args: never) => string };

/** The arguments the message of rule `R` takes. */
export type MessageArgs<M, R extends keyof M> = M[R] extends (args: infer A) => string ? A : never;

/**
 * The one way a module's rules become findings: the emitter names the rule, where the change is (path, before,
 * after) and the typed arguments of its message; severity and kind come from the rule, the text from `messages`.
 */
export function findingMaker<K extends string, M extends MessageTable<K>>(rules: Record<K, RuleDef>, messages: M) {
  return <R extends K>(rule: R, fields: ChangeFields, args: MessageArgs<M, R>): Finding =>
    makeFinding(rules[rule], { ...fields, message: messages[rule](args as never) });
}

/** Quotes catalog text for a message: JSON string syntax, so quotes and newlines stay visible. Renderers escape further. */
export function q(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value ?? null);
}
