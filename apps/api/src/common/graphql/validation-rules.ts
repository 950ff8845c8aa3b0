import { type ValidationRule } from 'graphql';

/**
 * Extra GraphQL validation rules (query depth, alias and cost limits come here in a later issue). The standard
 * rules of graphql-js always run as well.
 */
export const VALIDATION_RULES: ValidationRule[] = [];
