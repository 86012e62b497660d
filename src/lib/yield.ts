/**
 * Gives the browser a turn (input, rendering) and resumes in a task of its own: `scheduler.yield()` where it exists,
 * which resumes ahead of other tasks, otherwise a message (not `setTimeout(0)`: nested timeouts are clamped to 4 ms).
 */
export function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
