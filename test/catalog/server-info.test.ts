// serverInfo kept whole: read from a catalog file, stored in the snapshot, hashed only where it has more than name/title/version.
import { describe, expect, it } from 'vitest';
import { hashCatalog, serializeSnapshot, toSnapshot } from '../../src/catalog/canonical.js';
import { parseCatalogJson, parseSnapshotText } from '../../src/catalog/snapshot-file.js';
import { readServerInfo, serverInfoExtras } from '../../src/catalog/server-info.js';

const catalog = (serverInfo: unknown) =>
  parseCatalogJson({ serverInfo, protocolVersion: '2025-11-25', capabilities: { tools: {} }, tools: [] }, 'test').catalog;

describe('serverInfo', () => {
  it('keeps every field: the text fields when they are strings, the others as sent', () => {
    expect(readServerInfo({ name: 'a', title: 3, version: '1', websiteUrl: 'https://a.example', icons: [{ src: 'x' }] })).toEqual({
      name: 'a',
      version: '1',
      websiteUrl: 'https://a.example',
      icons: [{ src: 'x' }],
    });
    expect(readServerInfo('not an object')).toEqual({});
    expect(serverInfoExtras({ name: 'a', version: '1', websiteUrl: 'u' })).toEqual({ websiteUrl: 'u' });
  });

  it('stores the extra fields in the snapshot and reads them back', () => {
    const c = catalog({ name: 'a', version: '1', websiteUrl: 'https://a.example', icons: [{ src: 'x', mimeType: 'image/png' }] });
    const back = parseSnapshotText(serializeSnapshot(toSnapshot(c)), 'snap.json');
    expect(back.server).toEqual({ name: 'a', version: '1', websiteUrl: 'https://a.example', icons: [{ mimeType: 'image/png', src: 'x' }] });
  });

  it('hashes as before without extra fields (stored snapshots stay valid), and differently when one changes', () => {
    const plain = catalog({ name: 'a', version: '1' });
    expect(hashCatalog(plain)).toBe(hashCatalog(catalog({ name: 'a', version: '2' })));
    expect(hashCatalog(catalog({ name: 'a', version: '1', websiteUrl: 'u' }))).not.toBe(hashCatalog(plain));
  });
});
