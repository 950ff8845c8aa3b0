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
  '\n  query Me {\n    me {\n      id\n      email\n      roles\n      schoolIds\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      roles\n      schoolIds\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      loginUrl\n    }\n  }\n': typeof types.AuthProvidersDocument;
  '\n  query UserAccounts {\n    userAccounts {\n      ...UserAccountRow\n    }\n  }\n': typeof types.UserAccountsDocument;
  '\n  fragment UserAccountRow on UserAccount {\n    id\n    email\n    displayName\n    roles\n    schoolIds\n    schools {\n      id\n      name\n    }\n    failedLoginCount\n    lockedUntil\n    createdAt\n    disabledAt\n  }\n': typeof types.UserAccountRowFragmentDoc;
  '\n  mutation CreateUserAccount(\n    $email: String!\n    $displayName: String!\n    $password: String!\n    $roles: [String!]!\n    $schoolIds: [ID!]!\n  ) {\n    createUserAccount(\n      email: $email\n      displayName: $displayName\n      password: $password\n      roles: $roles\n      schoolIds: $schoolIds\n    ) {\n      ...UserAccountRow\n    }\n  }\n': typeof types.CreateUserAccountDocument;
  '\n  mutation SetUserAccountDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserAccountDisabled(userId: $userId, disabled: $disabled) {\n      ...UserAccountRow\n    }\n  }\n': typeof types.SetUserAccountDisabledDocument;
  '\n  mutation UnlockUserAccount($userId: ID!) {\n    unlockUserAccount(userId: $userId) {\n      ...UserAccountRow\n    }\n  }\n': typeof types.UnlockUserAccountDocument;
  '\n  query SchoolOptions($text: String!, $first: Int!) {\n    schools(filter: { text: $text }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          place\n          isDemo\n        }\n      }\n    }\n  }\n': typeof types.SchoolOptionsDocument;
  '\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n': typeof types.FundingParametersDocument;
  '\n  mutation SetFundingParameters(\n    $calendarYear: Int!\n    $basePerLocation: Float!\n    $perPupil: Float!\n    $note: String\n  ) {\n    setFundingParameters(\n      calendarYear: $calendarYear\n      basePerLocation: $basePerLocation\n      perPupil: $perPupil\n      note: $note\n    ) {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n': typeof types.SetFundingParametersDocument;
  '\n  query CompareSchools($ids: [ID!]!, $schoolYear: String) {\n    compareSchools(ids: $ids, schoolYear: $schoolYear) {\n      schoolYear\n      shareSchoolYear\n      shareSchools\n      schools {\n        schoolYear\n        sopId\n        pupils\n        pupilsSuppressed\n        pupilsReferenceDate\n        fundingPerPupil\n        fundingCalendarYear\n        sopDate\n        sopDateSource\n        sopDateKind\n        school {\n          id\n          name\n          isDemo\n          werkgebied {\n            code\n            name\n          }\n        }\n      }\n      rows {\n        kind\n        code\n        label\n        differs\n        regionShare\n        values {\n          schoolId\n          has\n          value\n          werkgebiedShare\n        }\n      }\n    }\n  }\n': typeof types.CompareSchoolsDocument;
  '\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n': typeof types.SchoolSopsDocument;
  '\n  query SchoolPlaceIssues {\n    schoolPlaceIssues {\n      schoolId\n      name\n      address\n      postcode\n      werkgebiedCode\n      werkgebiedSource\n      latitude\n      longitude\n      problems\n    }\n  }\n': typeof types.SchoolPlaceIssuesDocument;
  '\n  mutation SetSchoolLocation($schoolId: ID!, $latitude: Float!, $longitude: Float!) {\n    setSchoolLocation(schoolId: $schoolId, latitude: $latitude, longitude: $longitude) {\n      id\n      latitude\n      longitude\n    }\n  }\n': typeof types.SetSchoolLocationDocument;
  '\n  query EditorSchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      place\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        version\n        updatedAt\n        document\n        warnings {\n          path\n          code\n          message\n          candidates\n          resolvedAt\n        }\n      }\n    }\n  }\n': typeof types.EditorSchoolDocument;
  '\n  mutation StartDraft($schoolId: ID!, $schoolYear: String!) {\n    startDraft(schoolId: $schoolId, schoolYear: $schoolYear) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.StartDraftDocument;
  '\n  mutation UpdateDraftField(\n    $sopId: ID!\n    $path: String!\n    $value: JSON\n    $expectedVersion: Int!\n    $reason: String\n  ) {\n    updateDraftField(\n      sopId: $sopId\n      path: $path\n      value: $value\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.UpdateDraftFieldDocument;
  '\n  mutation SubmitSopForReview($sopId: ID!, $expectedVersion: Int!) {\n    submitSopForReview(sopId: $sopId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.SubmitSopForReviewDocument;
  '\n  mutation SendBackSop($sopId: ID!, $comment: String!, $expectedVersion: Int!) {\n    sendBackSop(sopId: $sopId, comment: $comment, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.SendBackSopDocument;
  '\n  query MySchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      place\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        version\n      }\n    }\n  }\n': typeof types.MySchoolDocument;
  '\n  query ImportQueue {\n    importQueueSummary {\n      ready\n      needsReview\n      toMatch\n    }\n    publishingPolicy {\n      publishCleanImports\n    }\n    schoolMatches {\n      id\n      fileName\n      documentSchoolName\n      documentAddress\n      schoolYear\n      reason\n      suggestions {\n        schoolId\n        name\n        postcode\n        score\n        reason\n      }\n    }\n  }\n': typeof types.ImportQueueDocument;
  '\n  mutation PublishAllReady {\n    publishAllReady {\n      publishedCount\n      waitingCount\n    }\n  }\n': typeof types.PublishAllReadyDocument;
  '\n  mutation SetPublishingPolicy($publishCleanImports: Boolean!) {\n    setPublishingPolicy(publishCleanImports: $publishCleanImports) {\n      publishCleanImports\n    }\n  }\n': typeof types.SetPublishingPolicyDocument;
  '\n  mutation ResolveSchoolMatch($id: ID!, $schoolId: ID, $newSchool: Boolean) {\n    resolveSchoolMatch(id: $id, schoolId: $schoolId, newSchool: $newSchool) {\n      id\n      schoolId\n      sopId\n    }\n  }\n': typeof types.ResolveSchoolMatchDocument;
  '\n  query FundingScatter($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          funding {\n            calendarYear\n            perPupil\n            pupils\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.FundingScatterDocument;
  '\n  query RegionOverview($schoolYear: String!, $werkgebied: String) {\n    regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {\n      schoolYear\n      werkgebied\n      schools\n      schoolsWithSop\n      schoolsLeftOut\n      items {\n        kind\n        code\n        label\n        pupilsInGaps\n        region {\n          schools\n          withItem\n          share\n        }\n        werkgebieden {\n          werkgebiedCode\n          werkgebiedName\n          schools\n          withItem\n          share\n        }\n        gaps {\n          werkgebiedCode\n          werkgebiedName\n          schools\n          withItem\n          pupils\n        }\n      }\n      funding {\n        overall {\n          group\n          schools\n          min\n          q1\n          median\n          q3\n          max\n          outliers {\n            id\n            name\n            value\n          }\n        }\n        bySize {\n          group\n          schools\n          min\n          q1\n          median\n          q3\n          max\n          outliers {\n            id\n            name\n            value\n          }\n        }\n        byKind {\n          group\n          schools\n          median\n        }\n      }\n      dataHealth {\n        withoutPublishedSop {\n          count\n        }\n        staleSops {\n          count\n        }\n        unresolvedWarnings {\n          count\n        }\n        awaitingReview {\n          count\n        }\n        withoutWerkgebied {\n          count\n          schools {\n            id\n            name\n            detail\n          }\n        }\n      }\n      trends {\n        kind\n        code\n        label\n        points {\n          schoolYear\n          schools\n          withItem\n          share\n        }\n      }\n    }\n  }\n': typeof types.RegionOverviewDocument;
  '\n  query Drafts($first: Int, $after: String) {\n    drafts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          schoolId\n          schoolYear\n          warningCount\n          unresolvedWarningCount\n          school {\n            id\n            name\n          }\n          sop {\n            id\n            version\n            status\n            updatedAt\n            sourceDocument {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DraftsDocument;
  '\n  query SopReview($sopId: ID!) {\n    sopReview(sopId: $sopId) {\n      sop {\n        id\n        version\n        status\n        schoolId\n        schoolYear\n        school {\n          id\n          name\n        }\n        sourceDocument {\n          id\n          fileName\n          mediaType\n          url\n        }\n      }\n      warnings {\n        id\n        path\n        code\n        message\n        candidates\n        section\n        excerpt\n        resolvedAt\n        resolvedBy\n        sourceLines {\n          number\n          text\n          marked\n        }\n        page\n        box {\n          x1\n          y1\n          x2\n          y2\n        }\n        cells {\n          value\n          box {\n            x1\n            y1\n            x2\n            y2\n          }\n        }\n      }\n    }\n  }\n': typeof types.SopReviewDocument;
  '\n  mutation CorrectSopField($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!) {\n    correctSopField(\n      sopId: $sopId\n      path: $path\n      value: $value\n      expectedVersion: $expectedVersion\n      resolveWarning: true\n    ) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.CorrectSopFieldDocument;
  '\n  mutation PublishSop($sopId: ID!, $expectedVersion: Int!, $force: Boolean!) {\n    publishSop(sopId: $sopId, expectedVersion: $expectedVersion, force: $force) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n': typeof types.PublishSopDocument;
  '\n  query AuditTrail($schoolId: ID!, $path: String) {\n    auditTrail(schoolId: $schoolId, path: $path) {\n      id\n      occurredAt\n      actor\n      action\n      path\n      oldValue\n      newValue\n      reason\n      sopId\n    }\n  }\n': typeof types.AuditTrailDocument;
  '\n  query SchoolProfile($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      demoNotice\n      kind\n      vestigingscode\n      boardName\n      boardNumber\n      denomination\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      email\n      phone\n      website\n      werkgebiedSource\n      werkgebied {\n        code\n        name\n      }\n      pupilCounts {\n        referenceDate\n        total\n        suppressed\n        source\n      }\n      sops {\n        id\n        schoolYear\n        status\n      }\n      staleSop {\n        schoolYear\n        documentDate\n        documentDateKind\n        asOfYear\n        staleYears\n      }\n      history {\n        kind\n        code\n        label\n        values {\n          schoolYear\n          value\n        }\n      }\n    }\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n    }\n  }\n': typeof types.SchoolProfileDocument;
  '\n  query SchoolSop($schoolId: ID!, $schoolYear: String) {\n    sop(schoolId: $schoolId, schoolYear: $schoolYear) {\n      ...SopFields\n    }\n  }\n': typeof types.SchoolSopDocument;
  '\n  fragment SopFields on Sop {\n    id\n    schoolYear\n    status\n    template\n    version\n    publishedAt\n    documentDate\n    documentDateKind\n    vision\n    supportStructure\n    extraSupport\n    limits\n    evaluation\n    fundingAmount\n    fundingYear\n    funding {\n      calendarYear\n      statedAmount\n      expectedAmount\n      perPupil\n      pupils\n      referenceDate\n      deviation {\n        absolute\n        relative\n      }\n      parameters {\n        basePerLocation\n        perPupil\n      }\n    }\n    extraOfferNote\n    hgw {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    expertise {\n      code\n      label\n      position\n      available\n      availability\n      availabilityKind\n    }\n    partners {\n      code\n      label\n      position\n      frequency\n      candidates\n    }\n    extraOffers {\n      offer\n      period\n      isHint\n      position\n    }\n    facilities {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    provenance {\n      path\n      source\n      page\n      line\n      lineEnd\n      table\n      row\n      cell\n      section\n      excerpt\n    }\n    warnings {\n      code\n      message\n      path\n      candidates\n      resolvedAt\n    }\n    sourceDocument {\n      id\n      fileName\n      url\n      sourceKind\n      mediaType\n      importedAt\n    }\n  }\n': typeof types.SopFieldsFragmentDoc;
  '\n  mutation SetSchoolWerkgebied($schoolId: ID!, $werkgebied: String) {\n    setSchoolWerkgebied(schoolId: $schoolId, werkgebied: $werkgebied) {\n      id\n      werkgebiedSource\n      werkgebied {\n        code\n        name\n      }\n    }\n  }\n': typeof types.SetSchoolWerkgebiedDocument;
  '\n  query FindSchools(\n    $filter: SchoolFilter\n    $near: NearInput\n    $sort: SchoolSort\n    $first: Int!\n    $after: String\n    $withItems: Boolean!\n  ) {\n    schools(filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      totalCount\n      centre {\n        latitude\n        longitude\n        radiusKm\n        label\n        approximate\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latitude\n          longitude\n          locationApproximate\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          staleSop {\n            schoolYear\n          }\n          sops {\n            schoolYear\n            status\n            ... @include(if: $withItems) {\n              expertise {\n                code\n                availabilityKind\n              }\n              facilities {\n                code\n                status\n              }\n              partners {\n                code\n                frequency\n              }\n              hgw {\n                code\n                status\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.FindSchoolsDocument;
  '\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n          staleSop {\n            schoolYear\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SchoolsPageDocument;
  '\n  query ShortlistSchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      kind\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      phone\n      email\n      website\n      werkgebied {\n        code\n        name\n      }\n      latestPupilCount {\n        total\n        suppressed\n        referenceDate\n      }\n      staleSop {\n        schoolYear\n      }\n      sops {\n        schoolYear\n        status\n      }\n    }\n  }\n': typeof types.ShortlistSchoolDocument;
};
const documents: Documents = {
  '\n  query Me {\n    me {\n      id\n      email\n      roles\n      schoolIds\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      roles\n      schoolIds\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      loginUrl\n    }\n  }\n':
    types.AuthProvidersDocument,
  '\n  query UserAccounts {\n    userAccounts {\n      ...UserAccountRow\n    }\n  }\n':
    types.UserAccountsDocument,
  '\n  fragment UserAccountRow on UserAccount {\n    id\n    email\n    displayName\n    roles\n    schoolIds\n    schools {\n      id\n      name\n    }\n    failedLoginCount\n    lockedUntil\n    createdAt\n    disabledAt\n  }\n':
    types.UserAccountRowFragmentDoc,
  '\n  mutation CreateUserAccount(\n    $email: String!\n    $displayName: String!\n    $password: String!\n    $roles: [String!]!\n    $schoolIds: [ID!]!\n  ) {\n    createUserAccount(\n      email: $email\n      displayName: $displayName\n      password: $password\n      roles: $roles\n      schoolIds: $schoolIds\n    ) {\n      ...UserAccountRow\n    }\n  }\n':
    types.CreateUserAccountDocument,
  '\n  mutation SetUserAccountDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserAccountDisabled(userId: $userId, disabled: $disabled) {\n      ...UserAccountRow\n    }\n  }\n':
    types.SetUserAccountDisabledDocument,
  '\n  mutation UnlockUserAccount($userId: ID!) {\n    unlockUserAccount(userId: $userId) {\n      ...UserAccountRow\n    }\n  }\n':
    types.UnlockUserAccountDocument,
  '\n  query SchoolOptions($text: String!, $first: Int!) {\n    schools(filter: { text: $text }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          place\n          isDemo\n        }\n      }\n    }\n  }\n':
    types.SchoolOptionsDocument,
  '\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n':
    types.FundingParametersDocument,
  '\n  mutation SetFundingParameters(\n    $calendarYear: Int!\n    $basePerLocation: Float!\n    $perPupil: Float!\n    $note: String\n  ) {\n    setFundingParameters(\n      calendarYear: $calendarYear\n      basePerLocation: $basePerLocation\n      perPupil: $perPupil\n      note: $note\n    ) {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n':
    types.SetFundingParametersDocument,
  '\n  query CompareSchools($ids: [ID!]!, $schoolYear: String) {\n    compareSchools(ids: $ids, schoolYear: $schoolYear) {\n      schoolYear\n      shareSchoolYear\n      shareSchools\n      schools {\n        schoolYear\n        sopId\n        pupils\n        pupilsSuppressed\n        pupilsReferenceDate\n        fundingPerPupil\n        fundingCalendarYear\n        sopDate\n        sopDateSource\n        sopDateKind\n        school {\n          id\n          name\n          isDemo\n          werkgebied {\n            code\n            name\n          }\n        }\n      }\n      rows {\n        kind\n        code\n        label\n        differs\n        regionShare\n        values {\n          schoolId\n          has\n          value\n          werkgebiedShare\n        }\n      }\n    }\n  }\n':
    types.CompareSchoolsDocument,
  '\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n':
    types.SchoolSopsDocument,
  '\n  query SchoolPlaceIssues {\n    schoolPlaceIssues {\n      schoolId\n      name\n      address\n      postcode\n      werkgebiedCode\n      werkgebiedSource\n      latitude\n      longitude\n      problems\n    }\n  }\n':
    types.SchoolPlaceIssuesDocument,
  '\n  mutation SetSchoolLocation($schoolId: ID!, $latitude: Float!, $longitude: Float!) {\n    setSchoolLocation(schoolId: $schoolId, latitude: $latitude, longitude: $longitude) {\n      id\n      latitude\n      longitude\n    }\n  }\n':
    types.SetSchoolLocationDocument,
  '\n  query EditorSchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      place\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        version\n        updatedAt\n        document\n        warnings {\n          path\n          code\n          message\n          candidates\n          resolvedAt\n        }\n      }\n    }\n  }\n':
    types.EditorSchoolDocument,
  '\n  mutation StartDraft($schoolId: ID!, $schoolYear: String!) {\n    startDraft(schoolId: $schoolId, schoolYear: $schoolYear) {\n      id\n      version\n      status\n    }\n  }\n':
    types.StartDraftDocument,
  '\n  mutation UpdateDraftField(\n    $sopId: ID!\n    $path: String!\n    $value: JSON\n    $expectedVersion: Int!\n    $reason: String\n  ) {\n    updateDraftField(\n      sopId: $sopId\n      path: $path\n      value: $value\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      version\n      status\n    }\n  }\n':
    types.UpdateDraftFieldDocument,
  '\n  mutation SubmitSopForReview($sopId: ID!, $expectedVersion: Int!) {\n    submitSopForReview(sopId: $sopId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n':
    types.SubmitSopForReviewDocument,
  '\n  mutation SendBackSop($sopId: ID!, $comment: String!, $expectedVersion: Int!) {\n    sendBackSop(sopId: $sopId, comment: $comment, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n':
    types.SendBackSopDocument,
  '\n  query MySchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      place\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        version\n      }\n    }\n  }\n':
    types.MySchoolDocument,
  '\n  query ImportQueue {\n    importQueueSummary {\n      ready\n      needsReview\n      toMatch\n    }\n    publishingPolicy {\n      publishCleanImports\n    }\n    schoolMatches {\n      id\n      fileName\n      documentSchoolName\n      documentAddress\n      schoolYear\n      reason\n      suggestions {\n        schoolId\n        name\n        postcode\n        score\n        reason\n      }\n    }\n  }\n':
    types.ImportQueueDocument,
  '\n  mutation PublishAllReady {\n    publishAllReady {\n      publishedCount\n      waitingCount\n    }\n  }\n':
    types.PublishAllReadyDocument,
  '\n  mutation SetPublishingPolicy($publishCleanImports: Boolean!) {\n    setPublishingPolicy(publishCleanImports: $publishCleanImports) {\n      publishCleanImports\n    }\n  }\n':
    types.SetPublishingPolicyDocument,
  '\n  mutation ResolveSchoolMatch($id: ID!, $schoolId: ID, $newSchool: Boolean) {\n    resolveSchoolMatch(id: $id, schoolId: $schoolId, newSchool: $newSchool) {\n      id\n      schoolId\n      sopId\n    }\n  }\n':
    types.ResolveSchoolMatchDocument,
  '\n  query FundingScatter($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          funding {\n            calendarYear\n            perPupil\n            pupils\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.FundingScatterDocument,
  '\n  query RegionOverview($schoolYear: String!, $werkgebied: String) {\n    regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {\n      schoolYear\n      werkgebied\n      schools\n      schoolsWithSop\n      schoolsLeftOut\n      items {\n        kind\n        code\n        label\n        pupilsInGaps\n        region {\n          schools\n          withItem\n          share\n        }\n        werkgebieden {\n          werkgebiedCode\n          werkgebiedName\n          schools\n          withItem\n          share\n        }\n        gaps {\n          werkgebiedCode\n          werkgebiedName\n          schools\n          withItem\n          pupils\n        }\n      }\n      funding {\n        overall {\n          group\n          schools\n          min\n          q1\n          median\n          q3\n          max\n          outliers {\n            id\n            name\n            value\n          }\n        }\n        bySize {\n          group\n          schools\n          min\n          q1\n          median\n          q3\n          max\n          outliers {\n            id\n            name\n            value\n          }\n        }\n        byKind {\n          group\n          schools\n          median\n        }\n      }\n      dataHealth {\n        withoutPublishedSop {\n          count\n        }\n        staleSops {\n          count\n        }\n        unresolvedWarnings {\n          count\n        }\n        awaitingReview {\n          count\n        }\n        withoutWerkgebied {\n          count\n          schools {\n            id\n            name\n            detail\n          }\n        }\n      }\n      trends {\n        kind\n        code\n        label\n        points {\n          schoolYear\n          schools\n          withItem\n          share\n        }\n      }\n    }\n  }\n':
    types.RegionOverviewDocument,
  '\n  query Drafts($first: Int, $after: String) {\n    drafts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          schoolId\n          schoolYear\n          warningCount\n          unresolvedWarningCount\n          school {\n            id\n            name\n          }\n          sop {\n            id\n            version\n            status\n            updatedAt\n            sourceDocument {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DraftsDocument,
  '\n  query SopReview($sopId: ID!) {\n    sopReview(sopId: $sopId) {\n      sop {\n        id\n        version\n        status\n        schoolId\n        schoolYear\n        school {\n          id\n          name\n        }\n        sourceDocument {\n          id\n          fileName\n          mediaType\n          url\n        }\n      }\n      warnings {\n        id\n        path\n        code\n        message\n        candidates\n        section\n        excerpt\n        resolvedAt\n        resolvedBy\n        sourceLines {\n          number\n          text\n          marked\n        }\n        page\n        box {\n          x1\n          y1\n          x2\n          y2\n        }\n        cells {\n          value\n          box {\n            x1\n            y1\n            x2\n            y2\n          }\n        }\n      }\n    }\n  }\n':
    types.SopReviewDocument,
  '\n  mutation CorrectSopField($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!) {\n    correctSopField(\n      sopId: $sopId\n      path: $path\n      value: $value\n      expectedVersion: $expectedVersion\n      resolveWarning: true\n    ) {\n      id\n      version\n      status\n    }\n  }\n':
    types.CorrectSopFieldDocument,
  '\n  mutation PublishSop($sopId: ID!, $expectedVersion: Int!, $force: Boolean!) {\n    publishSop(sopId: $sopId, expectedVersion: $expectedVersion, force: $force) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n':
    types.PublishSopDocument,
  '\n  query AuditTrail($schoolId: ID!, $path: String) {\n    auditTrail(schoolId: $schoolId, path: $path) {\n      id\n      occurredAt\n      actor\n      action\n      path\n      oldValue\n      newValue\n      reason\n      sopId\n    }\n  }\n':
    types.AuditTrailDocument,
  '\n  query SchoolProfile($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      demoNotice\n      kind\n      vestigingscode\n      boardName\n      boardNumber\n      denomination\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      email\n      phone\n      website\n      werkgebiedSource\n      werkgebied {\n        code\n        name\n      }\n      pupilCounts {\n        referenceDate\n        total\n        suppressed\n        source\n      }\n      sops {\n        id\n        schoolYear\n        status\n      }\n      staleSop {\n        schoolYear\n        documentDate\n        documentDateKind\n        asOfYear\n        staleYears\n      }\n      history {\n        kind\n        code\n        label\n        values {\n          schoolYear\n          value\n        }\n      }\n    }\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n    }\n  }\n':
    types.SchoolProfileDocument,
  '\n  query SchoolSop($schoolId: ID!, $schoolYear: String) {\n    sop(schoolId: $schoolId, schoolYear: $schoolYear) {\n      ...SopFields\n    }\n  }\n':
    types.SchoolSopDocument,
  '\n  fragment SopFields on Sop {\n    id\n    schoolYear\n    status\n    template\n    version\n    publishedAt\n    documentDate\n    documentDateKind\n    vision\n    supportStructure\n    extraSupport\n    limits\n    evaluation\n    fundingAmount\n    fundingYear\n    funding {\n      calendarYear\n      statedAmount\n      expectedAmount\n      perPupil\n      pupils\n      referenceDate\n      deviation {\n        absolute\n        relative\n      }\n      parameters {\n        basePerLocation\n        perPupil\n      }\n    }\n    extraOfferNote\n    hgw {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    expertise {\n      code\n      label\n      position\n      available\n      availability\n      availabilityKind\n    }\n    partners {\n      code\n      label\n      position\n      frequency\n      candidates\n    }\n    extraOffers {\n      offer\n      period\n      isHint\n      position\n    }\n    facilities {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    provenance {\n      path\n      source\n      page\n      line\n      lineEnd\n      table\n      row\n      cell\n      section\n      excerpt\n    }\n    warnings {\n      code\n      message\n      path\n      candidates\n      resolvedAt\n    }\n    sourceDocument {\n      id\n      fileName\n      url\n      sourceKind\n      mediaType\n      importedAt\n    }\n  }\n':
    types.SopFieldsFragmentDoc,
  '\n  mutation SetSchoolWerkgebied($schoolId: ID!, $werkgebied: String) {\n    setSchoolWerkgebied(schoolId: $schoolId, werkgebied: $werkgebied) {\n      id\n      werkgebiedSource\n      werkgebied {\n        code\n        name\n      }\n    }\n  }\n':
    types.SetSchoolWerkgebiedDocument,
  '\n  query FindSchools(\n    $filter: SchoolFilter\n    $near: NearInput\n    $sort: SchoolSort\n    $first: Int!\n    $after: String\n    $withItems: Boolean!\n  ) {\n    schools(filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      totalCount\n      centre {\n        latitude\n        longitude\n        radiusKm\n        label\n        approximate\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latitude\n          longitude\n          locationApproximate\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          staleSop {\n            schoolYear\n          }\n          sops {\n            schoolYear\n            status\n            ... @include(if: $withItems) {\n              expertise {\n                code\n                availabilityKind\n              }\n              facilities {\n                code\n                status\n              }\n              partners {\n                code\n                frequency\n              }\n              hgw {\n                code\n                status\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.FindSchoolsDocument,
  '\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n          staleSop {\n            schoolYear\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SchoolsPageDocument,
  '\n  query ShortlistSchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      kind\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      phone\n      email\n      website\n      werkgebied {\n        code\n        name\n      }\n      latestPupilCount {\n        total\n        suppressed\n        referenceDate\n      }\n      staleSop {\n        schoolYear\n      }\n      sops {\n        schoolYear\n        status\n      }\n    }\n  }\n':
    types.ShortlistSchoolDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      roles\n      schoolIds\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      roles\n      schoolIds\n    }\n  }\n',
): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthProviders {\n    authProviders {\n      id\n      label\n      loginUrl\n    }\n  }\n',
): typeof import('./graphql').AuthProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UserAccounts {\n    userAccounts {\n      ...UserAccountRow\n    }\n  }\n',
): typeof import('./graphql').UserAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserAccountRow on UserAccount {\n    id\n    email\n    displayName\n    roles\n    schoolIds\n    schools {\n      id\n      name\n    }\n    failedLoginCount\n    lockedUntil\n    createdAt\n    disabledAt\n  }\n',
): typeof import('./graphql').UserAccountRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUserAccount(\n    $email: String!\n    $displayName: String!\n    $password: String!\n    $roles: [String!]!\n    $schoolIds: [ID!]!\n  ) {\n    createUserAccount(\n      email: $email\n      displayName: $displayName\n      password: $password\n      roles: $roles\n      schoolIds: $schoolIds\n    ) {\n      ...UserAccountRow\n    }\n  }\n',
): typeof import('./graphql').CreateUserAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserAccountDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserAccountDisabled(userId: $userId, disabled: $disabled) {\n      ...UserAccountRow\n    }\n  }\n',
): typeof import('./graphql').SetUserAccountDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlockUserAccount($userId: ID!) {\n    unlockUserAccount(userId: $userId) {\n      ...UserAccountRow\n    }\n  }\n',
): typeof import('./graphql').UnlockUserAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolOptions($text: String!, $first: Int!) {\n    schools(filter: { text: $text }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          place\n          isDemo\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SchoolOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingParameters {\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n',
): typeof import('./graphql').FundingParametersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetFundingParameters(\n    $calendarYear: Int!\n    $basePerLocation: Float!\n    $perPupil: Float!\n    $note: String\n  ) {\n    setFundingParameters(\n      calendarYear: $calendarYear\n      basePerLocation: $basePerLocation\n      perPupil: $perPupil\n      note: $note\n    ) {\n      calendarYear\n      basePerLocation\n      perPupil\n      note\n      source\n    }\n  }\n',
): typeof import('./graphql').SetFundingParametersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompareSchools($ids: [ID!]!, $schoolYear: String) {\n    compareSchools(ids: $ids, schoolYear: $schoolYear) {\n      schoolYear\n      shareSchoolYear\n      shareSchools\n      schools {\n        schoolYear\n        sopId\n        pupils\n        pupilsSuppressed\n        pupilsReferenceDate\n        fundingPerPupil\n        fundingCalendarYear\n        sopDate\n        sopDateSource\n        sopDateKind\n        school {\n          id\n          name\n          isDemo\n          werkgebied {\n            code\n            name\n          }\n        }\n      }\n      rows {\n        kind\n        code\n        label\n        differs\n        regionShare\n        values {\n          schoolId\n          has\n          value\n          werkgebiedShare\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CompareSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolSops($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        expertise {\n          code\n          label\n          availabilityKind\n        }\n        facilities {\n          code\n          label\n          status\n        }\n        partners {\n          code\n          label\n          frequency\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SchoolSopsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolPlaceIssues {\n    schoolPlaceIssues {\n      schoolId\n      name\n      address\n      postcode\n      werkgebiedCode\n      werkgebiedSource\n      latitude\n      longitude\n      problems\n    }\n  }\n',
): typeof import('./graphql').SchoolPlaceIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSchoolLocation($schoolId: ID!, $latitude: Float!, $longitude: Float!) {\n    setSchoolLocation(schoolId: $schoolId, latitude: $latitude, longitude: $longitude) {\n      id\n      latitude\n      longitude\n    }\n  }\n',
): typeof import('./graphql').SetSchoolLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditorSchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      place\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        version\n        updatedAt\n        document\n        warnings {\n          path\n          code\n          message\n          candidates\n          resolvedAt\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').EditorSchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartDraft($schoolId: ID!, $schoolYear: String!) {\n    startDraft(schoolId: $schoolId, schoolYear: $schoolYear) {\n      id\n      version\n      status\n    }\n  }\n',
): typeof import('./graphql').StartDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDraftField(\n    $sopId: ID!\n    $path: String!\n    $value: JSON\n    $expectedVersion: Int!\n    $reason: String\n  ) {\n    updateDraftField(\n      sopId: $sopId\n      path: $path\n      value: $value\n      expectedVersion: $expectedVersion\n      reason: $reason\n    ) {\n      id\n      version\n      status\n    }\n  }\n',
): typeof import('./graphql').UpdateDraftFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSopForReview($sopId: ID!, $expectedVersion: Int!) {\n    submitSopForReview(sopId: $sopId, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n',
): typeof import('./graphql').SubmitSopForReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendBackSop($sopId: ID!, $comment: String!, $expectedVersion: Int!) {\n    sendBackSop(sopId: $sopId, comment: $comment, expectedVersion: $expectedVersion) {\n      id\n      version\n      status\n    }\n  }\n',
): typeof import('./graphql').SendBackSopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      place\n      isDemo\n      sops {\n        id\n        schoolYear\n        status\n        version\n      }\n    }\n  }\n',
): typeof import('./graphql').MySchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportQueue {\n    importQueueSummary {\n      ready\n      needsReview\n      toMatch\n    }\n    publishingPolicy {\n      publishCleanImports\n    }\n    schoolMatches {\n      id\n      fileName\n      documentSchoolName\n      documentAddress\n      schoolYear\n      reason\n      suggestions {\n        schoolId\n        name\n        postcode\n        score\n        reason\n      }\n    }\n  }\n',
): typeof import('./graphql').ImportQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishAllReady {\n    publishAllReady {\n      publishedCount\n      waitingCount\n    }\n  }\n',
): typeof import('./graphql').PublishAllReadyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPublishingPolicy($publishCleanImports: Boolean!) {\n    setPublishingPolicy(publishCleanImports: $publishCleanImports) {\n      publishCleanImports\n    }\n  }\n',
): typeof import('./graphql').SetPublishingPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveSchoolMatch($id: ID!, $schoolId: ID, $newSchool: Boolean) {\n    resolveSchoolMatch(id: $id, schoolId: $schoolId, newSchool: $newSchool) {\n      id\n      schoolId\n      sopId\n    }\n  }\n',
): typeof import('./graphql').ResolveSchoolMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingScatter($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          kind\n          funding {\n            calendarYear\n            perPupil\n            pupils\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').FundingScatterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegionOverview($schoolYear: String!, $werkgebied: String) {\n    regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {\n      schoolYear\n      werkgebied\n      schools\n      schoolsWithSop\n      schoolsLeftOut\n      items {\n        kind\n        code\n        label\n        pupilsInGaps\n        region {\n          schools\n          withItem\n          share\n        }\n        werkgebieden {\n          werkgebiedCode\n          werkgebiedName\n          schools\n          withItem\n          share\n        }\n        gaps {\n          werkgebiedCode\n          werkgebiedName\n          schools\n          withItem\n          pupils\n        }\n      }\n      funding {\n        overall {\n          group\n          schools\n          min\n          q1\n          median\n          q3\n          max\n          outliers {\n            id\n            name\n            value\n          }\n        }\n        bySize {\n          group\n          schools\n          min\n          q1\n          median\n          q3\n          max\n          outliers {\n            id\n            name\n            value\n          }\n        }\n        byKind {\n          group\n          schools\n          median\n        }\n      }\n      dataHealth {\n        withoutPublishedSop {\n          count\n        }\n        staleSops {\n          count\n        }\n        unresolvedWarnings {\n          count\n        }\n        awaitingReview {\n          count\n        }\n        withoutWerkgebied {\n          count\n          schools {\n            id\n            name\n            detail\n          }\n        }\n      }\n      trends {\n        kind\n        code\n        label\n        points {\n          schoolYear\n          schools\n          withItem\n          share\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').RegionOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Drafts($first: Int, $after: String) {\n    drafts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          schoolId\n          schoolYear\n          warningCount\n          unresolvedWarningCount\n          school {\n            id\n            name\n          }\n          sop {\n            id\n            version\n            status\n            updatedAt\n            sourceDocument {\n              fileName\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SopReview($sopId: ID!) {\n    sopReview(sopId: $sopId) {\n      sop {\n        id\n        version\n        status\n        schoolId\n        schoolYear\n        school {\n          id\n          name\n        }\n        sourceDocument {\n          id\n          fileName\n          mediaType\n          url\n        }\n      }\n      warnings {\n        id\n        path\n        code\n        message\n        candidates\n        section\n        excerpt\n        resolvedAt\n        resolvedBy\n        sourceLines {\n          number\n          text\n          marked\n        }\n        page\n        box {\n          x1\n          y1\n          x2\n          y2\n        }\n        cells {\n          value\n          box {\n            x1\n            y1\n            x2\n            y2\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SopReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CorrectSopField($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!) {\n    correctSopField(\n      sopId: $sopId\n      path: $path\n      value: $value\n      expectedVersion: $expectedVersion\n      resolveWarning: true\n    ) {\n      id\n      version\n      status\n    }\n  }\n',
): typeof import('./graphql').CorrectSopFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishSop($sopId: ID!, $expectedVersion: Int!, $force: Boolean!) {\n    publishSop(sopId: $sopId, expectedVersion: $expectedVersion, force: $force) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n',
): typeof import('./graphql').PublishSopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTrail($schoolId: ID!, $path: String) {\n    auditTrail(schoolId: $schoolId, path: $path) {\n      id\n      occurredAt\n      actor\n      action\n      path\n      oldValue\n      newValue\n      reason\n      sopId\n    }\n  }\n',
): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolProfile($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      demoNotice\n      kind\n      vestigingscode\n      boardName\n      boardNumber\n      denomination\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      email\n      phone\n      website\n      werkgebiedSource\n      werkgebied {\n        code\n        name\n      }\n      pupilCounts {\n        referenceDate\n        total\n        suppressed\n        source\n      }\n      sops {\n        id\n        schoolYear\n        status\n      }\n      staleSop {\n        schoolYear\n        documentDate\n        documentDateKind\n        asOfYear\n        staleYears\n      }\n      history {\n        kind\n        code\n        label\n        values {\n          schoolYear\n          value\n        }\n      }\n    }\n    fundingParameters {\n      calendarYear\n      basePerLocation\n      perPupil\n    }\n  }\n',
): typeof import('./graphql').SchoolProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolSop($schoolId: ID!, $schoolYear: String) {\n    sop(schoolId: $schoolId, schoolYear: $schoolYear) {\n      ...SopFields\n    }\n  }\n',
): typeof import('./graphql').SchoolSopDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SopFields on Sop {\n    id\n    schoolYear\n    status\n    template\n    version\n    publishedAt\n    documentDate\n    documentDateKind\n    vision\n    supportStructure\n    extraSupport\n    limits\n    evaluation\n    fundingAmount\n    fundingYear\n    funding {\n      calendarYear\n      statedAmount\n      expectedAmount\n      perPupil\n      pupils\n      referenceDate\n      deviation {\n        absolute\n        relative\n      }\n      parameters {\n        basePerLocation\n        perPupil\n      }\n    }\n    extraOfferNote\n    hgw {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    expertise {\n      code\n      label\n      position\n      available\n      availability\n      availabilityKind\n    }\n    partners {\n      code\n      label\n      position\n      frequency\n      candidates\n    }\n    extraOffers {\n      offer\n      period\n      isHint\n      position\n    }\n    facilities {\n      code\n      label\n      position\n      status\n      candidates\n    }\n    provenance {\n      path\n      source\n      page\n      line\n      lineEnd\n      table\n      row\n      cell\n      section\n      excerpt\n    }\n    warnings {\n      code\n      message\n      path\n      candidates\n      resolvedAt\n    }\n    sourceDocument {\n      id\n      fileName\n      url\n      sourceKind\n      mediaType\n      importedAt\n    }\n  }\n',
): typeof import('./graphql').SopFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSchoolWerkgebied($schoolId: ID!, $werkgebied: String) {\n    setSchoolWerkgebied(schoolId: $schoolId, werkgebied: $werkgebied) {\n      id\n      werkgebiedSource\n      werkgebied {\n        code\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').SetSchoolWerkgebiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindSchools(\n    $filter: SchoolFilter\n    $near: NearInput\n    $sort: SchoolSort\n    $first: Int!\n    $after: String\n    $withItems: Boolean!\n  ) {\n    schools(filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {\n      totalCount\n      centre {\n        latitude\n        longitude\n        radiusKm\n        label\n        approximate\n      }\n      edges {\n        cursor\n        distanceKm\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latitude\n          longitude\n          locationApproximate\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          staleSop {\n            schoolYear\n          }\n          sops {\n            schoolYear\n            status\n            ... @include(if: $withItems) {\n              expertise {\n                code\n                availabilityKind\n              }\n              facilities {\n                code\n                status\n              }\n              partners {\n                code\n                frequency\n              }\n              hgw {\n                code\n                status\n              }\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').FindSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchoolsPage($first: Int!, $after: String) {\n    schools(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          place\n          gemeenteName\n          kind\n          isDemo\n          latestPupilCount {\n            total\n            suppressed\n            referenceDate\n          }\n          werkgebied {\n            code\n            name\n          }\n          sops {\n            schoolYear\n            status\n          }\n          staleSop {\n            schoolYear\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').SchoolsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ShortlistSchool($id: ID!) {\n    school(id: $id) {\n      id\n      name\n      isDemo\n      kind\n      street\n      houseNumber\n      postcode\n      place\n      gemeenteName\n      phone\n      email\n      website\n      werkgebied {\n        code\n        name\n      }\n      latestPupilCount {\n        total\n        suppressed\n        referenceDate\n      }\n      staleSop {\n        schoolYear\n      }\n      sops {\n        schoolYear\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql').ShortlistSchoolDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
