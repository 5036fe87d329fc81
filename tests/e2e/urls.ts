/**
 * Where the test servers listen (shared by playwright.config.ts and the specs). Four consecutive
 * ports from E2E_PORT_BASE (default 4173), so two checkouts can run their end-to-end tests at once.
 */
const BASE = Number(process.env.E2E_PORT_BASE ?? "4173");
export const ROOT_PORT = BASE;
export const SUBPATH_PORT = BASE + 1;
export const ROOT_URL = `http://127.0.0.1:${ROOT_PORT}/`;
export const SUBPATH = "/kommun/verktyg/psykisk-halsa/";
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`;
/** nginx with deploy/ (scripts/serve-nginx.ts): at the web root, and under SUBPATH. */
export const NGINX_PORT = BASE + 2;
export const NGINX_SUBPATH_PORT = BASE + 3;
export const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}/`;
export const NGINX_SUBPATH_URL = `http://127.0.0.1:${NGINX_SUBPATH_PORT}${SUBPATH}`;
