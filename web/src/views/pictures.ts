// The pictures panel: timeline, slant and the reuse/citation graph, redrawn when the panel's width changes.
import { section } from '../dom.js';
import type { DossierModel } from '../model.js';
import { graphPicture } from './graph.js';
import { slantPicture } from './slant.js';
import { timelinePicture } from './timeline.js';

export function picturesView(model: DossierModel): { element: HTMLElement; draw(): void } {
  const pictures = [timelinePicture(model), slantPicture(model), graphPicture(model)];
  const element = section('pictures', 'Pictures', ...pictures.map((p) => p.element));
  let drawnAt = -1;
  const draw = (): void => {
    const width = element.clientWidth;
    if (width === drawnAt) return;
    drawnAt = width;
    for (const picture of pictures) picture.draw();
  };
  return { element, draw };
}
