import { setupServer } from 'msw/node';

/** The msw/node server every unit test shares; tests add handlers with `server.use(...)`. */
export const server = setupServer();
