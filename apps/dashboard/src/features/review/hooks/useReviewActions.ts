import { mutate } from '../../../graphql/mutate';
import { CorrectSopFieldMutation, PublishSopMutation } from '../graphql/review.graphql';

export interface SopVersion {
  readonly id: string;
  readonly version: number;
  readonly status: string;
}

/** Corrects one field of the draft at `expectedVersion`; the answer is the new version (a new SOP id). */
export async function correctSopField(
  sopId: string,
  expectedVersion: number,
  path: string,
  value: string | boolean | null,
): Promise<SopVersion> {
  const data = await mutate(CorrectSopFieldMutation, { sopId, expectedVersion, path, value });
  return data.correctSopField;
}

export async function publishSop(
  sopId: string,
  expectedVersion: number,
  force: boolean,
): Promise<SopVersion> {
  const data = await mutate(PublishSopMutation, { sopId, expectedVersion, force });
  return data.publishSop;
}
