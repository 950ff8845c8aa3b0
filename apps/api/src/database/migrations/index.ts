/** Every migration, in order. Add a new file here; never edit one that has shipped. */
import { Initial1732780800000 } from './1732780800000-initial';

export const MIGRATIONS = [Initial1732780800000];
