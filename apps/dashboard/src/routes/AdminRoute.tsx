import { PendingPage } from '../components/states';
import { sharedStrings } from '../components/strings.nl';

export default function AdminRoute() {
  return <PendingPage title={sharedStrings.nav.admin} />;
}
