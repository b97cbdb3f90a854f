/**
 * Many players' answers to one objective, packed for the fit: sequence `k` (one player card) is
 * `answers[starts[k]]` up to `answers[starts[k + 1]]` (excluded), 1 for right and 0 for wrong,
 * oldest first. `starts` has one more entry than there are sequences.
 */
export interface AnswerSequences {
  answers: Uint8Array;
  starts: Uint32Array;
}

/** Builds AnswerSequences one answer at a time, sequence after sequence. */
export class AnswerSequenceBuilder {
  private answers = new Uint8Array(1024);
  private starts: number[] = [0];
  private length = 0;

  /** Begins the next player's sequence; an empty one is dropped. */
  nextSequence(): void {
    if (this.starts.at(-1) !== this.length) this.starts.push(this.length);
  }

  push(correct: boolean): void {
    if (this.length === this.answers.length) {
      const grown = new Uint8Array(this.answers.length * 2);
      grown.set(this.answers);
      this.answers = grown;
    }
    this.answers[this.length++] = correct ? 1 : 0;
  }

  build(): AnswerSequences {
    this.nextSequence();
    return { answers: this.answers.slice(0, this.length), starts: Uint32Array.from(this.starts) };
  }
}

/** Packs plain lists of answers (tests and simulations). */
export function answerSequences(sequences: readonly (readonly boolean[])[]): AnswerSequences {
  const builder = new AnswerSequenceBuilder();
  for (const sequence of sequences) {
    builder.nextSequence();
    for (const correct of sequence) builder.push(correct);
  }
  return builder.build();
}

export const sequenceCount = (sequences: AnswerSequences): number => sequences.starts.length - 1;
