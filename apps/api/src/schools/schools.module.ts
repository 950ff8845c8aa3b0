import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PupilCountEntity } from './pupil-count.entity';
import { SearchModule } from './search/search.module';
import { SchoolEntity } from './school.entity';
import { SCHOOL_LOADERS } from './schools.loaders';
import { SchoolsResolver } from './schools.resolver';
import { SchoolsService } from './schools.service';
import { WerkgebiedEntity } from './werkgebied.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SchoolEntity, PupilCountEntity, WerkgebiedEntity]), SearchModule],
  providers: [SchoolsService, SchoolsResolver, ...SCHOOL_LOADERS],
  exports: [SchoolsService, ...SCHOOL_LOADERS],
})
export class SchoolsModule {}
