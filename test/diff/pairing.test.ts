// Pairing: which names are related, and which removed/added pairs count as renames (both sides of each decision).
import { describe, expect, it } from 'vitest';
import { nameRelation, nameTokens, pairRenames, type PairingEntry } from '../../src/diff/pairing.js';

const entry = (name: string, fields: string[], signature = fields.join(','), distinctive = fields.length >= 2): PairingEntry => ({ name, fields, signature, distinctive });

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
    expect(pairRenames([entry('search', ['query', 'limit'])], [entry('search_v2', ['query', 'limit', 'offset'])]))
      .toEqual([{ from: 'search', to: 'search_v2', relation: 'version', equalSignature: false }]);
  });

  it('does not pair a related name whose fields mostly differ', () => {
    expect(pairRenames([entry('get_user', ['id'])], [entry('get_users', ['team', 'role'])])).toEqual([]);
  });

  it('pairs unrelated names only on an equal, distinctive and unique signature', () => {
    expect(pairRenames([entry('find_docs', ['query', 'limit'])], [entry('lookup', ['query', 'limit'])])).toHaveLength(1);
    // Two unrelated tools that both take {} never pair.
    expect(pairRenames([entry('ping', [], '{}', false)], [entry('status', [], '{}', false)])).toEqual([]);
    // Ambiguous: two added tools share the signature.
    expect(pairRenames([entry('find_docs', ['query', 'limit'])], [entry('lookup', ['query', 'limit']), entry('browse', ['query', 'limit'])])).toEqual([]);
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
