/** Beheer's sections (one URL each, `/beheer/<id>`) and which of them each role sees, its own work first. */
import { isAdmin, isStaff, type SessionUser } from '../../account/utils/session';

export const ADMIN_SECTION_IDS = [
  'mijn-school',
  'accounts',
  'inlezen',
  'te-koppelen',
  'beoordelen',
  'datakwaliteit',
  'bekostiging',
] as const;

export type AdminSectionId = (typeof ADMIN_SECTION_IDS)[number];

/**
 * The sections of an account, in the order of the tabs (its first section is where `/beheer` goes):
 * - a school editor: their own schools' SOPs first;
 * - an admin: accounts first (admins alone may not do the staff work: the API refuses it);
 * - SWV staff: importing, matching, review, data health and the funding formula;
 * - a visitor without account: the uploads and review that the staff code opens (the API checks the code), and
 *   the funding formula to read;
 * every role may read the funding formula.
 */
export function sectionsFor(user: SessionUser | null): AdminSectionId[] {
  const sections: AdminSectionId[] = [];
  if ((user?.roles ?? []).includes('school-editor')) sections.push('mijn-school');
  if (isAdmin(user)) sections.push('accounts');
  if (isStaff(user)) sections.push('inlezen', 'te-koppelen', 'beoordelen', 'datakwaliteit');
  else if (user === null) sections.push('inlezen', 'beoordelen', 'datakwaliteit');
  sections.push('bekostiging');
  return sections;
}

/** The section to show for a URL: the asked one when the role may see it, else the role's first. */
export function chosenSection(user: SessionUser | null, asked: string | undefined): AdminSectionId {
  const allowed = sectionsFor(user);
  const found = allowed.find((id) => id === asked);
  return found ?? allowed[0] ?? 'bekostiging';
}
