import { graphql } from '../../../graphql/generated';

/** A school with its pupil history and the list of its SOP years (the year selector). */
export const SchoolProfileQuery = graphql(`
  query SchoolProfile($id: ID!) {
    school(id: $id) {
      id
      name
      isDemo
      demoNotice
      kind
      vestigingscode
      boardName
      boardNumber
      denomination
      street
      houseNumber
      postcode
      place
      gemeenteName
      email
      phone
      website
      werkgebiedSource
      locationSource
      werkgebied {
        code
        name
      }
      pupilCounts {
        referenceDate
        total
        suppressed
        source
      }
      sops {
        id
        schoolYear
        status
      }
      staleSop {
        schoolYear
        documentDate
        documentDateKind
        asOfYear
        staleYears
      }
      history {
        kind
        code
        label
        values {
          schoolYear
          value
        }
      }
    }
    fundingParameters {
      calendarYear
      basePerLocation
      perPupil
    }
  }
`);

/** The full SOP of one school year, with provenance and warnings. */
export const SchoolSopQuery = graphql(`
  query SchoolSop($schoolId: ID!, $schoolYear: String) {
    sop(schoolId: $schoolId, schoolYear: $schoolYear) {
      ...SopFields
    }
  }
`);

/** Every SOP field the profile shows (used for the chosen year and the year before it). */
export const SopFieldsFragment = graphql(`
  fragment SopFields on Sop {
    id
    schoolYear
    status
    template
    version
    publishedAt
    documentDate
    documentDateKind
    vision
    supportStructure
    extraSupport
    limits
    evaluation
    fundingAmount
    fundingYear
    funding {
      calendarYear
      statedAmount
      expectedAmount
      perPupil
      pupils
      referenceDate
      deviation {
        absolute
        relative
      }
      parameters {
        basePerLocation
        perPupil
      }
    }
    extraOfferNote
    hgw {
      code
      label
      position
      status
      candidates
    }
    expertise {
      code
      label
      position
      available
      availability
      availabilityKind
    }
    partners {
      code
      label
      position
      frequency
      candidates
    }
    extraOffers {
      offer
      period
      isHint
      position
    }
    facilities {
      code
      label
      position
      status
      candidates
    }
    provenance {
      path
      source
      page
      line
      lineEnd
      table
      row
      cell
      section
      excerpt
    }
    warnings {
      code
      message
      path
      candidates
      resolvedAt
    }
    sourceDocument {
      id
      fileName
      url
      sourceKind
      mediaType
      importedAt
    }
  }
`);
