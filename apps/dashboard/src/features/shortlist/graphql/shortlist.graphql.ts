import { graphql } from '../../../graphql/generated';

/**
 * What the printed shortlist shows of a school: address, contact, kind and its SOPs (how current); its coordinates
 * for the distance from the search point of a shared link.
 */
export const ShortlistSchoolQuery = graphql(`
  query ShortlistSchool($id: ID!) {
    school(id: $id) {
      id
      name
      isDemo
      kind
      street
      houseNumber
      postcode
      place
      gemeenteName
      phone
      email
      website
      latitude
      longitude
      werkgebied {
        code
        name
      }
      latestPupilCount {
        total
        suppressed
        referenceDate
      }
      staleSop {
        schoolYear
      }
      sops {
        schoolYear
        status
      }
    }
  }
`);
