// Helpers for the server tests: a service over a temp store, in-process requests, and waiting for a job to end.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, createService, type ServerOptions } from '../src/server/index.js';
import type { Job } from '../src/store/index.js';

export type Service = ReturnType<typeof createService>;

/** A service over a fresh temp store; the client's IP is the `x-test-ip` header (default `t`), so tests pick their own. */
export function testService(opts: Partial<ServerOptions> & { webDist?: string } = {}): { service: Service; app: ReturnType<typeof createApp>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-server-'));
  const webDist = opts.webDist ?? join(dir, 'no-dist');
  const service = createService({ store: join(dir, 'store.sqlite'), webDist, clientIp: (c) => c.req.header('x-test-ip') ?? 't', ...opts });
  return { service, app: createApp(service), dir };
}

/** A folder with a built page: index.html and one hashed asset. */
export function fakeDist(dir: string): string {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>triangulate</title><script type="module" src="/assets/app-1a2b.js"></script>');
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log("page")');
  return dist;
}

/** Poll the store until the job is done or failed. */
export async function waitJob(service: Service, jobId: string, timeoutMs = 120_000): Promise<Job> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = service.store.getJob(jobId);
    if (job && (job.state === 'done' || job.state === 'failed')) return job;
    if (Date.now() > until) throw new Error(`job ${jobId} still ${job?.state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A JSON POST. */
export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const STORY_A = `Bridge closed after cracks found

The city of Arnholt closed the Vell Street bridge on Monday after engineers found cracks in two of its supports, the mayor's office said.
"We will not reopen it until it is safe," said Mayor Lena Ostrova. Repairs are expected to take six weeks and cost 2.4 million euros.`;

export const STORY_B = `Arnholt shuts Vell Street bridge

Engineers found cracks in the supports of the Vell Street bridge, and the city closed it on Monday, officials said.
Mayor Lena Ostrova said: "We will not reopen it until it is safe." The repairs will take eight weeks, according to the city.`;

export const STORY_C = `Traffic diverted as bridge stays shut

Drivers in Arnholt faced long queues on Tuesday as the Vell Street bridge remained closed. The city said buses would be diverted for the six weeks of repairs.`;
