import { connectionTypes } from '../../common/pagination/connection';
import { School } from './school.model';

export const { Edge: SchoolEdge, Connection: SchoolConnection } = connectionTypes(School, 'School');
