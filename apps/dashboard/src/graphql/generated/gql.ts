/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n": typeof types.FundingParametersDocument,
    "\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n": typeof types.SchoolSopsDocument,
    "\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SchoolsPageDocument,
};
const documents: Documents = {
    "\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n": types.FundingParametersDocument,
    "\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n": types.SchoolSopsDocument,
    "\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SchoolsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n"): typeof import('./graphql').FundingParametersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SchoolSopsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SchoolsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
