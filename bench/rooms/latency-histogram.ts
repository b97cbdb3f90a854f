/** Latencies in 10 µs buckets up to 10 s (a longer one counts as 10 s): millions of samples (a soak) in 4 MB, percentiles exact to 10 µs. */
export class LatencyHistogram {
  private static readonly BUCKET_MS = 0.01;
  private readonly counts = new Uint32Array(1_000_000);
  count = 0;

  add(ms: number): void {
    const bucket = Math.min(this.counts.length - 1, Math.max(0, Math.floor(ms / LatencyHistogram.BUCKET_MS)));
    this.counts[bucket]! += 1;
    this.count++;
  }

  /** The latency under which a fraction `p` (0–1) of the samples fall, in ms (the bucket's upper edge). */
  percentile(p: number): number {
    const rank = Math.ceil(p * this.count);
    let seen = 0;
    for (let bucket = 0; bucket < this.counts.length; bucket++) {
      seen += this.counts[bucket]!;
      if (seen >= rank && seen > 0) return (bucket + 1) * LatencyHistogram.BUCKET_MS;
    }
    return NaN;
  }
}

/** The event-loop delay monitor's period: Node records each whole period, so lateness is a sample less this. */
export const LOOP_RESOLUTION_MS = 10;

/** How late a loop ran, in ms, from a sample of monitorEventLoopDelay (ns). */
export const lateness = (recordedNs: number): number => Math.max(0, recordedNs / 1e6 - LOOP_RESOLUTION_MS);
