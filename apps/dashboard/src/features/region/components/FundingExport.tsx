import { ExportLinks } from '../../exports/components/ExportLinks';
import { exportStrings } from '../../exports/strings.nl';
import { calendarYearOfSchoolYear, fundingExportUrl } from '../../exports/utils/export-urls';

/** Funding per school of the calendar year whose 1 October count belongs to the school year shown. */
export function FundingExport({ schoolYear }: { readonly schoolYear: string }) {
  const calendarYear = calendarYearOfSchoolYear(schoolYear);
  if (calendarYear === null) return null;
  return (
    <ExportLinks what={exportStrings.what.funding} url={(format) => fundingExportUrl(format, calendarYear)} />
  );
}
