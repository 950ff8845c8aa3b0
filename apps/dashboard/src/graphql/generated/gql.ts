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
    "\n  query SchoolProfile($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      kind\n      vestigingscode\n      boardName\n      boardNumber\n      denomination\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      email\n      phone\n      website\n      werkgebied {\n        code\n        name\n      }\n      pupilCounts {\n        referenceDate\n        total\n        suppressed\n        source\n      }\n      sops {\n        id\n        schoolYear\n        status\n      }\n    }\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n    }\n  }\n": typeof types.SchoolProfileDocument,
    "\n  query SchoolSop($schoolId: ID!, $schoolYear: String) {\n    sop(schoolId: $schoolId, schoolYear: $schoolYear) {\n      ...SopFields\n    }\n  }\n": typeof types.SchoolSopDocument,
    "\n  fragment SopFields on Sop {\n    id\n    schoolYear\n    status\n    template\n    version\n    publishedAt\n    vision\n    supportStructure\n    extraSupport\n    limits\n    evaluation\n    fundingAmount\n    fundingYear\n    extraOfferNote\n    hgw {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    expertise {\n      code\n      label\n      position\n      available\n      availability\n      availabilityKind\n    }\n    partners {\n      code\n      label\n      position\n      frequency\n      candidates\n    }\n    extraOffers {\n      offer\n      period\n      isHint\n      position\n    }\n    facilities {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    provenance {\n      path\n      source\n      page\n      line\n      lineEnd\n      table\n      row\n      cell\n      section\n      excerpt\n    }\n    warnings {\n      code\n      message\n      path\n      candidates\n      resolvedAt\n    }\n    sourceDocument {\n      id\n      fileName\n      url\n      sourceKind\n      mediaType\n      importedAt\n    }\n  }\n": typeof types.SopFieldsFragmentDoc,
    "\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SchoolsPageDocument,
};
const documents: Documents = {
    "\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n": types.FundingParametersDocument,
    "\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n": types.SchoolSopsDocument,
    "\n  query SchoolProfile($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      kind\n      vestigingscode\n      boardName\n      boardNumber\n      denomination\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      email\n      phone\n      website\n      werkgebied {\n        code\n        name\n      }\n      pupilCounts {\n        referenceDate\n        total\n        suppressed\n        source\n      }\n      sops {\n        id\n        schoolYear\n        status\n      }\n    }\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n    }\n  }\n": types.SchoolProfileDocument,
    "\n  query SchoolSop($schoolId: ID!, $schoolYear: String) {\n    sop(schoolId: $schoolId, schoolYear: $schoolYear) {\n      ...SopFields\n    }\n  }\n": types.SchoolSopDocument,
    "\n  fragment SopFields on Sop {\n    id\n    schoolYear\n    status\n    template\n    version\n    publishedAt\n    vision\n    supportStructure\n    extraSupport\n    limits\n    evaluation\n    fundingAmount\n    fundingYear\n    extraOfferNote\n    hgw {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    expertise {\n      code\n      label\n      position\n      available\n      availability\n      availabilityKind\n    }\n    partners {\n      code\n      label\n      position\n      frequency\n      candidates\n    }\n    extraOffers {\n      offer\n      period\n      isHint\n      position\n    }\n    facilities {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    provenance {\n      path\n      source\n      page\n      line\n      lineEnd\n      table\n      row\n      cell\n      section\n      excerpt\n    }\n    warnings {\n      code\n      message\n      path\n      candidates\n      resolvedAt\n    }\n    sourceDocument {\n      id\n      fileName\n      url\n      sourceKind\n      mediaType\n      importedAt\n    }\n  }\n": types.SopFieldsFragmentDoc,
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
export function graphql(source: "\n  query SchoolProfile($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      kind\n      vestigingscode\n      boardName\n      boardNumber\n      denomination\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      email\n      phone\n      website\n      werkgebied {\n        code\n        name\n      }\n      pupilCounts {\n        referenceDate\n        total\n        suppressed\n        source\n      }\n      sops {\n        id\n        schoolYear\n        status\n      }\n    }\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n    }\n  }\n"): typeof import('./graphql').SchoolProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolSop($schoolId: ID!, $schoolYear: String) {\n    sop(schoolId: $schoolId, schoolYear: $schoolYear) {\n      ...SopFields\n    }\n  }\n"): typeof import('./graphql').SchoolSopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SopFields on Sop {\n    id\n    schoolYear\n    status\n    template\n    version\n    publishedAt\n    vision\n    supportStructure\n    extraSupport\n    limits\n    evaluation\n    fundingAmount\n    fundingYear\n    extraOfferNote\n    hgw {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    expertise {\n      code\n      label\n      position\n      available\n      availability\n      availabilityKind\n    }\n    partners {\n      code\n      label\n      position\n      frequency\n      candidates\n    }\n    extraOffers {\n      offer\n      period\n      isHint\n      position\n    }\n    facilities {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    provenance {\n      path\n      source\n      page\n      line\n      lineEnd\n      table\n      row\n      cell\n      section\n      excerpt\n    }\n    warnings {\n      code\n      message\n      path\n      candidates\n      resolvedAt\n    }\n    sourceDocument {\n      id\n      fileName\n      url\n      sourceKind\n      mediaType\n      importedAt\n    }\n  }\n"): typeof import('./graphql').SopFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SchoolsPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
