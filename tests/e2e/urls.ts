/** Where the test servers listen (shared by playwright.config.ts and the specs). */
export const ROOT_URL = "http://127.0.0.1:4173/";
export const SUBPATH = "/kommun/verktyg/psykisk-halsa/";
export const SUBPATH_URL = `http://127.0.0.1:4174${SUBPATH}`;
/** nginx with deploy/ (scripts/serve-nginx.ts): at the web root, and under SUBPATH. */
export const NGINX_PORT = 4175;
export const NGINX_SUBPATH_PORT = 4176;
export const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}/`;
export const NGINX_SUBPATH_URL = `http://127.0.0.1:${NGINX_SUBPATH_PORT}${SUBPATH}`;
