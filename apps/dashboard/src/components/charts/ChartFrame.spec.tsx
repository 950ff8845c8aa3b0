/**
 * @jest-environment jsdom
 */
// ChartFrame's `lazy`: a chart below the fold is neither drawn nor loaded (its module, with the chart library) until
// it comes near the viewport, its space is kept meanwhile, the table view works at any time, and printing draws
// every chart. jsdom has no IntersectionObserver: a fake one lets the test say when the frame comes near.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, lazy } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ChartFrame } from './ChartFrame';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  /** The page scrolled: every observed element is now within the margin. */
  static scrollNear(): void {
    for (const observer of FakeIntersectionObserver.all)
      for (const target of [...observer.targets])
        observer.callback(
          [{ isIntersecting: true, target } as unknown as IntersectionObserverEntry],
          observer as unknown as IntersectionObserver,
        );
  }
  static watched(): number {
    return FakeIntersectionObserver.all.reduce((n, o) => n + o.targets.size, 0);
  }
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  FakeIntersectionObserver.all = [];
  globalThis.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const TABLE = {
  columns: [
    { key: 'name', label: 'Werkgebied', numeric: false },
    { key: 'count', label: 'Scholen', numeric: true },
  ],
  rows: [{ index: 0, cells: ['Escamp', '12'] }],
};

function Plot() {
  return <svg data-testid="plot" />;
}

function frame(lazyFrame: boolean, children = <Plot />) {
  return (
    <ChartFrame
      lazy={lazyFrame}
      title="Aantal scholen per werkgebied"
      unit="scholen"
      status={{ kind: 'ready' }}
      table={TABLE}
      height={420}
    >
      {children}
    </ChartFrame>
  );
}

const plot = () => container.querySelector('[data-testid="plot"]');
const plotArea = () => container.querySelector<HTMLElement>('.chart-frame__plot');

/** Flushes effects, transitions and resolved lazy modules. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

describe('ChartFrame lazy: below the fold, a chart is drawn only when it comes near the viewport', () => {
  it('draws a frame without `lazy` at once', async () => {
    act(() => root.render(frame(false)));
    await settle();
    expect(plot()).not.toBeNull();
    expect(FakeIntersectionObserver.watched()).toBe(0);
  });

  it('keeps the space (and says it is busy) until the frame comes near, then draws the chart', async () => {
    act(() => root.render(frame(true)));
    await settle();
    expect(plot()).toBeNull();
    expect(plotArea()?.getAttribute('aria-busy')).toBe('true');
    expect(plotArea()?.style.height).toBe('420px');
    expect(FakeIntersectionObserver.all[0]?.options?.rootMargin).toBe('300px 0px');

    act(() => FakeIntersectionObserver.scrollNear());
    await settle();
    expect(plot()).not.toBeNull();
    expect(plotArea()?.hasAttribute('aria-busy')).toBe(false);
    expect(FakeIntersectionObserver.watched()).toBe(0);
  });

  it('does not load a lazily imported chart module (and its library) before the frame comes near', async () => {
    const load = jest.fn(() => Promise.resolve({ default: Plot }));
    const LazyPlot = lazy(load);
    act(() => root.render(frame(true, <LazyPlot />)));
    await settle();
    expect(load).not.toHaveBeenCalled();

    act(() => FakeIntersectionObserver.scrollNear());
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(plot()).not.toBeNull();
  });

  it('draws charts that come near together one per task, each once the one before is on the screen', async () => {
    const Second = () => <svg data-testid="second" />;
    act(() =>
      root.render(
        <>
          {frame(true)}
          {frame(true, <Second />)}
        </>,
      ),
    );
    await settle();
    expect(FakeIntersectionObserver.watched()).toBe(2);

    act(() => FakeIntersectionObserver.scrollNear());
    expect(plot()).not.toBeNull();
    expect(container.querySelector('[data-testid="second"]')).toBeNull();

    await act(() => new Promise<void>((r) => setTimeout(r, 0)));
    expect(container.querySelector('[data-testid="second"]')).not.toBeNull();
  });

  it('shows the table view of the chart before the chart was ever drawn', async () => {
    act(() => root.render(frame(true)));
    await settle();
    const toggle = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Bekijk als tabel',
    );
    expect(toggle).toBeDefined();
    act(() => toggle?.click());
    expect(container.querySelector('table tbody th')?.textContent).toBe('Escamp');
    expect(plot()).toBeNull();
  });

  it('draws every chart before printing, without waiting for a scroll', async () => {
    act(() => root.render(frame(true)));
    await settle();
    expect(plot()).toBeNull();
    // the browser lays out the printout right after `beforeprint`: the chart must be in the DOM by then
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      expect(plot()).not.toBeNull();
    });
  });
});
