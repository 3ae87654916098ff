// Loaded with `node --import` by the escalation process test: the node
// believes it is LANTERN_TEST_CLOCK_SHIFT_MS later than it is, which is how
// a test stands for "the machine stayed off for a while" without waiting.
const shiftMs = Number(process.env.LANTERN_TEST_CLOCK_SHIFT_MS ?? '0');
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + shiftMs);
    else super(...(args as [string | number]));
  }

  static override now(): number {
    return RealDate.now() + shiftMs;
  }
}

if (shiftMs !== 0) globalThis.Date = ShiftedDate as DateConstructor;
