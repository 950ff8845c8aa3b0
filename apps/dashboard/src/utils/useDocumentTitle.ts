import { useEffect } from 'react';

/** Sets `<title>` per page ("Scholen zoeken · SOP Atlas") so screen readers and tabs say where you are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · SOP Atlas`;
  }, [title]);
}
