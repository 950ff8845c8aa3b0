import { loadDemoRegion } from '../../src/demo/demo-loader';
import { type SqlCounter } from '../sql-counter';
import { startTestApp, type TestApp } from '../test-app';

/** The app on its own database with the fictional SPPOH demo region loaded (205 schools, SOPs 2021-2026). */
export async function startDemoApp(sqlLogger?: SqlCounter): Promise<TestApp> {
  const app = await startTestApp(sqlLogger ? { sqlLogger } : {});
  await app.dataSource.transaction((manager) => loadDemoRegion(manager));
  return app;
}
