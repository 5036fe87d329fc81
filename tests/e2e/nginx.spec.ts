/**
 * The build served as it will be deployed: Debian's nginx with deploy/nginx.conf (web root) and
 * deploy/nginx-subpath.conf (under a sub-path), started by scripts/serve-nginx.ts. The real
 * response headers (the build's policy as a header, security headers, caching, types), the app
 * working without a policy violation, and offline after one visit.
 */
import { expect, test, type APIResponse, type Page } from "@playwright/test";

import { nginxBinary } from "../../scripts/lib/nginx-site";

import {
  BOTKYRKA,
  expectChart,
  foreignRequests,
  openCompare,
  recordRequests,
  SUBPATH,
} from "./helpers";
import { NGINX_SUBPATH_URL, NGINX_URL } from "./urls";

// CI always runs nginx (.ci/run installs it); a machine without it skips this file.
test.skip(
  !process.env.CI && nginxBinary() === null,
  "nginx is not installed (apt-get install nginx)",
);
test.use({ baseURL: NGINX_URL });

const IMMUTABLE = "public, max-age=31536000, immutable";

/** Violations of the page's policies, as the console and the DOM event report them. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Permissions-Policy/i.test(m.text()))
      messages.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(
      () => (window as unknown as { __csp?: string[] }).__csp ?? [],
    )),
  ];
}

/** The policy of the built index.html's `<meta http-equiv>`. */
async function metaPolicy(page: Page): Promise<string> {
  return (
    (await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content")) ?? ""
  );
}

/** The security headers every answer carries, errors included. */
function expectSecurityHeaders(
  headers: Record<string, string>,
  policy: string,
): void {
  expect(headers["content-security-policy"]).toBe(
    `${policy}; frame-ancestors 'none'`,
  );
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of ["camera", "microphone", "geolocation"])
    expect(permissions).toContain(`${feature}=()`);
  expect(permissions).not.toContain("fullscreen");
  expect(headers["strict-transport-security"]).toBeUndefined();
  expect(headers["server"]).toBe("nginx");
}

