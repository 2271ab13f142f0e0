import { describe, expect, it } from 'vitest';
import { exportedBank } from '../../src/core/survey/exportedBank.js';
import { createClassPoll, type ClassSnapshot } from '../../src/server/classPoll.js';
import { memorySurveyDb } from '../../src/server/db/memorySurveyDb.js';
import { isAnyHost, lanAddress } from '../../src/server/lanAddress.js';
import { recordMaker, shippedBank } from './records.js';

describe('the class poll', () => {
  it('with 60 records arriving in overlapping waves and u pressed throughout, every snapshot holds K or more changes more than the last, exactly as counted', async () => {
    const bank = exportedBank(await shippedBank());
    const db = memorySurveyDb();
    const poll = await createClassPoll(db, { bank, minCell: 3 });
    const snapshots: ClassSnapshot[] = [];
    poll.subscribe((event) => {
      if (event.kind === 'snapshot') snapshots.push(event.snapshot);
    });
    const record = recordMaker(9);
    const records = Array.from({ length: 40 }, () => record());
    // In waves: a few at once, a key press now and then, the next wave before the last has finished.
    const inFlight: Promise<unknown>[] = [];
    records.forEach((r, i) => {
      inFlight.push(poll.db.put(r));
      if (i % 3 === 0) inFlight.push(poll.request());
    });
    for (let i = 0; i < 20; i += 1) {
      inFlight.push(poll.db.put(record()));
      if (i % 2 === 0) inFlight.push(poll.request());
      if (i % 4 === 0) await new Promise((r) => setImmediate(r));
    }
    await Promise.all(inFlight);
    expect(snapshots.length).toBeGreaterThan(1);
    let before = 0;
    for (const s of snapshots) {
      expect(s.added).toBeGreaterThanOrEqual(3);
      expect(s.changes - before).toBe(s.added);
      // What it says it holds is what it read.
      expect(s.report.respondents).toBe(s.changes);
      before = s.changes;
    }
    expect(poll.status().received).toBe(60);
  });

  it('counts a later revision as a change, a resend or a refusal as none', async () => {
    const bank = exportedBank(await shippedBank());
    const poll = await createClassPoll(memorySurveyDb(), { bank, minCell: 3 });
    const r = recordMaker(10)();
    expect(await poll.db.put(r)).toBe('stored');
    expect(await poll.db.put(r)).toBe('same');
    expect(await poll.db.put({ ...r, revision: 2 })).toBe('replaced');
    expect(await poll.db.put({ ...r, revision: 1 })).toBe('newer');
    expect(poll.status()).toMatchObject({ received: 1, waiting: 2, shown: null });
  });
});

describe('lanAddress', () => {
  const v4 = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: null });
  const v6 = (address: string) => ({ address, family: 'IPv6' as const, internal: false, netmask: 'ffff::', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 });
  it.each([
    ['loopback only', { lo: [v4('127.0.0.1', true)] }, undefined],
    ['a private address', { lo: [v4('127.0.0.1', true)], eth0: [v4('192.168.1.20')] }, '192.168.1.20'],
    ['private before public', { eth0: [v4('203.0.113.5')], wlan0: [v4('10.0.0.7')] }, '10.0.0.7'],
    ['172.16/12 is private', { eth0: [v4('203.0.113.5'), v4('172.20.1.2')] }, '172.20.1.2'],
    ['a public one when that is all', { eth0: [v4('203.0.113.5')] }, '203.0.113.5'],
    ['link-local and IPv6 are skipped', { eth0: [v4('169.254.3.4'), v6('fe80::1')] }, undefined],
  ])('%s', (_name, interfaces, expected) => {
    expect(lanAddress(interfaces)).toBe(expected);
  });

  it('knows the every-interface hosts', () => {
    expect(['0.0.0.0', '::', '[::]'].map(isAnyHost)).toEqual([true, true, true]);
    expect(['127.0.0.1', '192.168.1.2', '::1'].map(isAnyHost)).toEqual([false, false, false]);
  });
});
