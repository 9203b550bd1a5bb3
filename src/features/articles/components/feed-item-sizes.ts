/**
 * What the app remembers of each feed while it runs, by feed: the heights of its items as last
 * measured (by index: feeds are frozen as of their first page, so an index always holds the same
 * article), how far the reader has read, and where the list sits in the page. When the reader
 * comes Back, or scrolls to pages the window dropped, the list is laid out with the real heights
 * before anything is drawn, so the total height and every item's place are what they were.
 */
interface FeedMemory {
  sizes: number[];
  end: number;
  placement: FeedPlacement | null;
}

/** Where the list starts in the page and its row gap. */
export interface FeedPlacement {
  scrollMargin: number;
  gap: number;
}

const feeds = new Map<string, FeedMemory>();
let measuredAtWidth = 0;
const DEFAULT_PLACEMENT: FeedPlacement = { scrollMargin: 0, gap: 24 };

const memoryOf = (feed: string): FeedMemory => {
  // Heights depend on the layout width; a different width starts afresh.
  if (window.innerWidth !== measuredAtWidth) {
    for (const memory of feeds.values()) memory.sizes = [];
    measuredAtWidth = window.innerWidth;
  }
  let memory = feeds.get(feed);
  if (!memory) {
    memory = { sizes: [], end: 0, placement: null };
    feeds.set(feed, memory);
  }
  return memory;
};

export const rememberSize = (feed: string, index: number, size: number) => {
  memoryOf(feed).sizes[index] = size;
};

/** Matches the feed card layout (cards.css): image beside the text from 640px, above it below. */
const estimateCard = () => {
  const width = Math.min(window.innerWidth, 832) - 32;
  return window.innerWidth >= 640 ? 200 : Math.round((width * 9) / 16) + 190;
};

export const sizeOf = (feed: string, index: number): number => memoryOf(feed).sizes[index] ?? estimateCard();

/** How many articles of the feed the reader has had loaded, including pages since dropped. */
export const readEnd = (feed: string, end: number, hasMore: boolean): number => {
  const memory = memoryOf(feed);
  // At the true end of the feed, what is loaded is all there is (the feed may have shrunk).
  memory.end = hasMore ? Math.max(memory.end, end) : end;
  return memory.end;
};

export const placementOf = (feed: string): FeedPlacement => memoryOf(feed).placement ?? DEFAULT_PLACEMENT;

export const measurePlacement = (feed: string, list: HTMLElement): FeedPlacement => {
  const gap = Number.parseFloat(getComputedStyle(list).rowGap);
  const placement = {
    scrollMargin: Math.round(list.getBoundingClientRect().top + window.scrollY),
    gap: Number.isFinite(gap) ? gap : DEFAULT_PLACEMENT.gap,
  };
  memoryOf(feed).placement = placement;
  return placement;
};
