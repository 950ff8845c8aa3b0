import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schoolYearOf } from '@sop-atlas/sop-model';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.seed-step';
import { spawnServer, stopServer, waitUntilListening } from '../server-process';
import { codeOf, SessionClient } from './session-client';

interface SopRef {
  id: string;
  version: number;
  status: string;
}

/**
 * The edit path (SET LOCAL ROLE sop_atlas_app, RLS, audit trigger) on the embedded PGlite engine too: it runs one
 * query at a time, so a second connection inside a transaction deadlocks there (while it works on a server).
 */
describe('editing on embedded PGlite (demo accounts)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-embedded-edit-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('a demo editor starts, edits and submits a draft; stale versions conflict; the trail records it', async () => {
    const server = spawnServer({
      DATA_DIR: dataDir,
      PORT: '0',
      SOP_ATLAS_DEMO: '1',
      SOP_ATLAS_EMBEDDED_ENGINE: 'pglite',
    });
    try {
      const url = await waitUntilListening(server);
      const [editorAccount, staffAccount] = DEMO_ACCOUNTS;
      const editor = new SessionClient(url);
      const staff = new SessionClient(url);
      expect(
        (await editor.login(editorAccount?.email ?? '', editorAccount?.password ?? '')).errors,
      ).toBeUndefined();
      expect(
        (await staff.login(staffAccount?.email ?? '', staffAccount?.password ?? '')).errors,
      ).toBeUndefined();
      const me = await editor.data<{ me: { schoolIds: string[] } }>(`{ me { schoolIds } }`);
      const schoolId = me.me.schoolIds[0] ?? '';

      const draft = (
        await editor.data<{ startDraft: SopRef }>(
          `mutation ($s: ID!, $y: String!) { startDraft(schoolId: $s, schoolYear: $y) { id version status } }`,
          { s: schoolId, y: schoolYearOf(new Date()) },
        )
      ).startDraft;
      const update = `mutation ($id: ID!, $v: Int!, $value: JSON) {
        updateDraftField(sopId: $id, path: "vision", value: $value, expectedVersion: $v) { id version status } }`;
      const edited = (
        await editor.data<{ updateDraftField: SopRef }>(update, {
          id: draft.id,
          v: draft.version,
          value: 'PGlite',
        })
      ).updateDraftField;
      expect(edited.version).toBe(draft.version + 1);
      expect(codeOf(await editor.gql(update, { id: draft.id, v: draft.version, value: 'oud' }))).toBe(
        'CONFLICT',
      );
      const submitted = (
        await editor.data<{ submitSopForReview: SopRef }>(
          `mutation ($id: ID!, $v: Int!) { submitSopForReview(sopId: $id, expectedVersion: $v) { id version status } }`,
          { id: edited.id, v: edited.version },
        )
      ).submitSopForReview;
      expect(submitted.status).toBe('IN_REVIEW');
      const trail = (
        await staff.data<{ auditTrail: { actor: string; action: string }[] }>(
          `query ($s: ID!) { auditTrail(schoolId: $s) { actor action } }`,
          { s: schoolId },
        )
      ).auditTrail;
      expect(trail.filter((e) => e.action === 'sop.version-created').map((e) => e.actor)).toEqual([
        editorAccount?.email,
        editorAccount?.email,
        editorAccount?.email,
      ]);
      expect(trail.some((e) => e.action === 'edit.refused')).toBe(true);
    } finally {
      expect(await stopServer(server)).toBe(0);
    }
  });
});
