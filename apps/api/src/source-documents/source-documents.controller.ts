import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { type Response } from 'express';
import { Public } from '../common/auth/access-rule.decorator';
import { SourceDocumentsService } from './source-documents.service';

/** Serves the original bytes of a source document with its media type. */
@Controller('api/documents')
export class SourceDocumentsController {
  constructor(private readonly documents: SourceDocumentsService) {}

  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const document = await this.documents.findWithBytes(id);
    if (!document) throw new NotFoundException(`Brondocument '${id}' bestaat niet`);
    res.setHeader('Content-Type', document.mediaType);
    res.setHeader('Content-Length', String(document.byteSize));
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(document.bytes);
  }
}
