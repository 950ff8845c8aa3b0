/**
 * The area of the original PDF page a warning is about: the stored document rendered with pdf.js in the browser,
 * cropped to the cell (or row) with a margin, the box highlighted and each candidate's cell outlined with its number.
 * This module and pdf.js are loaded only when a crop is shown (React.lazy), outside the initial bundle.
 */
import { useEffect, useRef, useState } from 'react';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { reviewStrings } from '../strings.nl';
import { type CropLayout, cropLayout, type PageBox } from '../utils/queue';

GlobalWorkerOptions.workerSrc = workerUrl;

const t = reviewStrings.queue;
/** Points of the page shown around the box. */
const MARGIN = 28;
const MAX_WIDTH = 640;
const MAX_SCALE = 3;

/** One loaded document per URL for the page's lifetime: walking the queue renders from memory. */
const documents = new Map<string, Promise<PDFDocumentProxy>>();

function loadDocument(url: string): Promise<PDFDocumentProxy> {
  let loading = documents.get(url);
  if (!loading) {
    loading = fetch(url, { credentials: 'same-origin' })
      .then(async (res) => {
        if (!res.ok) throw new Error(t.cropHttp(res.status));
        return new Uint8Array(await res.arrayBuffer());
      })
      .then((data) => getDocument({ data, isEvalSupported: false }).promise);
    loading.catch(() => documents.delete(url));
    documents.set(url, loading);
  }
  return loading;
}

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'ready'; readonly layout: CropLayout };

export interface PageCropProps {
  readonly documentUrl: string;
  readonly page: number;
  readonly box: PageBox;
  /** Cells of the candidates, numbered 1..n in this order. */
  readonly cells: readonly { readonly label: string; readonly box: PageBox | null }[];
  /** The candidate with keyboard focus (its cell is drawn stronger). */
  readonly focused: number;
}

export default function PageCrop({ documentUrl, page, box, cells, focused }: PageCropProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const cellBoxes = cells.flatMap((c) => (c.box ? [c.box] : []));
  const key = JSON.stringify([documentUrl, page, box, cellBoxes]);

  useEffect(() => {
    let cancelled = false;
    let cancelRender: (() => void) | null = null;
    setState({ kind: 'loading' });
    const draw = async (): Promise<CropLayout> => {
      const doc = await loadDocument(documentUrl);
      const pdfPage = await doc.getPage(page);
      const unit = pdfPage.getViewport({ scale: 1 });
      const layout = cropLayout({ width: unit.width, height: unit.height }, box, cellBoxes, {
        margin: MARGIN,
        maxWidth: MAX_WIDTH,
        maxScale: MAX_SCALE,
      });
      const target = canvas.current;
      if (cancelled || !target) return layout;
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.ceil(layout.crop.width * ratio);
      target.height = Math.ceil(layout.crop.height * ratio);
      target.style.width = `${layout.crop.width}px`;
      target.style.height = `${layout.crop.height}px`;
      const task = pdfPage.render({
        canvas: target,
        viewport: pdfPage.getViewport({ scale: layout.scale }),
        transform: [ratio, 0, 0, ratio, -layout.crop.left * ratio, -layout.crop.top * ratio],
      });
      cancelRender = () => task.cancel();
      await task.promise;
      return layout;
    };
    draw().then(
      (layout) => {
        if (!cancelled) setState({ kind: 'ready', layout });
      },
      (cause: unknown) => {
        if (cancelled) return;
        const name = cause instanceof Error ? cause.name : '';
        if (name === 'RenderingCancelledException') return;
        setState({ kind: 'error', message: cause instanceof Error ? cause.message : String(cause) });
      },
    );
    return () => {
      cancelled = true;
      cancelRender?.();
    };
    // `key` stands for documentUrl, page, box and the cells (new arrays on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [key]);

  const layout = state.kind === 'ready' ? state.layout : null;
  let cellIndex = 0;
  return (
    <figure className="page-crop" data-state={state.kind}>
      <div className="page-crop__frame">
        <canvas
          ref={canvas}
          className="page-crop__canvas"
          data-testid="page-crop-canvas"
          aria-hidden="true"
        />
        {layout ? (
          <>
            <div
              className="page-crop__highlight"
              data-testid="page-crop-highlight"
              style={{
                left: layout.highlight.left,
                top: layout.highlight.top,
                width: layout.highlight.width,
                height: layout.highlight.height,
              }}
            />
            {cells.map((cell, i) => {
              if (!cell.box) return null;
              const rect = layout.cells[cellIndex];
              cellIndex += 1;
              if (!rect) return null;
              return (
                <div
                  key={`${cell.label}-${i}`}
                  className={`page-crop__cell${i === focused ? ' page-crop__cell--focused' : ''}`}
                  data-testid="page-crop-cell"
                  style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}
                >
                  <span className="page-crop__number">{i + 1}</span>
                </div>
              );
            })}
          </>
        ) : null}
      </div>
      <figcaption className="muted">
        {state.kind === 'loading'
          ? t.cropLoading
          : state.kind === 'error'
            ? t.cropError(state.message)
            : t.cropCaption(page)}
      </figcaption>
    </figure>
  );
}
