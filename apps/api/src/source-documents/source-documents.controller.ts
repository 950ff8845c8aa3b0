import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { Public } from '../common/auth/access-rule.decorator';
import { maySeeDrafts } from '../common/auth/identity';
import { SourceDocumentsService } from './source-documents.service';

/**
 * Serves the original bytes of a source document with its media type. Public for documents behind a published
 * SOP; a document of a draft only for SWV staff and the school's own editors, a DUO file only for staff. Anyone
 * else gets the same 404 as for an unknown id (the route says nothing about what exists).
 */
@Controller('api/documents')
export class SourceDocumentsController {
  constructor(private readonly documents: SourceDocumentsService) {}

  @Public()
  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const document = await this.documents.findWithBytes(id);
    if (!document || !(await this.mayDownload(req, id))) {
      throw new NotFoundException(`Brondocument '${id}' bestaat niet`);
    }
    res.setHeader('Content-Type', document.mediaType);
    res.setHeader('Content-Length', String(document.byteSize));
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(document.bytes);
  }

  private async mayDownload(req: Request, id: string): Promise<boolean> {
    const uses = await this.documents.usedBy(id);
    if (uses.some((use) => use.published)) return true;
    if (uses.length === 0) return maySeeDrafts(req, '');
    return uses.some((use) => maySeeDrafts(req, use.schoolId));
  }
}
