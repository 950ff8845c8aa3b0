import os from 'node:os';
import { type Identity } from '../../common/auth/identity';
import { AppConfig } from '../../config/app-config';
import { SopReviewService } from '../../imports/review.service';
import { withCliDataSource } from '../cli-data-source';
import { SopWriter } from '../../sops/sop-writer';
import { type CliCommand } from '../cli-command';

const USAGE = 'Gebruik: npm run sop -- publiceer [--schooljaar 2024-2025]\n';

/** `publiceer`: "publish all ready" from the command line: every draft without open warnings, each audited. */
export const publiceerCommand: CliCommand = {
  name: 'publiceer',
  summary: 'publiceert alle concepten zonder open waarschuwingen ("alles wat klaar is") [--schooljaar J]',
  async run(args, io) {
    let schoolYear: string | null = null;
    if (args.length === 2 && args[0] === '--schooljaar' && /^\d{4}-\d{4}$/.test(args[1] ?? ''))
      schoolYear = args[1] ?? null;
    else if (args.length > 0) {
      io.stderr(USAGE);
      return 2;
    }
    const label = `cli:${os.userInfo().username}`;
    const identity: Identity = {
      subject: label,
      userId: null,
      label,
      roles: ['swv-staff'],
      schoolIds: [],
      via: 'service-token',
      credential: null,
    };
    return withCliDataSource(AppConfig.fromEnv(), io, async (dataSource) => {
      const review = new SopReviewService(dataSource, new SopWriter());
      const result = await review.publishAllReady({ schoolYear, identity });
      io.stderr(
        `${result.published.length} SOP('s) gepubliceerd; ${result.waiting} concept(en) wachten nog ` +
          `(open waarschuwingen)${result.skipped > 0 ? `; ${result.skipped} overgeslagen (intussen gewijzigd)` : ''}.\n`,
      );
      io.stdout(
        `${JSON.stringify({ published: result.published.length, waiting: result.waiting, skipped: result.skipped })}\n`,
      );
      return 0;
    });
  },
};
