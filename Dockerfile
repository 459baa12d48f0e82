# Redstring's server and client in one image; docker-compose.yml runs it next to Neo4j.
#
#   docker build -t redstring .
#   docker run -p 4000:4000 redstring                 (embedded engine, data in /app/data)
#
# Debian rather than Alpine: the embedded engine (@grafeo-db/js) ships glibc binaries.
#
# npm install, not npm ci: @grafeo-db/js names prebuilt packages for macOS, Windows and ARM that
# the project's registry does not serve, so package-lock.json cannot list them, and npm ci refuses
# a lock that lacks them. The lock still decides every version: `npm ls --package-lock-only` fails
# the build unless the lock satisfies package.json, and then npm install installs what the lock
# lists, resolving nothing but those missing platform packages, which it skips on Linux x64.
# --no-save, because a registry that serves them would add them to the lock. Both run npm 11.19.1:
# the lock is written by npm 11, and the npm 10 that comes with Node 20 ignores its `libc` fields
# (it would install the musl builds of native packages too).
#
# scripts/check-docker-image.ts replays this file without Docker, in CI: it knows the instructions
# and flags used here and fails on any other, so teach it what you add.

# Stage 1: install everything, build the client, then drop the development dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npx --yes npm@11.19.1 ls --all --package-lock-only >/dev/null \
    && npx --yes npm@11.19.1 install --no-save --no-audit --no-fund
COPY . .
RUN npm run build && npx --yes npm@11.19.1 prune --omit=dev --no-save

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
