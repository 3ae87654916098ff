/**
 * A detector's state as one flat Float64Array, so the node can keep it on
 * disk and pick a stream up where it left off after a restart. Each part
 * writes its scalars and typed arrays in a fixed order and reads them back in
 * the same order; NaN (an unseen seasonal slot) survives the round trip.
 */
export class DetectorStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DetectorStateError';
  }
}

export class StateWriter {
  private readonly parts: (number | Float64Array)[] = [];
  private length = 0;

  number(value: number): void {
    this.parts.push(value);
    this.length += 1;
  }

  array(values: Float64Array): void {
    this.parts.push(values);
    this.length += values.length;
  }

  finish(): Float64Array {
    const out = new Float64Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      if (typeof part === 'number') out[at++] = part;
      else {
        out.set(part, at);
        at += part.length;
      }
    }
    return out;
  }
}

export class StateReader {
  private at = 0;
  private readonly state: Float64Array;

  constructor(state: Float64Array) {
    this.state = state;
  }

  number(): number {
    if (this.at >= this.state.length)
      throw new DetectorStateError('The saved detector state ends early: it will be rebuilt');
    return this.state[this.at++] as number;
  }

  /** Fills `into` from the saved state (the arrays' sizes come from the detector's options). */
  array(into: Float64Array): void {
    if (this.at + into.length > this.state.length)
      throw new DetectorStateError('The saved detector state ends early: it will be rebuilt');
    into.set(this.state.subarray(this.at, this.at + into.length));
    this.at += into.length;
  }

  /** The whole state was read: a saved state of another shape is refused rather than misread. */
  done(): void {
    if (this.at !== this.state.length)
      throw new DetectorStateError(
        'The saved detector state was made with other options: it will be rebuilt',
      );
  }
}

/** A part of a detector that can save and restore its state. */
export interface PersistentState {
  save(out: StateWriter): void;
  load(from: StateReader): void;
}
