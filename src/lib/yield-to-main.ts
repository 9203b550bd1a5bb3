/**
 * Ends the current task and resumes in a new one, so that a long piece of work (mapping a page
 * of articles, sanitizing a story) is two tasks the browser can paint and answer input between,
 * instead of one that blocks it.
 */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
