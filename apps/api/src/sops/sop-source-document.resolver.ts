import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { Sop } from './models/sop.model';
import { SourceDocument } from '../source-documents/models/source-document.model';
import { toSourceDocument } from '../source-documents/source-document.mapper';
import { SourceDocumentByIdLoader } from '../source-documents/source-documents.service';

/** `Sop.sourceDocument`: the original file the SOP was read from. */
@Resolver(() => Sop)
export class SopSourceDocumentResolver {
  constructor(private readonly documentById: SourceDocumentByIdLoader) {}

  @ResolveField(() => SourceDocument, { nullable: true })
  async sourceDocument(@Parent() sop: Sop, @Context() ctx: GraphqlContext): Promise<SourceDocument | null> {
    if (sop.sourceDocumentId === null) return null;
    const entity = await ctx.loaders.for(this.documentById).load(sop.sourceDocumentId);
    return entity ? toSourceDocument(entity) : null;
  }
}
