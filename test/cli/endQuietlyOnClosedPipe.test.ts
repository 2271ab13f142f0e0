import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { endQuietlyOnClosedPipe, isClosedPipe } from '../../src/cli/endQuietlyOnClosedPipe.js';

const failure = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe('endQuietlyOnClosedPipe', () => {
  it('takes a closed pipe quietly: nothing is raised, and later writes are dropped', async () => {
    let calls = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        calls += 1;
        done(failure('EPIPE'));
      },
    });
    endQuietlyOnClosedPipe(stdout);
    stdout.write('Your clinical-path plan\n');
    await new Promise((resolve) => setImmediate(resolve));
    stdout.write('Clinical site search\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout.destroyed).toBe(true);
    expect(calls).toBe(1);
  });

  it('raises any other write error as before (a full disk is still an unexpected error)', () => {
    const stream = new EventEmitter();
    endQuietlyOnClosedPipe(stream);
    expect(() => stream.emit('error', failure('EPIPE'))).not.toThrow();
    expect(() => stream.emit('error', failure('ENOSPC'))).toThrow('write ENOSPC');
  });

  it('words any other write error once through onWriteFailure (stdout on a full disk), and raises nothing', () => {
    const stream = new EventEmitter();
    const told: string[] = [];
    endQuietlyOnClosedPipe(stream, (reason) => told.push(reason));
    expect(() => stream.emit('error', failure('ENOSPC'))).not.toThrow();
    expect(() => stream.emit('error', failure('ENOSPC'))).not.toThrow();
    expect(told).toEqual(['the disk is full']);
    expect(() => stream.emit('error', new Error('not a file-system error'))).toThrow('not a file-system error');
  });

  it('leaves other write errors to a command that watches the stream itself (the plain interview)', () => {
    const stream = new EventEmitter();
    endQuietlyOnClosedPipe(stream);
    const seen: unknown[] = [];
    stream.on('error', (error) => seen.push(error));
    expect(() => stream.emit('error', failure('ENOSPC'))).not.toThrow();
    expect(() => stream.emit('error', failure('EPIPE'))).not.toThrow();
    expect(seen).toHaveLength(2);
  });

  it.each<[string, unknown, boolean]>([
    ['EPIPE', failure('EPIPE'), true],
    ['ENOSPC', failure('ENOSPC'), false],
    ['a plain Error', new Error('EPIPE'), false],
    ['a string', 'EPIPE', false],
    ['null', null, false],
  ])('isClosedPipe(%s)', (_name, error, expected) => {
    expect(isClosedPipe(error)).toBe(expected);
  });
});
