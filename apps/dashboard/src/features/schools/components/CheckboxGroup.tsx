import { type ReactNode } from 'react';

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...list.filter((c) => c !== code), code] : list.filter((c) => c !== code);
}

/** A fieldset of checkboxes for catalog codes; `children` adds options below the list. */
export function CheckboxGroup({
  legend,
  items,
  chosen,
  onChange,
  children,
}: {
  readonly legend: string;
  readonly items: readonly { readonly code: string; readonly label: string }[];
  readonly chosen: readonly string[];
  readonly onChange: (next: string[]) => void;
  readonly children?: ReactNode;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      <ul className="checks__list">
        {items.map((item) => (
          <li key={item.code}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(item.code)}
                onChange={(e) => onChange(toggle(chosen, item.code, e.target.checked))}
              />{' '}
              {item.label}
            </label>
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}
