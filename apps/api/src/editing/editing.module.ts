import { Module } from '@nestjs/common';
import { SopsModule } from '../sops/sops.module';
import { EditingResolver } from './editing.resolver';
import { EditingService } from './editing.service';

@Module({
  imports: [SopsModule],
  providers: [EditingService, EditingResolver],
})
export class EditingModule {}
