import { type DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { GeocodingService } from '../../geocoding/geocoding.service';
import { type PlaceSchoolsReport, SchoolPlacesService } from '../../geocoding/school-places.service';
import { withCliDataSource } from '../cli-data-source';
import { WerkgebiedTableService } from '../../geocoding/werkgebied-table.service';
import { type CliCommand, type CliIo } from '../cli-command';

/** Places the real schools by address through PDOK (also run after every `duo` import); prints what it did. */
export async function placeSchools(
  dataSource: DataSource,
  config: AppConfig,
  io: CliIo,
): Promise<PlaceSchoolsReport> {
  const werkgebieden = new WerkgebiedTableService(config);
  const service = new SchoolPlacesService(
    dataSource,
    new GeocodingService(dataSource, config, werkgebieden),
    werkgebieden,
  );
  const report = await service.placeSchools();
  if (report.offline)
    io.stderr(
      `  ligging: PDOK niet ${config.geocoder === 'pdok' ? 'bereikbaar' : 'ingesteld (GEOCODER=local)'}; ` +
        `werkgebieden blijven de schatting uit de postcodetabel (${report.looked} school/scholen zonder adrespunt).\n`,
    );
  else
    io.stderr(
      `  ligging via PDOK: ${report.placed} van ${report.looked} geplaatst, ${report.werkgebiedFromAddress} ` +
        `werkgebied(en) uit wijk of gemeente; niet gevonden: ${report.notFound.length}` +
        `${report.notFound.length > 0 ? ` (${report.notFound.map((n) => `${n.name}: ${n.address}`).join('; ')})` : ''}.\n`,
    );
  return report;
}

/** `plaats`: coordinates and werkgebied (PDOK wijk or gemeente) for real schools by their address. */
export const plaatsCommand: CliCommand = {
  name: 'plaats',
  summary: 'zoekt via PDOK de ligging en het werkgebied (wijk of gemeente) van scholen bij hun adres',
  async run(args, io) {
    if (args.length > 0) {
      io.stderr('Gebruik: npm run sop -- plaats\n');
      return 2;
    }
    const config = AppConfig.fromEnv();
    return withCliDataSource(config, io, async (dataSource) => {
      const report = await placeSchools(dataSource, config, io);
      io.stdout(`${JSON.stringify(report)}\n`);
      return report.offline && config.geocoder === 'pdok' ? 1 : 0;
    });
  },
};
