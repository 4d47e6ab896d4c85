// Pairing: which names are related, and which removed/added pairs count as renames (both sides of each decision).
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../src/diff/index.js';
import { loadFixtureCatalog } from '../helpers/fixtures.js';
import { bestAssignment, nameRelation, nameTokens, pairRenames, type PairingEntry, type ScoredEdge } from '../../src/diff/pairing.js';
import { describeRenameEvidence, pairToolRenames, renameEvidenceExtra, type RenameEntry } from '../../src/diff/rename-evidence.js';

const entry = (name: string, fields: string[], signature = fields.join(','), distinctive = fields.length >= 2): PairingEntry => ({
  name,
  fields,
  signature,
  distinctive,
});

describe('nameRelation', () => {
  it.each([
    ['getUser', 'get_user', 'case-or-separator'],
    ['get_user', 'get-user', 'case-or-separator'],
    ['GetUser', 'getUser', 'case-or-separator'],
    ['search', 'search_v2', 'version'],
    ['search', 'searchV2', 'version'],
    ['search_v1', 'search-v3', 'version'],
    ['read_file', 'read_text_file', 'stem'],
    ['get_user', 'get_users', 'stem'],
    ['search', 'search_files', 'stem'],
    ['longRunningOperation', 'trigger-long-running-operation', 'stem'],
  ])('%s ~ %s is %s', (a, b, rel) => {
    expect(nameRelation(a, b)).toBe(rel);
    expect(nameRelation(b, a)).toBe(rel);
  });

  it.each([
    ['get_user', 'get_order'],
    ['list_files', 'list_directory'],
    ['ping', 'status'],
    ['create_entities', 'delete_relations'],
    ['get_user_profile', 'get_user_settings'],
    ['get_item_1', 'get_item_2_v2'],
  ])('%s and %s are unrelated', (a, b) => expect(nameRelation(a, b)).toBeUndefined());

  it('tokenizes camelCase, acronyms and version suffixes', () => {
    expect(nameTokens('getHTTPResponseV2')).toEqual(['get', 'http', 'response', 'v2']);
  });
});

describe('pairRenames', () => {
  it('pairs a related name with a near-equal schema', () => {
    expect(pairRenames([entry('search', ['query', 'limit'])], [entry('search_v2', ['query', 'limit', 'offset'])])).toEqual([
      { from: 'search', to: 'search_v2', relation: 'version', equalSignature: false },
    ]);
  });

  it('does not pair a related name whose fields mostly differ', () => {
    expect(pairRenames([entry('get_user', ['id'])], [entry('get_users', ['team', 'role'])])).toEqual([]);
  });

  it('pairs unrelated names only on an equal, distinctive and unique signature', () => {
    expect(pairRenames([entry('find_docs', ['query', 'limit'])], [entry('lookup', ['query', 'limit'])])).toHaveLength(1);
    // Two unrelated tools that both take {} never pair.
    expect(pairRenames([entry('ping', [], '{}', false)], [entry('status', [], '{}', false)])).toEqual([]);
    // Ambiguous: two added tools share the signature.
    expect(
      pairRenames([entry('find_docs', ['query', 'limit'])], [entry('lookup', ['query', 'limit']), entry('browse', ['query', 'limit'])]),
    ).toEqual([]);
  });

  it('takes the closest relation first and pairs each entry once', () => {
    const pairs = pairRenames(
      [entry('get_user', ['id']), entry('getUsers', ['id'])],
      [entry('get_user_v2', ['id']), entry('get_users', ['id'])],
    );
    expect(pairs).toEqual([
      { from: 'getUsers', to: 'get_users', relation: 'case-or-separator', equalSignature: true },
      { from: 'get_user', to: 'get_user_v2', relation: 'version', equalSignature: true },
    ]);
  });
});

const tool = (name: string, fields: string[], description: string, documented = false): RenameEntry => ({
  name,
  fields,
  signature: JSON.stringify({ fields, documented }),
  distinctive: fields.length >= 2 || (fields.length === 1 && documented),
  description,
});
const renamesOf = (removed: RenameEntry[], added: RenameEntry[]) =>
  pairToolRenames(removed, added).map((r) => `${r.from} → ${r.to} (${r.relation})`);

