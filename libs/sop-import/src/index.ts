export { SopImportError, type SopImportErrorCode } from './lib/errors';
export { type SourceKind } from './lib/layout';
export { parseSopText } from './lib/parse-text';
