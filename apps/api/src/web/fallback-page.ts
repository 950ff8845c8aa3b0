/**
 * Shown at `/` while the dashboard is not built (`apps/dashboard/dist` missing): a small Dutch page that lists the
 * schools from the API, so a fresh start shows real data.
 */
export const FALLBACK_PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SOP Atlas</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; color: #1f2933; }
  h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
  .muted { color: #52606d; }
  li { margin: 0.4rem 0; }
</style>
</head>
<body>
<h1>SOP Atlas</h1>
<p class="muted">Schoolondersteuningsprofielen van SPPOH (Haaglanden). Het dashboard is nog niet gebouwd;
hieronder staan de scholen uit de API (<a href="/graphql">/graphql</a>).</p>
<h2>Scholen <span id="count" class="muted"></span></h2>
<ul id="schools"><li class="muted">Laden…</li></ul>
<script>
  const query = '{ schools(first: 200) { totalCount edges { node { id name kind place isDemo werkgebied { name } sops { schoolYear status } } } } }';
  fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    .then((response) => response.json())
    .then((result) => {
      const list = document.getElementById('schools');
      list.textContent = '';
      if (!result.data) throw new Error(result.errors ? result.errors[0].message : 'geen antwoord');
      document.getElementById('count').textContent = '(' + result.data.schools.totalCount + ')';
      for (const { node } of result.data.schools.edges) {
        const item = document.createElement('li');
        const years = node.sops.map((s) => s.schoolYear).join(', ') || 'geen SOP';
        item.textContent = node.name + ' (' + node.kind + ', ' + (node.place || 'onbekende plaats') + ', werkgebied: ' +
          (node.werkgebied ? node.werkgebied.name : 'onbekend') + ') · SOP: ' + years + (node.isDemo ? ' · demo' : '');
        list.appendChild(item);
      }
    })
    .catch((error) => {
      document.getElementById('schools').textContent = 'De API gaf een fout: ' + error.message;
    });
</script>
</body>
</html>
`;
