/** Every migration, in order. Add a new file here; never edit one that has shipped. */
import { Initial1732780800000 } from './1732780800000-initial';
import { QueryIndexes1795868241462 } from './1795868241462-query-indexes';

export const MIGRATIONS = [Initial1732780800000, QueryIndexes1795868241462];
