// Static server for the viewer: serves ONLY the built viewer assets and one graph file, on 127.0.0.1 by default.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { closeSync, createReadStream, fstatSync, openSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";

export interface ServeOptions {
  /** the viewer's built assets (packages/viewer/dist) */
  distDir: string;
  /** the graph file to serve as /graph.json or /graph.gexf (chosen by its extension) */
  graphPath: string;
  /** interface to bind; 127.0.0.1 unless the user asks for another */
  host?: string;
  /** 0 (the default) lets the OS pick a free port */
  port?: number;
}

export interface RunningServer {
  server: Server;
  host: string;
  port: number;
  /** the URL to open: the viewer's index, pointing at the served graph */
  url: string;
  /** the path the graph is served under: "/graph.json" or "/graph.gexf" */
  graphRoute: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".gexf": "application/gexf+xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

// Defence in depth for hostile article text: even if a string reached the DOM as HTML, inline handlers and
// foreign scripts would not run. blob: workers are needed by graphology's ForceAtlas2/noverlap supervisors.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** The host name of a Host header value, without the port ("[::1]:8080" → "[::1]"). */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.split(":", 1)[0] ?? "";
}

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Every regular file under dir, keyed by its URL path ("/assets/x.js"). Symlinks and dotfiles are left out. */
export function listAssets(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const a = join(abs, e.name);
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(a, r);
      else if (e.isFile()) out.set(r, a);
    }
  };
  walk(dir, "");
  return out;
}

/**
 * Turns a raw request target into a clean URL path, or null when it must be refused.
 * Encoded dots, slashes, backslashes, percent signs (double encoding) and NUL are refused before decoding;
 * after decoding, dot segments, backslashes and control characters are refused again.
 */
export function cleanPath(rawUrl: string): string | null {
  const raw = rawUrl.split(/[?#]/, 1)[0] ?? "";
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  if (/%(2e|2f|5c|25|00)/i.test(raw) || /[\\\0]/.test(raw)) return null;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f]/.test(path)) return null;
  if (path.split("/").some((seg) => seg === ".." || seg === ".")) return null;
  return path;
}

export function graphRouteFor(graphPath: string): string {
  return extname(graphPath).toLowerCase() === ".gexf" ? "/graph.gexf" : "/graph.json";
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
  res.end(body);
}

/**
 * One open, then fstat and stream from that descriptor: a graph.json replaced (renamed over) while it is being served
 * keeps its old inode open here, so the Content-Length and the bytes always describe the same file.
 */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, noStore: boolean): void {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return send(res, 404, "not found\n");
  }
  let size: number;
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      closeSync(fd);
      return send(res, 404, "not found\n");
    }
    size = st.size;
  } catch {
    closeSync(fd);
    return send(res, 404, "not found\n");
  }
  res.writeHead(200, {
    "Content-Type": contentType(file),
    "Content-Length": size,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",
    "Cache-Control": noStore ? "no-store" : "no-cache",
  });
  if (req.method === "HEAD" || size === 0) {
    closeSync(fd);
    return void res.end();
  }
  // exactly the bytes counted above, even if the file grows meanwhile
  createReadStream("", { fd, start: 0, end: size - 1, autoClose: true })
    .on("error", () => res.destroy())
    .pipe(res);
}

export function formatUrl(host: string, port: number, path = "/"): string {
  const h = host.includes(":") ? `[${host}]` : host;
  return `http://${h}:${port}${path}`;
}

export async function serveViewer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const graphRoute = graphRouteFor(opts.graphPath);
  let assets = listAssets(opts.distDir);
  if (!assets.has("/index.html")) {
    throw new Error(`newsgraph/serve: no index.html in ${opts.distDir}; run pnpm install (it builds the viewer)`);
  }
  const loopbackOnly = LOOPBACK.has(host);
  const server = createServer((req, res) => {
    // DNS rebinding: a web page whose name resolves to 127.0.0.1 must not read the graph, so on loopback only
    // loopback names are accepted in Host
    if (loopbackOnly && !LOOPBACK.has(hostName(req.headers.host ?? ""))) return send(res, 403, "forbidden host\n");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "method not allowed\n");
    }
    const path = cleanPath(req.url ?? "");
    if (path === null) return send(res, 404, "not found\n");
    if (path === graphRoute) return sendFile(req, res, opts.graphPath, true);
    const key = path === "/" ? "/index.html" : path;
    let file = assets.get(key);
    // A rebuilt viewer has new hashed file names: look again once before giving up.
    if (file === undefined && key.startsWith("/assets/")) {
      assets = listAssets(opts.distDir);
      file = assets.get(key);
    }
    if (file === undefined) {
      // browsers ask for /favicon.ico on their own; "no content" keeps their consoles free of a useless 404
      if (key === "/favicon.ico") return void res.writeHead(204).end();
      return send(res, 404, "not found\n");
    }
    sendFile(req, res, file, false);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : (opts.port ?? 0);
  const query = graphRoute === "/graph.json" ? "" : `?graph=${graphRoute.slice(1)}`;
  return {
    server,
    host,
    port,
    graphRoute,
    url: formatUrl(host, port, `/${query}`),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
