import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's allocation-site pretenuring, once per process, before room sockets open.
 *
 * Why: when a screen's phones connect together, every socket's frame reader (`ws`) holds its
 * fresh per-frame array for a while, so V8 learns that arrays made there live long and starts
 * making them straight in the old generation. From then on each press's array is old and dead at
 * once, yet it still points at that press's young buffers, so every minor collection copies them
 * out and promotes them. Measured under the rooms bench (500 phones, 100 rooms, 20 presses/s):
 * 1.2 MB promoted per minor collection, the heap growing 4 MB/s and minor pauses of 5–9 ms; with
 * pretenuring off, 5–90 kB promoted, pauses of about 1 ms and a flat heap. The rest of the centre
 * (requests, the store) makes few objects that live long, so it loses nothing to this.
 * V8 reads the flag at each collection, so setting it at run time takes effect from the next one.
 */
let tuned = false;

export function keepPressesYoung(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--no-allocation-site-pretenuring');
}
