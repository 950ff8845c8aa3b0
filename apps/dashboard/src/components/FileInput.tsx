import { useState } from 'react';
import { chosenFilesText } from '../utils/files';
import { sharedStrings as t } from './strings.nl';

/**
 * A file field in Dutch. The browser's own control says "Choose Files" in the browser's language, so the real input
 * is visually hidden (still focusable, still named by the field's own label) and a styled "Bestanden kiezen" label
 * opens it; beside it the names chosen. The visible button is `aria-hidden` so the field's name stays its label.
 */
export function FileInput({
  id,
  accept,
  multiple = false,
  directory = false,
  onFiles,
}: {
  readonly id: string;
  readonly accept?: string;
  readonly multiple?: boolean;
  /** Choose a folder: every file in it (and its subfolders). */
  readonly directory?: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}) {
  const [names, setNames] = useState<readonly string[]>([]);
  return (
    <div className="file-input">
      <input
        id={id}
        type="file"
        className="visually-hidden file-input__native"
        multiple={multiple}
        accept={accept}
        // not in React's types; every current browser supports choosing a folder this way
        {...(directory ? { webkitdirectory: '' } : {})}
        aria-describedby={`${id}-chosen`}
        onChange={(e) => {
          const files = e.target.files ? [...e.target.files] : [];
          setNames(files.map((f) => f.name));
          onFiles(files);
        }}
      />
      <label htmlFor={id} className="button button--secondary file-input__button" aria-hidden="true">
        {t.fileInput.choose(multiple)}
      </label>
      <span id={`${id}-chosen`} className="file-input__chosen">
        {chosenFilesText(names, multiple)}
      </span>
    </div>
  );
}
