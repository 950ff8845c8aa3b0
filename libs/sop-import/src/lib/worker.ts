/**
 * Child process that parses one document per message. It runs with a memory cap and is killed by the parent on
 * timeout, so a hostile document can cost at most one worker.
 */
import { SopImportError } from './errors';
import { parseBytesInProcess } from './parse-bytes';
import { loadPdfJs } from './pdf';
import { type WorkerReply, type WorkerRequest } from './worker-protocol';

function reply(message: WorkerReply): void {
  process.send?.(message);
}

async function handle(request: WorkerRequest): Promise<void> {
  try {
    const result = await parseBytesInProcess(request.bytes, {
      maxPages: request.maxPages,
      ...(request.fileName !== undefined ? { fileName: request.fileName } : {}),
    });
    reply({ id: request.id, ok: true, result });
  } catch (error) {
    if (error instanceof SopImportError) {
      reply({ id: request.id, ok: false, code: error.code, message: error.reason });
    } else {
      const why = error instanceof Error ? error.message : String(error);
      reply({
        id: request.id,
        ok: false,
        code: 'corrupt',
        message: `het document is niet te lezen (${why})`,
      });
    }
  }
}

process.on('message', (message: WorkerRequest) => {
  void handle(message);
});
// Warm up: pdf.js takes a few hundred milliseconds to load; do it before the first PDF arrives.
loadPdfJs().then(
  () => reply({ id: 0, ok: true, ready: true }),
  () => undefined,
);
