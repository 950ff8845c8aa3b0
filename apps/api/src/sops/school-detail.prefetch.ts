import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { type DataSource, type EntityMetadata, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { maySeeDrafts } from '../common/auth/identity';
import { groupByKey } from '../common/loaders/request-loaders';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { PupilCountEntity } from '../schools/pupil-count.entity';
import { SchoolEntity } from '../schools/school.entity';
import {
  LatestPupilCountBySchoolLoader,
  PupilCountsBySchoolLoader,
  SchoolByIdLoader,
  WerkgebiedByCodeLoader,
} from '../schools/schools.loaders';
import { WerkgebiedEntity } from '../schools/werkgebied.entity';
import {
  catalogHistoryRowsSql,
  CatalogHistoryBySchoolLoader,
  type HistoryRow,
  toCatalogHistory,
} from './catalog-history.loader';
import { SopExpertiseEntity } from './entities/sop-expertise.entity';
import { SopExtraOfferEntity } from './entities/sop-extra-offer.entity';
import { SopFacilityEntity } from './entities/sop-facility.entity';
import { SopHgwEntity } from './entities/sop-hgw.entity';
import { SopPartnerEntity } from './entities/sop-partner.entity';
import { SopWarningEntity } from './entities/sop-warning.entity';
import { SopEntity } from './sop.entity';
import {
  ExpertiseBySopLoader,
  ExtraOffersBySopLoader,
  FacilitiesBySopLoader,
  HgwBySopLoader,
  PartnersBySopLoader,
  SopsBySchoolLoader,
  WarningsBySopLoader,
} from './sops.loaders';

type Json = Record<string, unknown>;

/** A row table of an SOP, the `Sop` field that reads it, and the loader that field uses. */
interface RowTable {
  field: string;
  entity: EntityTarget<ObjectLiteral & { sopId: string }>;
  loader: { loadMany(sopIds: readonly string[]): Promise<unknown[]> };
}

/**
 * The school detail (`school(id)`) in one SQL statement: the school with its werkgebied, pupil counts, SOPs (not
 * archived), the SOP row tables the query asks for and its catalog history, aggregated as JSON, then primed into
 * the request's loaders. The field resolvers stay as they are and find their data there instead of each sending
 * its own statement. Only what the query selects is read; the SOP document (provenance) is left to its loader,
 * which reads just the SOP the query resolves. Row tables of unpublished SOPs are read only for callers who may
 * see drafts (the resolvers hide those SOPs from others anyway).
 */
@Injectable()
export class SchoolDetailPrefetch {
  private readonly rowTables: RowTable[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schoolById: SchoolByIdLoader,
    private readonly werkgebiedByCode: WerkgebiedByCodeLoader,
    private readonly pupilCountsBySchool: PupilCountsBySchoolLoader,
    private readonly latestPupilCountBySchool: LatestPupilCountBySchoolLoader,
    private readonly sopsBySchool: SopsBySchoolLoader,
    private readonly historyBySchool: CatalogHistoryBySchoolLoader,
    hgwBySop: HgwBySopLoader,
    expertiseBySop: ExpertiseBySopLoader,
    partnersBySop: PartnersBySopLoader,
    facilitiesBySop: FacilitiesBySopLoader,
    extraOffersBySop: ExtraOffersBySopLoader,
    warningsBySop: WarningsBySopLoader,
  ) {
    this.rowTables = [
      { field: 'hgw', entity: SopHgwEntity, loader: hgwBySop },
      { field: 'expertise', entity: SopExpertiseEntity, loader: expertiseBySop },
      { field: 'partners', entity: SopPartnerEntity, loader: partnersBySop },
      { field: 'facilities', entity: SopFacilityEntity, loader: facilitiesBySop },
      { field: 'extraOffers', entity: SopExtraOfferEntity, loader: extraOffersBySop },
      { field: 'warnings', entity: SopWarningEntity, loader: warningsBySop },
    ];
  }

  /** The school (null when there is none), its relations primed into `ctx.loaders` as far as `info` selects them. */
  async load(schoolId: string, ctx: GraphqlContext, info: GraphQLResolveInfo): Promise<SchoolEntity | null> {
    // the loaders' keys and the access rule use the id as PostgreSQL writes it
    const id = schoolId.toLowerCase();
    const drafts = maySeeDrafts(ctx.req, id);
    const selected = selectedSchoolFields(info);
    const sopFields = new Set([...(selected.get('sop') ?? []), ...(selected.get('sops') ?? [])]);
    const tables = this.rowTables.filter((t) => sopFields.has(t.field));
    const history = selected.has('history');

    // the SOPs whose rows are read, found once for every row table
    const visible = `WITH visible AS MATERIALIZED (SELECT id FROM sop WHERE school_id = $1::uuid
      AND status <> 'archived' AND (status = 'published' OR $2::boolean)) `;
    const tableColumns = tables.map(
      (t, i) => `(SELECT coalesce(json_agg(r ORDER BY r.sop_id, r.position), '[]')
        FROM (SELECT ${this.columns(t.entity)} FROM ${this.table(t.entity)} t
              WHERE t.sop_id = ANY(ARRAY(SELECT id FROM visible))) r) AS rows_${i}`,
    );
    const historyColumn = `(SELECT coalesce(json_agg(h ORDER BY h.school_year), '[]')
        FROM (${catalogHistoryRowsSql('ARRAY[$1::uuid]')}) h) AS history`;
    const [row] = await this.dataSource.query<Json[]>(
      `${tables.length > 0 ? visible : ''}SELECT row_to_json(s) AS school,
        (SELECT row_to_json(w) FROM (SELECT ${this.columns(WerkgebiedEntity)} FROM werkgebied t
          WHERE t.code = s.werkgebied_code) w) AS werkgebied,
        (SELECT coalesce(json_agg(p ORDER BY p.reference_date DESC), '[]')
          FROM (SELECT ${this.columns(PupilCountEntity)} FROM pupil_count t WHERE t.school_id = s.id) p) AS pupil_counts,
        (SELECT coalesce(json_agg(o ORDER BY o.school_year DESC, o.version DESC), '[]')
          FROM (SELECT ${this.columns(SopEntity)} FROM sop t WHERE t.school_id = s.id AND t.status <> 'archived') o)
          AS sops
        ${[...tableColumns, ...(history ? [historyColumn] : [])].map((c) => `, ${c}`).join('')}
      FROM (SELECT ${this.columns(SchoolEntity)} FROM school t WHERE t.id = $1::uuid) s`,
      tables.length > 0 ? [id, drafts] : [id],
    );
    if (!row) return null;

    const school = this.hydrate(SchoolEntity, row.school as Json);
    ctx.loaders.for(this.schoolById).prime(id, school);
    if (school.werkgebiedCode !== null) {
      const werkgebied = row.werkgebied ? this.hydrate(WerkgebiedEntity, row.werkgebied as Json) : null;
      ctx.loaders.for(this.werkgebiedByCode).prime(school.werkgebiedCode, werkgebied);
    }
    const counts = (row.pupil_counts as Json[]).map((c) => this.hydrate(PupilCountEntity, c));
    ctx.loaders.for(this.pupilCountsBySchool).prime(id, counts);
    ctx.loaders.for(this.latestPupilCountBySchool).prime(id, counts[0] ?? null);
    const sops = (row.sops as Json[]).map((s) => this.hydrate(SopEntity, s));
    ctx.loaders.for(this.sopsBySchool).prime(id, sops);

    const readable = sops.filter((s) => drafts || s.status === 'published').map((s) => s.id);
    tables.forEach((table, i) => {
      const rows = (row[`rows_${i}`] as Json[]).map((r) => this.hydrate(table.entity, r));
      const bySop = groupByKey(readable, rows, (r) => r.sopId);
      const loader = ctx.loaders.for(table.loader);
      readable.forEach((sopId, j) => loader.prime(sopId, bySop[j]));
    });
    if (history) {
      ctx.loaders.for(this.historyBySchool).prime(id, toCatalogHistory(row.history as HistoryRow[]));
    }
    return school;
  }

  private metadata(entity: EntityTarget<ObjectLiteral>): EntityMetadata {
    return this.dataSource.getMetadata(entity);
  }

  private table(entity: EntityTarget<ObjectLiteral>): string {
    return `"${this.metadata(entity).tableName}"`;
  }

  /** The columns TypeORM selects by default (`select: false` ones such as the SOP document left out). */
  private columns(entity: EntityTarget<ObjectLiteral>): string {
    return this.selectedColumns(entity)
      .map((c) => `t."${c.databaseName}"`)
      .join(', ');
  }

  private selectedColumns(entity: EntityTarget<ObjectLiteral>) {
    return this.metadata(entity).columns.filter((c) => c.isSelect && !c.isVirtual);
  }

  /** An entity from a JSON row, converted per column as TypeORM converts a row it reads itself. */
  private hydrate<E extends ObjectLiteral>(entity: EntityTarget<E>, json: Json): E {
    const metadata = this.metadata(entity);
    const result = metadata.create(undefined, { fromDeserializer: true }) as E;
    for (const column of this.selectedColumns(entity)) {
      const value = json[column.databaseName];
      column.setEntityValue(result, this.dataSource.driver.prepareHydratedValue(value, column));
    }
    return result;
  }
}

/**
 * The fields `info` selects on the school, each with the fields selected below it (for `sop` and `sops`), through
 * fragments. `@skip`/`@include` are not evaluated: a field behind one counts as selected (it is only read ahead).
 */
function selectedSchoolFields(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const node of info.fieldNodes) {
    for (const field of fieldsOf(node.selectionSet, info.fragments)) {
      const below = result.get(field.name.value) ?? new Set<string>();
      for (const child of fieldsOf(field.selectionSet, info.fragments)) below.add(child.name.value);
      result.set(field.name.value, below);
    }
  }
  return result;
}

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
  });
}
