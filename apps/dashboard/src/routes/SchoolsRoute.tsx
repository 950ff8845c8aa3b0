import { SchoolsPage } from '../features/schools/components/SchoolsPage';

export default function SchoolsRoute() {
  return <SchoolsPage />;
}
