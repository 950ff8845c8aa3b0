import { type ValueTransformer } from 'typeorm';

/** `numeric` arrives from pg as a string (exact decimal); the API works in euro as JS numbers (2 decimals). */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
