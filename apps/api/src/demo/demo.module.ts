import { Module } from '@nestjs/common';
import { SchoolDemoResolver } from './school-demo.resolver';

/** The demo label in the API (loading the region is a seed step and the `sop demo` command). */
@Module({ providers: [SchoolDemoResolver] })
export class DemoModule {}
