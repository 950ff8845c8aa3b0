import { ShortlistPage } from '../features/shortlist/components/ShortlistPage';

export default function ShortlistRoute() {
  return <ShortlistPage />;
}
