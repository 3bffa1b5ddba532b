import type { InvocationContext } from '../invocation/invocation-context';
import { CrashSchedule } from './crash-schedule';

const invocation = (functionKey: string) => ({ functionKey }) as InvocationContext;

describe('CrashSchedule', () => {
  it('fires once, on the k-th call made inside an invocation, and names the function it stopped', () => {
    const schedule = new CrashSchedule();
    schedule.arm(3);
    const fired = [
      schedule.afterCall(invocation('poll')),
      schedule.afterCall(undefined),
      schedule.afterCall(invocation('poll')),
      schedule.afterCall(invocation('event')),
      schedule.afterCall(invocation('event')),
    ];
    expect(fired).toEqual([false, false, false, true, false]);
    expect(schedule.stopped).toEqual(['event']);
    expect(schedule.armed).toBe(false);
    expect(schedule.calls).toBe(4);
  });

  it('counts without firing when disarmed, and starts the count again', () => {
    const schedule = new CrashSchedule();
    schedule.arm(1);
    schedule.disarm();
    expect(schedule.afterCall(invocation('poll'))).toBe(false);
    expect(schedule.calls).toBe(1);
    schedule.disarm();
    expect(schedule.calls).toBe(0);
    expect(schedule.fired).toBe(0);
  });

  it('refuses a crash point that is not a whole number of at least 1', () => {
    const schedule = new CrashSchedule();
    expect(() => {
      schedule.arm(0);
    }).toThrow('A crash point must be a whole number ≥ 1, got 0.');
    expect(() => {
      schedule.arm(1.5);
    }).toThrow(RangeError);
  });
});
