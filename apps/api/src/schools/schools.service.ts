import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { isUuid } from '../common/uuid';
import { SchoolEntity } from './school.entity';

/** One school by id (the `sop` query's school). Lists and search: `SchoolSearchService`; batches: the loaders. */
@Injectable()
export class SchoolsService {
  constructor(@InjectRepository(SchoolEntity) private readonly schools: Repository<SchoolEntity>) {}

  async findById(id: string): Promise<SchoolEntity | null> {
    if (!isUuid(id)) return null;
    return this.schools.findOneBy({ id });
  }
}
