export * from './duo/types';
export * from './duo/text';
export * from './duo/columns';
export * from './duo/parse-duo-file';
export * from './werkgebied/werkgebied-table';
