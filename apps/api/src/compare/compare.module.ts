import { Module } from '@nestjs/common';
import { CompareResolver } from './compare.resolver';
import { CompareService } from './compare.service';

@Module({ providers: [CompareService, CompareResolver] })
export class CompareModule {}
