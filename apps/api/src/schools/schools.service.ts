import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository, type SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../common/errors/app-error';
import { decodeCursor } from '../common/pagination/connection';
import { isUuid } from '../common/uuid';
import { type SchoolFilter } from './dto/schools.args';
import { SchoolEntity } from './school.entity';

export interface SchoolPage {
  rows: SchoolEntity[];
  totalCount: number;
  hasNextPage: boolean;
}

/** All school queries of the API. Sorted by name, then id (the cursor is that pair). */
@Injectable()
export class SchoolsService {
  constructor(@InjectRepository(SchoolEntity) private readonly schools: Repository<SchoolEntity>) {}

  async findPage(first: number, after: string | null | undefined, filter: SchoolFilter | null | undefined) {
    const totalCount = await this.filtered(filter).getCount();
    const page = this.filtered(filter)
      .orderBy('school.name', 'ASC')
      .addOrderBy('school.id', 'ASC')
      .limit(first + 1);
    if (after) {
      const [name, id] = decodeCursor(after);
      if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) {
        throw new BadInputError(`ongeldige cursor '${after}'`, 'after');
      }
      page.andWhere('(school.name, school.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
    }
    const rows = await page.getMany();
    return { rows: rows.slice(0, first), totalCount, hasNextPage: rows.length > first } satisfies SchoolPage;
  }

  cursorOf(school: Pick<SchoolEntity, 'name' | 'id'>): [string, string] {
    return [school.name, school.id];
  }

  async findById(id: string): Promise<SchoolEntity | null> {
    if (!isUuid(id)) return null;
    return this.schools.findOneBy({ id });
  }

  /** Applies each filter only when given: an absent filter never reaches `where`. */
  private filtered(filter: SchoolFilter | null | undefined): SelectQueryBuilder<SchoolEntity> {
    const query = this.schools.createQueryBuilder('school');
    if (filter?.werkgebieden && filter.werkgebieden.length > 0) {
      query.andWhere('school.werkgebiedCode = ANY(:werkgebieden)', { werkgebieden: filter.werkgebieden });
    }
    if (filter?.kinds && filter.kinds.length > 0) {
      query.andWhere('school.kind = ANY(:kinds)', { kinds: filter.kinds });
    }
    if (typeof filter?.isDemo === 'boolean') {
      query.andWhere('school.isDemo = :isDemo', { isDemo: filter.isDemo });
    }
    return query;
  }
}
