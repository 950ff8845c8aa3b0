import { type SourceDocument } from './models/source-document.model';
import { type SourceDocumentEntity } from './source-document.entity';

export function documentUrl(id: string): string {
  return `/api/documents/${id}`;
}

export function toSourceDocument(entity: SourceDocumentEntity): SourceDocument {
  return {
    id: entity.id,
    fileName: entity.fileName,
    mediaType: entity.mediaType,
    byteSize: entity.byteSize,
    sha256: entity.sha256,
    sourceKind: entity.sourceKind,
    importedAt: entity.importedAt,
    importedBy: entity.importedBy,
    importer: entity.importer,
    url: documentUrl(entity.id),
  };
}
