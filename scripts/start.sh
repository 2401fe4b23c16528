#!/bin/sh
# `npm start`: the built portal through its own server, one process, the heap capped.
#
# `npm run build` compiles server.ts into .next/portal-server.mjs (esbuild; packages stay in
# node_modules), so production runs plain JavaScript: no TypeScript loader, whose loader thread and
# source maps cost about 100 MiB of RSS per process (figures: README, "Speed and memory").
#
# Where Debian's libjemalloc2 is installed it is the process's memory allocator. argon2id takes
# 19 MiB for each password it checks, on libuv's threads; glibc keeps each thread's block after the
# first (about 76 MiB that never goes back), while jemalloc hands it back within seconds once
# sign-ins pause, at the same speed (figures: README, "Memory outside the JavaScript heap"). oversize_threshold:0 keeps those
# blocks in the ordinary arenas, whose pages are reused (in jemalloc's own arena for large blocks
# every hash faults them in afresh, a third slower); background_thread returns freed pages without
# waiting for the next allocation. An LD_PRELOAD or MALLOC_CONF already set is left alone.
# PORTAL_NODE_FLAGS: more flags for node, e.g. --cpu-prof --cpu-prof-dir=/tmp/profiles or
# --enable-source-maps (flags that NODE_OPTIONS does not accept, or that are for this server only).
set -eu
cd "$(dirname "$0")/.."
server=.next/portal-server.mjs
if [ ! -r "$server" ]; then
  echo "No build found ($server): run \`npm run build\` first." >&2
  exit 1
fi
jemalloc="/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2"
if [ -z "${LD_PRELOAD:-}" ] && [ -r "$jemalloc" ]; then
  export LD_PRELOAD="$jemalloc"
  export MALLOC_CONF="${MALLOC_CONF:-oversize_threshold:0,background_thread:true}"
fi
# shellcheck disable=SC2086 # PORTAL_NODE_FLAGS is a list of flags
exec node --max-old-space-size=256 ${PORTAL_NODE_FLAGS:-} "$server" "$@"
