import type { ControllerState } from '../state/page';

/**
 * A short buzz for a right answer, three for a wrong one, where the phone can (not iOS Safari):
 * once per item, so the same feedback sent again after a reconnection does not buzz twice.
 */
export function vibrateOnFeedback(before: ControllerState, after: ControllerState, vibrate = typeof navigator === 'undefined' ? undefined : navigator.vibrate?.bind(navigator)): void {
  const now = after.page.kind === 'round' ? after.page.feedback : null;
  if (!now || !vibrate) return;
  const itemOf = (state: ControllerState) => (state.page.kind === 'round' ? (state.page.progress?.index ?? -1) : null);
  if (before.page.kind === 'round' && before.page.feedback && itemOf(before) === itemOf(after)) return;
  if (now.outcome === 'correct') vibrate(120);
  else if (now.outcome === 'wrong') vibrate([70, 60, 70, 60, 70]);
}
