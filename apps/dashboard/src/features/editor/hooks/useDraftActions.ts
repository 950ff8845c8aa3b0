import { mutate } from '../../../graphql/mutate';
import {
  SendBackSopMutation,
  StartDraftMutation,
  SubmitSopForReviewMutation,
  UpdateDraftFieldMutation,
} from '../graphql/editor.graphql';
import type { FieldChange } from '../utils/draft-form';

export interface SopVersion {
  readonly id: string;
  readonly version: number;
  readonly status: string;
}

export async function startDraft(schoolId: string, schoolYear: string): Promise<SopVersion> {
  return (await mutate(StartDraftMutation, { schoolId, schoolYear })).startDraft;
}

/** A save that stopped part-way: `saved` changes went through (up to `last`), then `cause` refused the next. */
export class PartialSaveError extends Error {
  constructor(
    readonly saved: number,
    readonly last: SopVersion | null,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartialSaveError';
  }
}

/**
 * Saves the changes one field at a time, each on the version the previous one made (the API keeps every version);
 * the first refusal (e.g. a CONFLICT because someone else saved meanwhile) stops the rest.
 */
export async function saveDraftChanges(
  start: SopVersion,
  changes: readonly FieldChange[],
  reason: string | null,
  onProgress: (done: number) => void,
): Promise<SopVersion> {
  let current = start;
  let saved = 0;
  for (const change of changes) {
    try {
      const data = await mutate(UpdateDraftFieldMutation, {
        sopId: current.id,
        path: change.path,
        value: change.value,
        expectedVersion: current.version,
        reason,
      });
      current = data.updateDraftField;
    } catch (cause) {
      throw new PartialSaveError(saved, saved > 0 ? current : null, cause);
    }
    saved += 1;
    onProgress(saved);
  }
  return current;
}

export async function submitForReview(sopId: string, expectedVersion: number): Promise<SopVersion> {
  return (await mutate(SubmitSopForReviewMutation, { sopId, expectedVersion })).submitSopForReview;
}

export async function sendBack(sopId: string, expectedVersion: number, comment: string): Promise<SopVersion> {
  return (await mutate(SendBackSopMutation, { sopId, expectedVersion, comment })).sendBackSop;
}