test("nginx sends the build's policy as a header, the security headers and the caching rules", async ({
  page,
  request,
}) => {
  const violations = await watchViolations(page);
  const responses = new Map<string, Record<string, string>>();
  page.on("response", (response) => {
    responses.set(new URL(response.url()).pathname, response.headers());
  });

  const document = await page.goto(`./?view=compare&kommuner=${BOTKYRKA.code}`);
  await expectChart(page);
  const policy = await metaPolicy(page);
  expect(policy).toContain("default-src 'self'");
  const headers = document?.headers() ?? {};
  expectSecurityHeaders(headers, policy);
  expect(headers["cache-control"]).toBe("no-cache");
  expect(headers["content-type"]).toBe("text/html; charset=utf-8");

  // Another view, by the navigation, with its own chunks and datasets.
  await page.getByRole("link", { name: "Trender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trender");
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await page.getByRole("link", { name: "Karta" }).click();
  await expect(page.locator(".map-chart [data-chart-point]")).toHaveCount(26);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);

  // What the browser got: hashed assets and published data versions for a year, the data
  // manifest revalidated.
  const assets = [...responses].filter(([path]) =>
    /^\/assets\/[^/]+\.js$/.test(path),
  );
  expect(assets.length).toBeGreaterThan(1);
  for (const [path, assetHeaders] of assets) {
    expect(assetHeaders["cache-control"], path).toBe(IMMUTABLE);
    expect(assetHeaders["content-type"], path).toBe(
      "text/javascript; charset=utf-8",
    );
    expect(assetHeaders["content-security-policy"], path).toBe(
      headers["content-security-policy"],
    );
  }
  const data = (path: string): Record<string, string> => {
    const found = responses.get(path);
    expect(found, path).toBeDefined();
    return found ?? {};
  };
  expect(data("/data/kommuner.v1.json")["cache-control"]).toBe(IMMUTABLE);
  expect(data("/data/kommuner.v1.json")["content-type"]).toBe(
    "application/json; charset=utf-8",
  );
  expect(data("/data/stimulansmedel-2018.v1.csv")["cache-control"]).toBe(
    IMMUTABLE,
  );
  expect(data("/data/manifest.json")["cache-control"]).toBe("no-cache");

  // Straight from the server: CSV as text/csv, compressed; the service worker revalidated; a
  // missing file still carries the security headers but no year-long caching.
  const csv = await request.get("data/befolkning.v1.csv", {
    headers: { "accept-encoding": "gzip" },
  });
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-encoding"]).toBe("gzip");
  expect(csv.headers()["vary"]).toBe("Accept-Encoding");
  expect(csv.headers()["cache-control"]).toBe(IMMUTABLE);
  for (const path of ["sw.js", "index.html", "data/manifest.json"]) {
    const response = await request.head(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
  }
  for (const path of ["assets/missing-0000.js", "data/missing.v1.csv"]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expectSecurityHeaders(missing.headers(), policy);
    expect(missing.headers()["cache-control"], path).toBeUndefined();
  }
});

test.describe("offline", () => {
  // Like tests/e2e/offline.spec.ts: the service worker runs here.
  test.use({ serviceWorkers: "allow" });

  test("after one visit through nginx the app reloads with the network off", async ({
    page,
    context,
  }) => {
    const violations = await watchViolations(page);
    await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
    await expect
      .poll(
        () =>
          page.evaluate(
            async () => (await navigator.serviceWorker.ready).active?.state,
          ),
        { timeout: 15_000 },
      )
      .toBe("activated");
    await page.reload();
    await expect
      .poll(() =>
        page.evaluate(() => navigator.serviceWorker.controller !== null),
      )
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expectChart(page);
    await page.goto("./?view=trends&kommuner=0180");
    await expect(page.locator(".recharts-surface")).toBeVisible();
    await context.setOffline(false);
    expect(await violations()).toEqual([]);
  });
});

test("under a sub-path nginx serves the same build with the same headers", async ({
  page,
  request,
}) => {
  const origin = new URL(NGINX_SUBPATH_URL).origin;
  const urls = recordRequests(page);
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });

  const document = await page.goto(
    `${NGINX_SUBPATH_URL}?view=compare&kommuner=${BOTKYRKA.code}`,
  );
  await expectChart(page);
  expectSecurityHeaders(document?.headers() ?? {}, await metaPolicy(page));
  expect(foreignRequests(urls, origin)).toEqual([]);
  for (const url of urls.filter((u) => u.startsWith(origin)))
    expect(new URL(url).pathname.startsWith(SUBPATH), url).toBe(true);
  expect(failed).toEqual([]);

  const head = (url: string): Promise<APIResponse> =>
    request.head(url, { maxRedirects: 0 });
  expect(
    (await head(`${NGINX_SUBPATH_URL}data/kommuner.v1.json`)).headers()[
      "cache-control"
    ],
  ).toBe(IMMUTABLE);
  expect(
    (await head(`${NGINX_SUBPATH_URL}data/manifest.json`)).headers()[
      "cache-control"
    ],
  ).toBe("no-cache");
  // Without the final slash: a relative redirect that keeps the view.
  const bare = await head(`${origin}${SUBPATH.replace(/\/$/, "")}?view=map`);
  expect(bare.status()).toBe(301);
  expect(bare.headers()["location"]).toBe(`${SUBPATH}?view=map`);
  // Nothing outside the prefix, and no way out of dist/.
  expect((await head(`${origin}/`)).status()).toBe(404);
  expect((await head(`${origin}/data/manifest.json`)).status()).toBe(404);
  for (const path of ["%2e%2e/%2e%2e/package.json", "..%2fpackage.json"])
    expect((await head(`${NGINX_SUBPATH_URL}${path}`)).status(), path).toBe(
      404,
    );
});