describe('rename evidence', () => {
  it('pairs a naming-style change with a synonym verb when the description is kept but for the verb', () => {
    const [r] = pairToolRenames(
      [tool('getUserProfile', ['userId'], 'Gets the profile of a user by id.')],
      [
        tool('fetch_user_profile', ['userId'], 'Fetches the profile of a user by id.'),
        tool('fetch_user_settings', ['userId'], 'Fetches the settings of a user by id.'),
      ],
    );
    expect(r).toMatchObject({ from: 'getUserProfile', to: 'fetch_user_profile', relation: 'evidence' });
    expect(describeRenameEvidence(r.evidence)).toBe(
      'confidence 95%: same input schema (too common to count); descriptions 88% alike; names share `user-profile`, `get` ≈ `fetch`',
    );
    expect(renameEvidenceExtra(r.evidence)).toEqual({
      confidence: 0.946,
      evidence: {
        name: { similarity: 1, shared: ['user', 'profile'], verbs: ['get', 'fetch'] },
        schema: { kind: 'equal', similarity: 1, trivial: true, noParameters: false },
        description: { similarity: 0.875, keptAsPrefix: false },
      },
    });
  });

  it('never pairs on an empty schema and a shared description alone: the names must share a word', () => {
    expect(renamesOf([tool('ping', [], 'Does the thing.')], [tool('status', [], 'Does the thing.')])).toEqual([]);
  });

  it('never pairs names whose leading verbs conflict, or that share only the verb', () => {
    expect(
      renamesOf(
        [tool('get_env', [], 'Gets the environment variables of the server.')],
        [tool('set_env', [], 'Sets the environment variables of the server.')],
      ),
    ).toEqual([]);
    expect(
      renamesOf(
        [tool('enable_logging', [], 'Turns simulated logging on for this session.')],
        [tool('disable_logging', [], 'Turns simulated logging on for this session.')],
      ),
    ).toEqual([]);
    expect(
      renamesOf([tool('get_user', ['id'], 'Gets one record by its id.')], [tool('get_order', ['id'], 'Gets one record by its id.')]),
    ).toEqual([]);
  });

  it('asks more of the description when each name has a word the other lacks (a swapped word may name another thing)', () => {
    const removed = [
      tool('create_issue_comment', ['owner', 'repo', 'number', 'body'], 'Add a comment to an issue in a GitHub repository.'),
    ];
    // 0.8 alike: enough when nothing was swapped, not when "issue" became "pr". (A second added tool with the same
    // schema keeps the unique-equal-schema rule out of it.)
    const review = tool('create_pr_review', ['owner', 'repo', 'number', 'body'], 'Create a review on a pull request.');
    expect(
      renamesOf(removed, [
        tool('create_pr_comment', ['owner', 'repo', 'number', 'body'], 'Add a comment to a pull request in a GitHub repository.'),
        review,
      ]),
    ).toEqual([]);
    expect(
      renamesOf(removed, [
        tool('create_issue_comment_v2', ['owner', 'repo', 'number', 'body'], 'Add a comment to a pull request in a GitHub repository.'),
      ]),
    ).toEqual(['create_issue_comment → create_issue_comment_v2 (version)']);
    // The same swap with the wording kept is a rename.
    expect(
      renamesOf(
        [tool('get_file_info', ['path'], 'Retrieve detailed metadata about a file or directory.')],
        [tool('get_file_metadata', ['path'], 'Retrieve detailed metadata about a file or directory.')],
      ),
    ).toEqual(['get_file_info → get_file_metadata (evidence)']);
  });

  it('needs near-equal parameters', () => {
    expect(
      renamesOf(
        [tool('search', ['query', 'limit'], 'Search the web using Exa AI for the query.')],
        [tool('web_search_exa', ['url', 'depth'], 'Search the web using Exa AI for the query.')],
      ),
    ).toEqual([]);
  });

  it('does not let one removed tool steal the partner of another: the best total, not the best first', () => {
    // search_files fits both added tools, search_code fits only code_search; a greedy pick of the single best pair
    // (search_files → code_search) would leave search_code unpaired.
    const removed = [
      tool('search_files', ['query', 'path'], 'Search files and code in the repository for the query text.'),
      tool('search_code', ['query', 'path'], 'Search code in the repository for the query text, fast.'),
    ];
    const added = [
      tool('code_search', ['query', 'path'], 'Search files and code in the repository for the query text.'),
      tool('file_search', ['query', 'path'], 'Search files in the repository for the query text.'),
    ];
    const pairs = pairToolRenames(removed, added);
    expect(pairs.map((r) => `${r.from} → ${r.to}`)).toEqual(['search_code → code_search', 'search_files → file_search']);
  });
});

