import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SourceDocumentEntity } from './source-document.entity';
import { SourceDocumentsController } from './source-documents.controller';
import { SourceDocumentByIdLoader, SourceDocumentsService } from './source-documents.service';

@Module({
  imports: [TypeOrmModule.forFeature([SourceDocumentEntity])],
  controllers: [SourceDocumentsController],
  providers: [SourceDocumentsService, SourceDocumentByIdLoader],
  exports: [SourceDocumentsService, SourceDocumentByIdLoader],
})
export class SourceDocumentsModule {}
