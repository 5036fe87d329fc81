/** Where the two test servers listen (shared by playwright.config.ts and the specs). */
export const ROOT_URL = "http://127.0.0.1:4173/";
export const SUBPATH = "/kommun/verktyg/psykisk-halsa/";
export const SUBPATH_URL = `http://127.0.0.1:4174${SUBPATH}`;
