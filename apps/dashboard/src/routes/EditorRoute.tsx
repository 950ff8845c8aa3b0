import { useParams } from 'react-router-dom';
import { EditorPage } from '../features/editor/components/EditorPage';

export default function EditorRoute() {
  const { id = '' } = useParams();
  return <EditorPage key={id} schoolId={id} />;
}
