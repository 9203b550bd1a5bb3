/**
 * Ends the current task and resumes in a new one, so that a long piece of work (parsing a page
 * of articles, sanitizing one) is two tasks the browser can paint and answer input between,
 * instead of one that blocks it. scheduler.yield() resumes ahead of other queued work where the
 * browser has it; a timer elsewhere.
 */
export const yieldToMain = (): Promise<void> =>
  typeof scheduler !== 'undefined' && 'yield' in scheduler ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
