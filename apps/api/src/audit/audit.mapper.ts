import { type AuditEventEntity } from './audit-event.entity';
import { type AuditEvent } from './models/audit-event.model';

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function toAuditEvent(e: AuditEventEntity): AuditEvent {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actor: e.actor,
    action: e.action,
    sopId: e.sopId,
    path: e.path,
    oldValue: json(e.oldValue),
    newValue: json(e.newValue),
    reason: e.reason,
  };
}
