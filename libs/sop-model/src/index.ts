export * from './catalogs';
export * from './sop-document';
export * from './validation';
export * from './funding';
export * from './school-year';
export * from './expertise';
export * from './coverage';
export * from './text-encoding';
