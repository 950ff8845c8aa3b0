export { SopImportError, type SopImportErrorCode } from './lib/errors';
export { type SourceKind } from './lib/layout';
export { parseSopText } from './lib/parse-text';
export { sniffSourceKind } from './lib/sniff';
export {
  parseSopDocument,
  shutdownImportWorkers,
  warmImportWorkers,
  type ParseOptions,
  type ParseResult,
} from './lib/parse-document';
export { runParseCommand } from './lib/cli';
