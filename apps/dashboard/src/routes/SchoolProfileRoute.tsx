import { useParams } from 'react-router-dom';
import { SchoolProfilePage } from '../features/school/components/SchoolProfilePage';

export default function SchoolProfileRoute() {
  const { id = '' } = useParams();
  return <SchoolProfilePage key={id} id={id} />;
}
