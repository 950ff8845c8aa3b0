import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue';
import { SchoolPlacesService } from './school-places.service';

/** Schools looked up through PDOK per job: a crash repeats at most this many lookups (and those come from the cache). */
export const PLACE_SCHOOLS_CHUNK = 50;

/**
 * Placing schools through PDOK as background jobs (queue `place-schools`): `placeAll()` queues one job that splits
 * the schools still to place into chunks, each its own job, so any replica may run them and a crash resumes at the
 * chunk it was in (lookups are cached in `geocode_cache`, so a repeated chunk costs no second PDOK call).
 */
@Injectable()
export class PlaceSchoolsJob implements OnModuleInit {
  private readonly logger = new Logger('PlaceSchools');

  constructor(
    private readonly places: SchoolPlacesService,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue.register('place-schools', (job) => this.run(job.data['schoolIds']));
  }

  /** Queues placing every school still without PDOK coordinates (after a DUO upload). Nothing when offline. */
  async placeAll(): Promise<string | null> {
    if (!this.places.online) return null;
    return this.queue.send('place-schools', {});
  }

  private async run(schoolIds: unknown): Promise<void> {
    if (!Array.isArray(schoolIds)) {
      const ids = await this.places.unplacedSchoolIds();
      const chunks: { schoolIds: string[] }[] = [];
      for (let i = 0; i < ids.length; i += PLACE_SCHOOLS_CHUNK) {
        chunks.push({ schoolIds: ids.slice(i, i + PLACE_SCHOOLS_CHUNK) });
      }
      await this.queue.sendMany('place-schools', chunks);
      this.logger.log(`ligging via PDOK: ${ids.length} school(s) in ${chunks.length} opdracht(en)`);
      return;
    }
    const ids = schoolIds.filter((id): id is string => typeof id === 'string');
    const report = await this.places.placeSchools({ schoolIds: ids });
    if (report.offline && report.placed + report.pinsKept < report.looked) {
      // PDOK stopped answering: fail the job so the queue retries it later.
      throw new Error(`PDOK niet bereikbaar: ${report.placed} van ${report.looked} geplaatst`);
    }
    const pins = report.pinsKept > 0 ? `, ${report.pinsKept} speld(en) van het SWV behouden` : '';
    this.logger.log(
      `ligging via PDOK: ${report.placed} van ${report.looked} geplaatst${pins}, ${report.werkgebiedFromAddress} werkgebied(en) uit wijk of gemeente`,
    );
  }
}
