import { useCallback, useSyncExternalStore } from 'react';
import { readShortlist, type SavedSchool, SHORTLIST_KEY, toggleSaved } from '../utils/shortlist';

/** Tabs of this app hear about a change through this event (other tabs through `storage`). */
const CHANGED = 'sop-atlas:bewaard';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

// The raw string is the snapshot (stable while nothing changes); parsed once per change.
let lastRaw: string | null | undefined;
let lastList: readonly SavedSchool[] = [];

function snapshot(): readonly SavedSchool[] {
  const raw = storage()?.getItem(SHORTLIST_KEY) ?? null;
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastList = readShortlist(raw);
  }
  return lastList;
}

function write(list: readonly SavedSchool[]): void {
  const store = storage();
  if (!store) return;
  if (list.length === 0) store.removeItem(SHORTLIST_KEY);
  else store.setItem(SHORTLIST_KEY, JSON.stringify(list));
  window.dispatchEvent(new Event(CHANGED));
}

/** The shortlist of this browser, shared by every page and tab. */
export function useShortlist(): {
  readonly list: readonly SavedSchool[];
  readonly toggle: (school: SavedSchool) => void;
  readonly remove: (id: string) => void;
  readonly clear: () => void;
} {
  const list = useSyncExternalStore(subscribe, snapshot, () => lastList);
  const toggle = useCallback((school: SavedSchool) => write(toggleSaved(snapshot(), school)), []);
  const remove = useCallback((id: string) => write(snapshot().filter((s) => s.id !== id)), []);
  const clear = useCallback(() => write([]), []);
  return { list, toggle, remove, clear };
}
