import { ComparePage } from '../features/compare/components/ComparePage';

export default function CompareRoute() {
  return <ComparePage />;
}
