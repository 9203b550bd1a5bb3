/**
 * Heights of feed items as last measured, by article id, kept across mounts of the feed: when
 * the reader comes Back, the list is laid out with the real heights before the router restores
 * the scroll offset, so the total height and every item's place are what they were.
 */
const sizes = new Map<number, number>();
let measuredAtWidth = 0;

/** Heights depend on the layout width; a different width starts afresh. */
const checkWidth = () => {
  if (window.innerWidth === measuredAtWidth) return;
  sizes.clear();
  measuredAtWidth = window.innerWidth;
};

export const rememberSize = (id: number, size: number) => {
  checkWidth();
  sizes.set(id, size);
};

/** Matches the feed card layout (cards.css): image beside the text from 640px, above it below. */
const estimateCard = () => {
  const width = Math.min(window.innerWidth, 832) - 32;
  return window.innerWidth >= 640 ? 200 : Math.round((width * 9) / 16) + 190;
};

export const sizeOf = (id: number | undefined): number => {
  checkWidth();
  return (id === undefined ? undefined : sizes.get(id)) ?? estimateCard();
};

/** Where the list starts in the page and its row gap, kept per feed for the same reason. */
export interface FeedPlacement {
  scrollMargin: number;
  gap: number;
}

const placements = new Map<string, FeedPlacement>();
const DEFAULT_PLACEMENT: FeedPlacement = { scrollMargin: 0, gap: 24 };

export const placementOf = (feed: string): FeedPlacement => placements.get(feed) ?? DEFAULT_PLACEMENT;

export const measurePlacement = (feed: string, list: HTMLElement): FeedPlacement => {
  const gap = Number.parseFloat(getComputedStyle(list).rowGap);
  const placement = {
    scrollMargin: Math.round(list.getBoundingClientRect().top + window.scrollY),
    gap: Number.isFinite(gap) ? gap : DEFAULT_PLACEMENT.gap,
  };
  placements.set(feed, placement);
  return placement;
};
