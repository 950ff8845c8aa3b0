import type { ChartColor } from './palette';

/** A chart row: one value per key; charts read `index` for the label and `categories` for the values. */
export type ChartDatum = Readonly<Record<string, string | number | null>>;

/** Keys of `T` whose values are numbers (or null = unknown). */
export type NumericKey<T> = string extends keyof T
  ? string
  : {
      [K in keyof T & string]: T[K] extends number | null ? K : never;
    }[keyof T & string];

/** Keys of `T` usable as a label. */
export type LabelKey<T> = string extends keyof T
  ? string
  : {
      [K in keyof T & string]: T[K] extends string | number ? K : never;
    }[keyof T & string];

export interface ChartCategory<T> {
  readonly key: NumericKey<T>;
  /** Dutch legend/column label. */
  readonly label: string;
  readonly color?: ChartColor;
}

export type ValueFormatter = (value: number) => string;

export interface ChartTableColumn {
  readonly key: string;
  readonly label: string;
  readonly numeric: boolean;
}

export interface ChartTableRow {
  /** Position in the chart's data, for click-through. */
  readonly index: number;
  readonly cells: readonly string[];
}

/** The accessible table alternative every chart offers ("Bekijk als tabel"). */
export interface ChartTable {
  readonly columns: readonly ChartTableColumn[];
  readonly rows: readonly ChartTableRow[];
}
