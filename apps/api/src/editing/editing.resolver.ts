import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify, type Identity } from '../common/auth/identity';
import { checkSchoolYear, checkText, requireUuid } from '../common/args';
import { ForbiddenError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { Sop } from '../sops/models/sop.model';
import { toSop } from '../sops/sop.mapper';
import { SendBackSopArgs, StartDraftArgs, SubmitSopArgs, UpdateDraftFieldArgs } from './dto/editing.args';
import { EditingService } from './editing.service';

const MAX_TEXT = 2000;
const MAX_PATH = 200;

/** Drafts of school editors: start, change a field, submit for review; staff send back (publishSop: imports). */
@Resolver()
export class EditingResolver {
  constructor(
    private readonly editing: EditingService,
    private readonly config: AppConfig,
  ) {}

  @Roles('school-editor', 'swv-staff')
  @Mutation(() => Sop, {
    description:
      'The draft of a school for a school year: the open draft, or a new one copied from the latest published SOP.',
  })
  async startDraft(
    @Args() { schoolId, schoolYear }: StartDraftArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Sop> {
    requireUuid(schoolId, 'School', 'schoolId');
    checkSchoolYear(schoolYear, 'schoolYear');
    return this.run(() => this.editing.startDraft(this.caller(ctx), schoolId, schoolYear));
  }

  @Roles('school-editor', 'swv-staff')
  @Mutation(() => Sop, {
    description:
      'Changes one field of a draft: returns the new version (the edited one is kept, archived). ' +
      'A stale expectedVersion gives a CONFLICT error.',
  })
  async updateDraftField(@Args() args: UpdateDraftFieldArgs, @Context() ctx: GraphqlContext): Promise<Sop> {
    requireUuid(args.sopId, 'SOP', 'sopId');
    checkText(args.path, 'path', MAX_PATH, true);
    checkText(args.reason, 'reason', MAX_TEXT, false);
    return this.run(() =>
      this.editing.updateField(this.caller(ctx), {
        sopId: args.sopId,
        path: args.path,
        value: args.value ?? null,
        expectedVersion: args.expectedVersion,
        reason: args.reason ?? null,
      }),
    );
  }

  @Roles('school-editor', 'swv-staff')
  @Mutation(() => Sop, { description: 'Offers a draft for review by SWV staff (a new, in-review version).' })
  async submitSopForReview(@Args() args: SubmitSopArgs, @Context() ctx: GraphqlContext): Promise<Sop> {
    requireUuid(args.sopId, 'SOP', 'sopId');
    return this.run(() => this.editing.submit(this.caller(ctx), args.sopId, args.expectedVersion));
  }

  @Roles('swv-staff')
  @Mutation(() => Sop, {
    description: 'Sends an in-review SOP back to the school as a draft, with a comment.',
  })
  async sendBackSop(@Args() args: SendBackSopArgs, @Context() ctx: GraphqlContext): Promise<Sop> {
    requireUuid(args.sopId, 'SOP', 'sopId');
    checkText(args.comment, 'comment', MAX_TEXT, true);
    return this.run(() =>
      this.editing.sendBack(this.caller(ctx), args.sopId, args.comment.trim(), args.expectedVersion),
    );
  }

  private caller(ctx: GraphqlContext): Identity {
    const result = identify(ctx.req, this.config);
    if (result.kind !== 'identified') throw new ForbiddenError('aanmelden vereist', 'sopId');
    return result.identity;
  }

  private async run(work: () => Promise<Parameters<typeof toSop>[0]>): Promise<Sop> {
    return toSop(await work());
  }
}
