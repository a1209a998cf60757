// Redis settings for the BullMQ extraction queue: parse `--queue redis://HOST:PORT[/DB]` and check Redis answers.
import type { RedisOptions } from "bullmq";
import { Redis } from "ioredis";
import { CliError } from "../io.ts";

/** The one queue producers and workers meet on (several runs share it: job ids carry the run). */
export const QUEUE_NAME = "newsgraph-extract";

/**
 * Connection options for BullMQ. `maxRetriesPerRequest: null` is what BullMQ requires for the blocking
 * connections of workers and queue events: a command waits for Redis to come back instead of failing the job.
 */
export function parseQueueUrl(command: string, url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CliError(
      `newsgraph ${command}: --queue must be a Redis URL such as redis://127.0.0.1:6379, got "${url}"`,
    );
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:") {
    throw new CliError(`newsgraph ${command}: --queue must start with redis:// or rediss://, got "${url}"`);
  }
  const dbText = u.pathname.replace(/^\//, "");
  if (dbText !== "" && !/^\d+$/.test(dbText))
    throw new CliError(
      `newsgraph ${command}: the database in --queue must be a number (redis://HOST:PORT/0), got "${dbText}"`,
    );
  return {
    host: u.hostname || "127.0.0.1",
    port: u.port ? Number(u.port) : 6379,
    db: dbText ? Number(dbText) : 0,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === "rediss:" ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** The URL for messages and logs: a password is never printed. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.href.replace(/\/$/, "");
  } catch {
    return url;
  }
}

/** Fails fast with a clear message when nothing answers at the URL (BullMQ itself would retry forever). */
export async function checkRedis(command: string, url: string, opts: RedisOptions): Promise<void> {
  const probe = new Redis({
    ...opts,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5000,
    enableOfflineQueue: false,
  });
  probe.on("error", () => {}); // the failure is reported once, below
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new CliError(
      `newsgraph ${command}: cannot reach Redis at ${displayUrl(url)} (${(e as Error).message}); start redis-server there or fix --queue`,
      1,
    );
  } finally {
    probe.disconnect();
  }
}
