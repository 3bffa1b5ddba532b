import { FakeClock } from '../../test/fixtures/peopleforce/fake-clock';
import { TokenBucket } from './token-bucket';

async function passTimes(bucket: TokenBucket, clock: FakeClock, count: number): Promise<number[]> {
  const start = clock.now().getTime();
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    await bucket.take();
    times.push(clock.now().getTime() - start);
  }
  return times;
}

describe('TokenBucket', () => {
  it('spaces requests evenly at the rate, from an immediate first one', async () => {
    const clock = new FakeClock();
    expect(await passTimes(new TokenBucket(clock, 5), clock, 6)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('lets a burst of `capacity` pass at once, then refills at the rate', async () => {
    const clock = new FakeClock();
    expect(await passTimes(new TokenBucket(clock, 2, 3), clock, 5)).toEqual([0, 0, 0, 500, 1000]);
  });

  it('never saves up more than its capacity while idle', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(clock, 4);
    clock.advance(10_000);
    expect(await passTimes(bucket, clock, 3)).toEqual([0, 250, 500]);
  });

  it('reserves a slot per concurrent caller', async () => {
    const clock = new FakeClock();
    const bucket = new TokenBucket(clock, 5);
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(clock.sleeps).toEqual([200, 400]);
  });

  it('rejects a rate or capacity that could never let a request through', () => {
    const clock = new FakeClock();
    expect(() => new TokenBucket(clock, 0)).toThrow(RangeError);
    expect(() => new TokenBucket(clock, 5, 0.5)).toThrow(RangeError);
  });
});
