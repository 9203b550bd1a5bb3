import {
  defaultRangeExtractor,
  measureElement,
  type Range,
  useWindowVirtualizer,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { type FocusEvent, memo, type Ref, useCallback, useEffect, useEffectEvent, useLayoutEffect, useRef, useState } from 'react';
import { ErrorState } from '../../../components/ui/error-state';
import type { ArticleSummary } from '../../../domain/article';
import type { Feed } from '../use-feed';
import { ArticleCard } from './article-card';
import { CardSkeleton } from './card-grid';
import { measurePlacement, placementOf, readEnd, rememberSize, sizeOf } from './feed-item-sizes';

/** Cards drawn beyond each edge of the viewport: enough for a fast fling, well inside 800 nodes. */
const OVERSCAN = 4;
/** How long the view must rest far from the loaded pages before the window jumps there. */
const JUMP_SETTLE_MS = 150;

export interface FeedListProps {
  /** The feed element (role=feed), for whoever needs it beside the list. */
  ref?: Ref<HTMLDivElement>;
  feed: Feed;
  label: string;
  /** Moves the feed's window to the page holding a feed index (useWindowJump). */
  jumpTo: (index: number) => Promise<void>;
}

/**
 * One card of the window. Memoized: when a page arrives or the reader scrolls, only the cards
 * that enter the window render (a Load More paints its new cards without redrawing the rest).
 */
const FeedCard = memo(function FeedCard({ article, index, setSize }: { article: ArticleSummary; index: number; setSize: number }) {
  return <ArticleCard article={article} headingLevel={2} priorityImage={index === 0} position={{ index, setSize }} />;
});

interface FeedGapProps {
  /** The height of the card it stands for, as last measured, so nothing moves when it returns. */
  height: number;
  failure: { message: string; retry: () => void } | null;
}

/** Where an article the window does not hold would be: a skeleton, or what failed to bring it. */
const FeedGap = ({ height, failure }: FeedGapProps) =>
  failure ? (
    <ErrorState inline title="Couldn't load these articles." message={failure.message} onRetry={failure.retry} />
  ) : (
    <CardSkeleton className="feed__gap" height={height} />
  );

/**
 * The first and last index around the viewport: the longest run of consecutive rows, without the
 * focused card kept drawn far away from it.
 */
const viewOf = (rows: VirtualItem[]): { first: number; last: number } | null => {
  let best: { first: number; last: number } | null = null;
  let start = 0;
  rows.forEach((row, position) => {
    if (position > 0 && rows[position - 1]?.index !== row.index - 1) start = position;
    const first = rows[start]?.index ?? row.index;
    if (!best || row.index - first > best.last - best.first) best = { first, last: row.index };
  });
  return best;
};

const indexOf = (element: Element | null): number | null => {
  const value = element?.closest('[data-index]')?.getAttribute('data-index');
  return value ? Number(value) : null;
};

/**
 * The feed drawn as a window onto the list: only the cards near the viewport are in the DOM,
 * each placed at its measured offset inside a box as tall as the whole list, so the page scrolls
 * (and Back restores) as if every card were there. The card holding focus stays rendered even
 * when scrolled away, so keyboard and screen reader users never lose their place. Articles the
 * feed's page window has dropped keep their place as skeletons and are read again when the
 * reader scrolls back to them.
 *
 * Trade-off: the browser's find-in-page only sees the cards near the viewport (about a screen
 * and a half). Rendering every card, or hidden stand-ins for them, would break the feed's
 * 800-node budget once hundreds of articles are loaded; readers search a section by scrolling
 * (the cards near the viewport are always searchable) or with the site's own search.
 */
export const VirtualFeedList = ({ ref, feed, label, jumpTo: jumpWindow }: FeedListProps) => {
  const { items, offset, end } = feed;
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
  const extent = readEnd(label, end, feed.hasMore);

  const virtualizer = useWindowVirtualizer<HTMLDivElement>({
    count: extent,
    estimateSize: (index) => sizeOf(label, index),
    measureElement: (element, entry, instance: Virtualizer<Window, HTMLDivElement>) => {
      const size = measureElement(element, entry, instance);
      const index = instance.indexFromElement(element);
      // A gap's height is a stand-in; only real cards teach the list their size.
      if (index >= offset && index < end) rememberSize(label, index, size);
      return size;
    },
    overscan: OVERSCAN,
    scrollMargin: placement.scrollMargin,
    gap: placement.gap,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const keep = focused.current;
      if (keep === null || keep >= extent || indexes.includes(keep)) return indexes;
      return [...indexes, keep].sort((a, b) => a - b);
    },
  });
  const rows = virtualizer.getVirtualItems();

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

  // Nothing loaded near the view (the reader dragged the scrollbar far away): jump there.
  const view = viewOf(rows);
  const first = view?.first;
  const far = view !== null && (view.last < offset - feed.pageSize || view.first >= end + feed.pageSize);
  const jumping = useRef(false);
  // Counts finished jumps, so that what is in view is looked at again once one lands.
  const [jumps, setJumps] = useState(0);
  // Not a dependency: a new filter object each render gives a new jumpTo, which would restart the wait.
  const jumpTo = useEffectEvent(jumpWindow);
  useEffect(() => {
    if (!far || first === undefined || jumping.current) return;
    // Only where the reader stays: not a position passed on the way, nor the top of the page
    // the list shows for a moment on Back, before the router restores the scroll offset.
    const settled = window.setTimeout(() => {
      jumping.current = true;
      // A failed jump leaves the gaps, which then load page by page from the window.
      jumpTo(first)
        .catch(() => undefined)
        .finally(() => {
          jumping.current = false;
          setJumps((count) => count + 1);
        });
    }, JUMP_SETTLE_MS);
    return () => window.clearTimeout(settled);
  }, [far, first, jumps]);

  // Gaps in view: read the pages they stand for, one after another, until the view is filled.
  const gapBefore = view !== null && view.first < offset;
  const gapAfter = view !== null && view.last >= end;
  const { hasEarlier, isLoadingEarlier, loadEarlierFailed, loadEarlier, hasMore, isLoadingMore, loadMoreFailed, loadMore } = feed;
  useEffect(() => {
    if (gapBefore && hasEarlier && !isLoadingEarlier && !loadEarlierFailed && !jumping.current) loadEarlier();
  }, [gapBefore, hasEarlier, isLoadingEarlier, loadEarlierFailed, loadEarlier, jumps]);
  useEffect(() => {
    if (gapAfter && hasMore && !isLoadingMore && !loadMoreFailed && !jumping.current) void loadMore();
  }, [gapAfter, hasMore, isLoadingMore, loadMoreFailed, loadMore, jumps]);

  const failureAt = (index: number) => {
    const message = feed.error?.message ?? 'Something went wrong.';
    if (index === offset - 1 && loadEarlierFailed) return { message, retry: loadEarlier };
    if (index === end && loadMoreFailed) return { message, retry: () => void loadMore() };
    return null;
  };

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
      aria-busy={feed.busy}
      aria-label={label}
      onFocus={onFocus}
      onBlur={onBlur}
      style={{ position: 'relative', height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => {
        const article = items[row.index - offset];
        return (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start - placement.scrollMargin}px)` }}
          >
            {article && row.index >= offset ? (
              <FeedCard article={article} index={row.index} setSize={feed.total ?? -1} />
            ) : (
              <FeedGap height={sizeOf(label, row.index)} failure={failureAt(row.index)} />
            )}
          </div>
        );
      })}
    </div>
  );
};
