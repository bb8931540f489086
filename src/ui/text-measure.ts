import { estimateTextWidth, type MeasureText } from './axis-labels';

let canvasContext: CanvasRenderingContext2D | null | undefined;

function getCanvasContext(): CanvasRenderingContext2D | null {
  if (canvasContext === undefined) {
    canvasContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  return canvasContext;
}

/**
 * Measures text as the page draws it at `fontPx` in the root font family (chart labels inherit
 * it), on one shared offscreen canvas; estimates from the character count without a canvas.
 */
export function createTextMeasure(fontPx: number): MeasureText {
  const context = getCanvasContext();
  if (!context) return estimateTextWidth(fontPx);
  const font = `${fontPx}px ${getComputedStyle(document.documentElement).fontFamily}`;
  return (text) => {
    context.font = font;
    return context.measureText(text).width;
  };
}
