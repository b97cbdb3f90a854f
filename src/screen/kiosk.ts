/**
 * A public screen is not a web page: no text selection, no context menu, and the mouse cursor
 * hidden after a few seconds without movement (the CSS in index.html does the rest).
 */
export function kiosk(root: HTMLElement, idleMs = 3000): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = () => root.classList.add('cursor-idle');
  const moved = () => {
    root.classList.remove('cursor-idle');
    clearTimeout(timer);
    timer = setTimeout(idle, idleMs);
  };
  window.addEventListener('contextmenu', (e) => e.preventDefault());
  window.addEventListener('selectstart', (e) => e.preventDefault());
  window.addEventListener('pointermove', moved);
  moved();
}
