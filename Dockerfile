# syntax=docker/dockerfile:1
# One image for both apps: the api (default command) and the projector (compose overrides the command).

# --- build: full install (dev dependencies, native build of better-sqlite3), compile, prune ---
FROM node:20-bookworm-slim AS build
# better-sqlite3 compiles from source; node-gyp needs python, make and a C++ compiler.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# The lockfile and the allowScripts policy in package.json are npm 11's; node 20 ships npm 10.
RUN npm install -g npm@11
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

# --- runtime: compiled output, production dependencies, no compiler ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/docs/events ./docs/events
# DATA_DIR defaults to ./data; the api creates it at start, so the unprivileged user must own it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# The heap flags npm start uses: under 1 GiB while rebuilding 1M events; a 64 MiB young generation (ADR 0032).
CMD ["node", "--max-old-space-size=768", "--max-semi-space-size=64", "scripts/run.js", "dist/apps/api/src/main.js"]
