/* global fetch */
// npm run bench:serve — `clinical-path serve` on PGlite and on Postgres: POST /api/v1/responses throughput and
// p50/p99 latency at 1, 8 and 32 concurrent clients over loopback, then GET /api/v1/report over 100,000 stored
// responses. Prints a Markdown section and puts it in test/bench/results.md (replacing the previous one).
// Measured, never asserted: the machine is shared and noisy. Postgres: CLINICAL_PATH_TEST_PG, or the README's test
// server (a database is made for the run and dropped after).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seeded, syntheticResponse } from './syntheticResponses.mjs';

const bin = fileURLToPath(new URL('../../bin/clinical-path.js', import.meta.url));
const results = fileURLToPath(new URL('./results.md', import.meta.url));
const PG = process.env.CLINICAL_PATH_TEST_PG ?? 'postgres://clinical_path_test:clinical_path_test@127.0.0.1:5432/clinical_path_test';
const POSTS = Number(process.env.BENCH_POSTS ?? 2000);
const STORED = Number(process.env.BENCH_STORED ?? 100_000);
const CONCURRENCY = [1, 8, 32];
const log = (line) => process.stderr.write(`${line}\n`);

function startServe(db, home) {
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--rate-limit', '0', '--token-file', join(home, 'token')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const url = new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const found = /Serving the survey at (\S+)/.exec(stderr)?.[1];
      if (found) resolve(found);
    });
    child.on('exit', () => reject(new Error(`serve ended: ${stderr}`)));
  });
  return { url, stop: async () => (child.kill('SIGTERM'), await once(child, 'exit')) };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** POSTs `count` new records with `clients` workers; each worker sends one at a time, as a respondent's submit does. */
async function posts(url, count, clients, random) {
  const records = Array.from({ length: count }, () => JSON.stringify(syntheticResponse(random)));
  const latencies = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < records.length) {
        const body = records[next++];
        const t = process.hrtime.bigint();
        const res = await fetch(`${url}/api/v1/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`POST answered ${res.status}`);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { clients, count, perSecond: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Fills the database to `total` responses straight through SQL, in batches: POSTing 100k would take minutes. */
async function fill(engine, db, total, random) {
  const insert = `INSERT INTO responses (response_id, revision, consent_version, bank_id, bank_version, month, answers)
    SELECT (r->>'responseId')::uuid, (r->>'revision')::int, r->>'consentVersion', r->'bank'->>'id', r->'bank'->>'version', r->>'month', r->'answers'
    FROM jsonb_array_elements($1::text::jsonb) AS r ON CONFLICT DO NOTHING`;
  const client = engine === 'postgres' ? (await import('postgres')).default(db, { max: 1, onnotice: () => {} }) : await (await import('@electric-sql/pglite')).PGlite.create(db);
  const run = (params) => (engine === 'postgres' ? client.unsafe(insert, params) : client.query(insert, params));
  const count = async () => Number((engine === 'postgres' ? await client.unsafe('SELECT count(*) AS n FROM responses') : (await client.query('SELECT count(*) AS n FROM responses')).rows)[0].n);
  try {
    for (let have = await count(); have < total; have = await count()) {
      const batch = Array.from({ length: Math.min(5000, total - have) }, () => syntheticResponse(random));
      await run([JSON.stringify(batch)]);
    }
  } finally {
    await (engine === 'postgres' ? client.end() : client.close());
  }
}

async function report(url, token, rounds = 3) {
  const times = [];
  let respondents = 0;
  for (let i = 0; i < rounds; i += 1) {
    const t = process.hrtime.bigint();
    const res = await fetch(`${url}/api/v1/report?format=json`, { headers: { Authorization: `Bearer ${token}` } });
    respondents = (await res.json()).respondents;
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  times.sort((a, b) => a - b);
  return { respondents, seconds: times[Math.floor(times.length / 2)], rounds };
}

async function withDatabase(engine, work) {
  const home = mkdtempSync(join(tmpdir(), 'clinical-path-bench-serve-'));
  if (engine === 'pglite') {
    try {
      return await work(join(home, 'db'), home);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }
  const postgres = (await import('postgres')).default;
  const name = `clinical_path_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(PG, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(PG);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString(), home);
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(home, { recursive: true, force: true });
  }
}

const rows = [];
const reports = [];
const load = loadavg()[0].toFixed(1);
for (const engine of ['pglite', 'postgres']) {
  await withDatabase(engine, async (db, home) => {
    const random = seeded(engine === 'pglite' ? 1 : 2);
    let server = startServe(db, home);
    let url = await server.url;
    for (const clients of CONCURRENCY) {
      log(`${engine}: ${POSTS} POSTs with ${clients} client${clients === 1 ? '' : 's'}…`);
      rows.push({ engine, ...(await posts(url, POSTS, clients, random)) });
    }
    await server.stop();
    log(`${engine}: filling to ${STORED.toLocaleString('en-US')} responses…`);
    await fill(engine, db, STORED, random);
    server = startServe(db, home);
    url = await server.url;
    log(`${engine}: the report…`);
    reports.push({ engine, ...(await report(url, readFileSync(join(home, 'token'), 'utf8').trim())) });
    await server.stop();
  });
}

const name = { pglite: 'PGlite', postgres: 'Postgres' };
const section = `## \`serve\`: POST throughput and latency, and the report over the API

Run ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, load average ${load} at the start (shared machine); \`npm run bench:serve\`.
Each client sends one record at a time over loopback (HTTP/1.1 keep-alive), each a new response id, committed
(PGlite: fsync'd) before its 201.

| database | clients | POSTs | per second | p50 | p99 |
|---|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${name[r.engine]} | ${r.clients} | ${r.count.toLocaleString('en-US')} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms |`).join('\n')}

| database | stored responses | GET /api/v1/report?format=json (median of ${reports[0]?.rounds ?? 3}) |
|---|---:|---:|
${reports.map((r) => `| ${name[r.engine]} | ${r.respondents.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} s |`).join('\n')}
`;

process.stdout.write(`${section}\n`);
// Replaces this section in results.md, or adds it at the end: below run.mjs's marker, where npm run bench keeps it.
const before = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmarks\n';
const pattern = /## `serve`[^\n]*\n[\s\S]*?(?=\n## |$)/;
writeFileSync(results, pattern.test(before) ? before.replace(pattern, section.trimEnd()) : `${before.trimEnd()}\n\n${section}`);
