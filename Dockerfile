# Redstring's server and client in one image; docker-compose.yml runs it next to Neo4j.
#
#   docker build -t redstring .
#   docker run -p 4000:4000 redstring                 (embedded engine, data in /app/data)
#
# Debian rather than Alpine: the embedded engine (@grafeo-db/js) ships glibc binaries.

# Stage 1: install everything, build the client, then drop the development dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

# Stage 2: what runs. The server runs its TypeScript through tsx, a production dependency.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 REDSTRING_DATA=/app/data
WORKDIR /app
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server ./server
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/client/dist ./client/dist
# Only the data folder is writable, and by the unprivileged user that runs the server.
RUN mkdir /app/data && chown node:node /app/data
USER node
EXPOSE 4000
CMD ["node_modules/.bin/tsx", "server/main.ts"]
