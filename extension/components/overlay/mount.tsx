/** Renders the overlay into its container and keeps it in step with the controller; returns the unmount function. */
import { render } from 'preact';
import type { OverlayController } from '../../overlay/controller';
import { Overlay } from './Overlay';

export function mountOverlay(container: HTMLElement, controller: OverlayController): () => void {
  // Rendering synchronously on each change keeps the prompts on screen in the same task as the popup.
  const draw = () => render(<Overlay state={controller.state()} actions={controller} />, container);
  const stop = controller.subscribe(draw);
  draw();
  return () => {
    stop();
    render(null, container);
  };
}
