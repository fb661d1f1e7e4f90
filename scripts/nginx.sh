#!/usr/bin/env bash
# Debian's nginx, installed once, and a loopback nginx serving a build with the header snippet that
# build wrote (dist/socle-headers.nginx.conf). Sourced by scripts/test.sh after scripts/lib.sh.

ensure_nginx() {
  if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    return 0
  fi
  log "installing Debian's nginx (serves the build with its emitted headers in the tests)"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
}

# start_nginx DIR PORT: serves DIR on 127.0.0.1:PORT in the foreground-less test mode; prints its pid
# file. The configuration lives in a temporary folder; nothing system-wide is touched.
start_nginx() {
  local dir port conf
  dir="$(cd "$1" && pwd)"
  port=$2
  NGINX_PREFIX="$(mktemp -d)"
  conf="$NGINX_PREFIX/nginx.conf"
  mkdir -p "$NGINX_PREFIX/logs" "$NGINX_PREFIX/tmp"
  cat >"$conf" <<CONF
worker_processes 1;
pid $NGINX_PREFIX/nginx.pid;
error_log $NGINX_PREFIX/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $NGINX_PREFIX/tmp;
  proxy_temp_path $NGINX_PREFIX/tmp;
  fastcgi_temp_path $NGINX_PREFIX/tmp;
  uwsgi_temp_path $NGINX_PREFIX/tmp;
  scgi_temp_path $NGINX_PREFIX/tmp;
  types {
    text/html html; text/javascript js mjs; text/css css; application/wasm wasm; image/svg+xml svg;
    image/png png; application/json json; application/manifest+json webmanifest; text/plain txt;
  }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:$port;
    root $dir;
    include $dir/socle-headers.nginx.conf;
  }
}
CONF
  local bin
  bin="$(command -v nginx || echo /usr/sbin/nginx)"
  "$bin" -p "$NGINX_PREFIX" -c "$conf" -t -q
  "$bin" -p "$NGINX_PREFIX" -c "$conf"
}

stop_nginx() {
  if [ -n "${NGINX_PREFIX:-}" ] && [ -f "$NGINX_PREFIX/nginx.pid" ]; then
    kill "$(cat "$NGINX_PREFIX/nginx.pid")" 2>/dev/null || true
  fi
}
