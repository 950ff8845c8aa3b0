import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A way to sign in besides email + password (e.g. Microsoft Entra ID).' })
export class AuthProvider {
  @Field(() => ID, { description: '`oidc`' })
  id!: string;

  @Field(() => String, { description: 'Button text, e.g. "Inloggen met Microsoft".' })
  label!: string;

  @Field(() => String, {
    description:
      'Where the browser goes to sign in (a full-page navigation, not fetch); add `?returnTo=/pad` to come back ' +
      'there afterwards.',
  })
  loginUrl!: string;
}
