import { defaultRangeExtractor, measureElement, type Range, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, memo, type Ref, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../domain/article';
import { ArticleCard } from './article-card';
import { measurePlacement, placementOf, rememberSize, sizeOf } from './feed-item-sizes';

/** Cards drawn beyond each edge of the viewport: enough for a fast fling, well inside 800 nodes. */
const OVERSCAN = 4;

export interface FeedListProps {
  /** The feed element (role=feed), for whoever needs it beside the list. */
  ref?: Ref<HTMLDivElement>;
  items: ArticleSummary[];
  total: number | null;
  busy: boolean;
  label: string;
}

/**
 * One card of the window. Memoized: when a page arrives or the reader scrolls, only the cards
 * that enter the window render (a Load More paints its new cards without redrawing the rest).
 */
const FeedCard = memo(function FeedCard({ article, index, setSize }: { article: ArticleSummary; index: number; setSize: number }) {
  return <ArticleCard article={article} headingLevel={2} priorityImage={index === 0} position={{ index, setSize }} />;
});

const indexOf = (element: Element | null): number | null => {
  const value = element?.closest('[data-index]')?.getAttribute('data-index');
  return value ? Number(value) : null;
};

/**
 * The feed drawn as a window onto the list: only the cards near the viewport are in the DOM,
 * each placed at its measured offset inside a box as tall as the whole list, so the page scrolls
 * (and Back restores) as if every card were there. The card holding focus stays rendered even
 * when scrolled away, so keyboard and screen reader users never lose their place.
 *
 * Trade-off: the browser's find-in-page only sees the cards near the viewport (about a screen
 * and a half). Rendering every card, or hidden stand-ins for them, would break the feed's
 * 800-node budget once hundreds of articles are loaded; readers search a section by scrolling
 * (the cards near the viewport are always searchable) or with the site's own search.
 */
export const VirtualFeedList = ({ ref, items, total, busy, label }: FeedListProps) => {
  const listRef = useRef<HTMLDivElement>(null);
  const setList = useCallback(
    (node: HTMLDivElement | null) => {
      listRef.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  const [placement, setPlacement] = useState(() => placementOf(label));
  const focused = useRef<number | null>(null);

  const keyOf = useCallback((index: number) => items[index]?.id ?? index, [items]);
  const virtualizer = useWindowVirtualizer<HTMLDivElement>({
    count: items.length,
    getItemKey: keyOf,
    estimateSize: (index) => sizeOf(items[index]?.id),
    measureElement: (element, entry, instance: Virtualizer<Window, HTMLDivElement>) => {
      const size = measureElement(element, entry, instance);
      const id = items[instance.indexFromElement(element)]?.id;
      if (id !== undefined) rememberSize(id, size);
      return size;
    },
    overscan: OVERSCAN,
    scrollMargin: placement.scrollMargin,
    gap: placement.gap,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const keep = focused.current;
      if (keep === null || keep >= items.length || indexes.includes(keep)) return indexes;
      return [...indexes, keep].sort((a, b) => a - b);
    },
  });

  // Where the list starts depends on everything above it: measured once laid out, and on resize.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => {
      const next = measurePlacement(label, list);
      setPlacement((current) => (current.scrollMargin === next.scrollMargin && current.gap === next.gap ? current : next));
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [label]);

  // The virtualizer keeps the reader's place itself. Browser scroll anchoring cannot see the
  // cards (they are placed by transform) and would anchor to what follows the list instead: as
  // the list grew, the page would scroll down with the footer and load page after page.
  useLayoutEffect(() => {
    const { body } = document;
    const before = body.style.overflowAnchor;
    body.style.overflowAnchor = 'none';
    return () => {
      body.style.overflowAnchor = before;
    };
  }, []);

  const onFocus = (event: FocusEvent) => {
    focused.current = indexOf(event.target);
  };
  const onBlur = (event: FocusEvent) => {
    if (!listRef.current?.contains(event.relatedTarget)) focused.current = null;
  };

  return (
    <div
      ref={setList}
      className="feed"
      role="feed"
      aria-busy={busy}
      aria-label={label}
      onFocus={onFocus}
      onBlur={onBlur}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const article = items[row.index];
        if (!article) return null;
        return (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start - placement.scrollMargin}px)` }}
          >
            <FeedCard article={article} index={row.index} setSize={total ?? -1} />
          </div>
        );
      })}
    </div>
  );
};
