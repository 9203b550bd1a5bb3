// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sharedChunk } from '../../scripts/vite/shared-chunk';

interface Node {
  isEntry?: boolean;
  importers?: string[];
  dynamicImporters?: string[];
}

/** A module graph as rolldown describes it to a chunk group: who imports whom, and how. */
const graph = (nodes: Record<string, Node>) => ({
  getModuleInfo: (id: string) => {
    const node = nodes[id];
    return node ? { isEntry: node.isEntry ?? false, importers: node.importers ?? [], dynamicImporters: node.dynamicImporters ?? [] } : null;
  },
});

const app = graph({
  main: { isEntry: true },
  router: { importers: ['main'] },
  home: { dynamicImporters: ['router'] },
  category: { dynamicImporters: ['router'] },
  article: { dynamicImporters: ['router'] },
  card: { importers: ['home', 'category', 'article'] },
  breadcrumbs: { importers: ['category', 'article'] },
  section: { importers: ['home'] },
  sanitizer: { dynamicImporters: ['router'], importers: ['article'] },
});

describe('the shared app chunk', () => {
  const name = sharedChunk('app', 3);
  const nameOf = (id: string) => name(id, app);

  it('holds what the entry reaches', () => {
    expect(nameOf('main')).toBe('app');
    expect(nameOf('router')).toBe('app');
  });

  it('holds what enough lazily loaded views share, and nothing fewer share', () => {
    expect(nameOf('card')).toBe('app');
    expect(nameOf('breadcrumbs')).toBeNull();
    expect(nameOf('section')).toBeNull();
  });

  it('leaves lazily loaded modules to their own chunks', () => {
    expect(nameOf('home')).toBeNull();
    expect(nameOf('sanitizer')).toBeNull();
  });
});
