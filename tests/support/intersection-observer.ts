import { waitFor } from '@testing-library/react';

/**
 * jsdom has no layout, so nothing ever intersects. This stand-in records what is observed and
 * lets a test say "the reader scrolled to it".
 */
const observers = new Set<FakeIntersectionObserver>();

class FakeIntersectionObserver implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin: string;
  readonly thresholds = [0];
  readonly scrollMargin = '0px';
  private readonly targets = new Set<Element>();

  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.rootMargin = options?.rootMargin ?? '0px';
    observers.add(this);
  }

  observe(target: Element) {
    this.targets.add(target);
  }

  unobserve(target: Element) {
    this.targets.delete(target);
  }

  disconnect() {
    this.targets.clear();
    observers.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  fire() {
    const entries = [...this.targets].map(
      (target) => ({ target, isIntersecting: true, intersectionRatio: 1 }) as IntersectionObserverEntry,
    );
    if (entries.length > 0) this.callback(entries, this);
  }
}

export const installIntersectionObserver = () => {
  globalThis.IntersectionObserver = FakeIntersectionObserver;
};

/** Everything observed comes into view. */
export const scrollIntoViewAll = () => {
  for (const observer of [...observers]) observer.fire();
};

/**
 * The reader keeps scrolling until `expectation` holds: what appears on the way (a section that
 * mounts, a block drawn when near) is scrolled to as well, as it would be on a real page.
 */
export const scrollUntil = (expectation: () => void) =>
  waitFor(() => {
    scrollIntoViewAll();
    expectation();
  });
