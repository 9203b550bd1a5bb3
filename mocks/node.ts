import { setupServer } from 'msw/node';
import { handlers } from './handlers/handlers.ts';

/** The mock WordPress backend for Vitest (and any other Node process). */
export const server = setupServer(...handlers);
