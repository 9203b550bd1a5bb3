/** What rolldown tells a chunk group of the module graph, as far as it is read here. */
interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/**
 * Where a module's code is first needed: the entry, or the lazily loaded modules (route views,
 * on-demand features) that reach it through static imports.
 */
const rootsOf = (id: string, graph: ModuleGraph): Set<string> => {
  const roots = new Set<string>();
  const seen = new Set<string>();
  const pending = [id];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (seen.has(current)) continue;
    seen.add(current);
    const info = graph.getModuleInfo(current);
    if (!info) continue;
    if (info.isEntry || info.dynamicImporters.length > 0) roots.add(current);
    pending.push(...info.importers);
  }
  return roots;
};

/**
 * A chunk-group name function: the module joins chunk `name` when the first view needs it (the
 * entry reaches it), or when at least `sharedBy` lazily loaded modules do (route views, mostly),
 * as with the article card that every view draws. Left to automatic chunking, such a module would
 * become a chunk of its own, costing each view an extra request and compressing worse than inside
 * the larger chunk.
 */
export const sharedChunk =
  (name: string, sharedBy: number) =>
  (id: string, graph: ModuleGraph): string | null => {
    const roots = [...rootsOf(id, graph)];
    const initial = roots.some((root) => graph.getModuleInfo(root)?.isEntry);
    return initial || roots.length >= sharedBy ? name : null;
  };