describe('bestAssignment', () => {
  const edge = (from: string, to: string, weight: number): ScoredEdge => ({ from, to, weight });

  it('maximises the total weight, not the heaviest edge', () => {
    expect(bestAssignment([edge('a', 'x', 0.9), edge('a', 'y', 0.85), edge('b', 'x', 0.8)]).map((e) => `${e.from}${e.to}`)).toEqual([
      'ay',
      'bx',
    ]);
  });

  it('matches each entry once and leaves unmatched what has no free partner', () => {
    expect(bestAssignment([edge('a', 'x', 0.9), edge('b', 'x', 0.8), edge('c', 'z', 0.5)]).map((e) => `${e.from}${e.to}`)).toEqual([
      'ax',
      'cz',
    ]);
  });

  it('agrees with brute force on random small graphs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const edges: ScoredEdge[] = [];
      for (const f of ['a', 'b', 'c', 'd'])
        for (const t of ['w', 'x', 'y']) if (random() < 0.5) edges.push(edge(f, t, Math.round(random() * 100) / 100 + 0.01));
      const total = (es: readonly ScoredEdge[]) => es.reduce((s, e) => s + e.weight, 0);
      let best = 0;
      const search = (i: number, usedFrom: Set<string>, usedTo: Set<string>, sum: number): void => {
        if (i === edges.length) {
          best = Math.max(best, sum);
          return;
        }
        search(i + 1, usedFrom, usedTo, sum);
        const e = edges[i];
        if (!usedFrom.has(e.from) && !usedTo.has(e.to))
          search(i + 1, new Set([...usedFrom, e.from]), new Set([...usedTo, e.to]), sum + e.weight);
      };
      search(0, new Set(), new Set(), 0);
      const chosen = bestAssignment(edges);
      expect(new Set(chosen.map((e) => e.from)).size).toBe(chosen.length);
      expect(new Set(chosen.map((e) => e.to)).size).toBe(chosen.length);
      expect(total(chosen)).toBeCloseTo(best, 6);
    }
  });
});

describe('the rename fixtures main missed: the evidence in the message', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/catalogs');
  it.each([
    [
      'tool-renamed-verb-synonym',
      'Tool "printEnv" was renamed to "get-env" (confidence 96%: no parameters in either (too common to count); descriptions 90% alike; names share `env`, `print` ≈ `get`)',
    ],
    [
      'tool-renamed-qualifier-swapped',
      'Tool "get_file_info" was renamed to "get_file_metadata" (confidence 81%: same input schema (too common to count); same description; names share `file`)',
    ],
    [
      'tool-renamed-parameters-changed',
      'Tool "get-library-docs" was renamed to "fetch_library_documentation" (confidence 83%: 50% of the parameters shared; descriptions 93% alike; names share `library-doc`, `get` ≈ `fetch`)',
    ],
    [
      'tool-renamed-prefixed-name',
      'Tool "search" was renamed to "web_search_exa" (confidence 87%: same parameters; the old description kept as the start of the new one; names share `search`)',
    ],
  ])('%s', async (dir, message) => {
    const findings = await diffCatalogs(loadFixtureCatalog(root, dir, 'base.json'), loadFixtureCatalog(root, dir, 'head.json'), {
      oracle: false,
      now: new Date('2026-11-21T12:00:00Z'),
    });
    const renames = findings.filter((f) => f.rule === 'tool-renamed');
    expect(renames).toHaveLength(1);
    expect(renames[0].message.slice(0, message.length + 1)).toBe(`${message};`);
    expect(renames[0].extra).toMatchObject({ relation: 'evidence' });
  });
});
