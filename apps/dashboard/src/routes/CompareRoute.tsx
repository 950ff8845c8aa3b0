import { PendingPage } from '../components/states';
import { sharedStrings } from '../components/strings.nl';

export default function CompareRoute() {
  return <PendingPage title={sharedStrings.nav.compare} />;
}
