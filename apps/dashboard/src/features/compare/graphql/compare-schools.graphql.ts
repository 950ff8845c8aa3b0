import { graphql } from '../../../graphql/generated';

/** 2–6 schools side by side: aligned catalog rows, `differs`, and werkgebied/region shares as reference. */
export const CompareSchoolsQuery = graphql(`
  query CompareSchools($ids: [ID!]!, $schoolYear: String) {
    compareSchools(ids: $ids, schoolYear: $schoolYear) {
      schoolYear
      shareSchoolYear
      shareSchools
      schools {
        schoolYear
        sopId
        pupils
        pupilsSuppressed
        pupilsReferenceDate
        fundingPerPupil
        fundingCalendarYear
        sopDate
        sopDateSource
        sopDateKind
        school {
          id
          name
          isDemo
          werkgebied {
            code
            name
          }
        }
      }
      rows {
        kind
        code
        label
        differs
        regionShare
        values {
          schoolId
          has
          value
          werkgebiedShare
        }
      }
    }
  }
`);
