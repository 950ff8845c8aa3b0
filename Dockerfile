# SOP Atlas: builds the libraries, the API and the dashboard, then runs the API (which serves the dashboard).
# Targets: `app` (the default, last stage) and `web` (nginx in front of the replicas with the dashboard's assets).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
  && NX_DAEMON=false CI=true npx nx run-many -t build --output-style=stream \
  && npm prune --omit=dev --no-audit --no-fund

FROM nginx:1.27-alpine AS web
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/dashboard/dist/assets /usr/share/nginx/html/assets

FROM node:20-bookworm-slim AS app
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app /app
EXPOSE 3000
USER node
CMD ["node", "apps/api/dist/main.js"]
