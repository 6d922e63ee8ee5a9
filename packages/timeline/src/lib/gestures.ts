import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from './timeline.svelte.js';

/** Distance a pointer must move before a press becomes a drag (so clicks still select). */
const DRAG_THRESHOLD = 4;

/**
 * Binds the pointer and wheel gestures of the timeline to one element: drag to pan, pinch
 * (two pointers, or a trackpad pinch) to zoom, Ctrl/⌘ + wheel to zoom, horizontal wheel or
 * Shift + wheel to pan, double-click to zoom in (Shift: out), a click on a mark drawn on the
 * canvas to select it and on a density bin to zoom into it. A plain vertical wheel is left
 * to the page, so the timeline never traps scrolling; a hint tells the reader how to zoom
 * instead.
 *
 * Only listeners are added here; all maths is in the state's methods. A pointer or wheel sends
 * many events per frame; their zooms and pans are queued and applied once per animation
 * frame, so the layout runs once per frame, not once per event.
 */
export function zoomGestures(state: TimelineState): Attachment<HTMLElement> {
  return (element) => {
    const pointers = new Map<number, { x: number; startX: number }>();
    let dragging = false;
    let suppressClick = false;
    let pinchDistance = 0;
    const queued: (() => void)[] = [];
    let frame = 0;

    /** Runs a change of the view in the next animation frame, with the others of that frame. */
    function queue(change: () => void) {
      queued.push(change);
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const changes = queued.splice(0);
        state.gesture(() => {
          for (const change of changes) change();
        });
      });
    }

    const localX = (event: { clientX: number }) =>
      event.clientX - element.getBoundingClientRect().left;

    function onpointerdown(event: PointerEvent) {
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      const x = localX(event);
      pointers.set(event.pointerId, { x, startX: x });
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinchDistance = Math.abs(a!.x - b!.x);
      }
    }

    function onpointermove(event: PointerEvent) {
      const pointer = pointers.get(event.pointerId);
      if (!pointer) {
        // A mouse over a mark drawn on the canvas: the hand a link or button would show.
        if (event.pointerType === 'mouse' && pointers.size === 0) {
          const box = element.getBoundingClientRect();
          const over = state.targets.markAt(event.clientX - box.left, event.clientY - box.top);
          element.style.cursor = over ? 'pointer' : '';
        }
        return;
      }
      const x = localX(event);
      if (pointers.size === 1) {
        if (!dragging && Math.abs(x - pointer.startX) > DRAG_THRESHOLD) {
          dragging = true;
          element.setPointerCapture(event.pointerId);
        }
        if (dragging) {
          const dx = x - pointer.x;
          queue(() => state.panBy(dx));
        }
      } else if (pointers.size === 2) {
        dragging = true;
        pointer.x = x;
        const [a, b] = [...pointers.values()];
        const distance = Math.abs(a!.x - b!.x);
        if (pinchDistance > 0 && distance > 0) {
          const [factor, centre] = [distance / pinchDistance, (a!.x + b!.x) / 2];
          queue(() => state.zoomBy(factor, centre));
        }
        pinchDistance = distance;
        return;
      }
      pointer.x = x;
    }

    function onpointerup(event: PointerEvent) {
      pointers.delete(event.pointerId);
      if (element.hasPointerCapture(event.pointerId))
        element.releasePointerCapture(event.pointerId);
      if (pointers.size === 0 && dragging) {
        dragging = false;
        suppressClick = true;
        // The click that ends a drag comes right after pointerup; later clicks are real.
        setTimeout(() => (suppressClick = false), 0);
      }
      pinchDistance = 0;
    }

    function onclick(event: MouseEvent) {
      if (!suppressClick) return;
      event.preventDefault();
      event.stopPropagation();
    }

    // A click on the canvas: on a mark drawn there, select its event; on a density bin, zoom
    // into it, so its events come apart. (The keyboard reaches every event through the
    // buttons and the arrow keys.)
    function onplotclick(event: MouseEvent) {
      // The second click of a double-click is the double-click's (zoom in by 2).
      if (event.detail > 1) return;
      if ((event.target as Element).closest('button, .label, [role="slider"]')) return;
      const box = element.getBoundingClientRect();
      const [x, y] = [event.clientX - box.left, event.clientY - box.top];
      if (!state.targets.selectAt(x, y)) state.zoomIntoBin(x, y);
    }

    function onwheel(event: WheelEvent) {
      const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientWidth : 1;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const [factor, x] = [Math.exp(-event.deltaY * scale * 0.002), localX(event)];
        queue(() => state.zoomBy(factor, x));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        const dx = -(event.deltaX || event.deltaY) * scale;
        queue(() => state.panBy(dx));
      } else {
        state.showWheelHint();
      }
    }

    function ondblclick(event: MouseEvent) {
      if ((event.target as Element).closest('button, [role="slider"]')) return;
      state.zoomBy(event.shiftKey ? 0.5 : 2, localX(event));
    }

    element.addEventListener('pointerdown', onpointerdown);
    element.addEventListener('pointermove', onpointermove);
    element.addEventListener('pointerup', onpointerup);
    element.addEventListener('pointercancel', onpointerup);
    element.addEventListener('click', onclick, true);
    element.addEventListener('click', onplotclick);
    element.addEventListener('wheel', onwheel, { passive: false });
    element.addEventListener('dblclick', ondblclick);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener('pointerdown', onpointerdown);
      element.removeEventListener('pointermove', onpointermove);
      element.removeEventListener('pointerup', onpointerup);
      element.removeEventListener('pointercancel', onpointerup);
      element.removeEventListener('click', onclick, true);
      element.removeEventListener('click', onplotclick);
      element.removeEventListener('wheel', onwheel);
      element.removeEventListener('dblclick', ondblclick);
    };
  };
}
