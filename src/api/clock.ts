/**
 * The one clock: what time it is, how to wait, and chance for jitter. Everything that reads the
 * time or waits takes a Clock, so tests drive time without waiting (__tests__/fixtures.ts,
 * testClock) and nothing in the suite depends on how fast the machine is.
 */
export interface Clock {
  now: () => number
  sleep: (ms: number) => Promise<void>
  random: () => number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}
