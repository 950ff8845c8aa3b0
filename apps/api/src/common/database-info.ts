export type DatabaseKind = 'embedded' | 'postgres';

/** Which database the app runs on; provided to Nest by `AppModule.forRoot`. */
export class DatabaseInfo {
  constructor(
    readonly kind: DatabaseKind,
    /** Connection string (may hold a password: never log it; use `description`). */
    readonly url: string,
    /** One human line: the data folder, or host/database without password. */
    readonly description: string,
  ) {}
}
