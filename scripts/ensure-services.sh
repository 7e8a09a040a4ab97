#!/usr/bin/env bash
# Installs from Debian what the tests of the shared store and the job queue need: PostgreSQL 15
# (with PostGIS 3 when the archive has it) and Redis. Idempotent and quiet when all is there;
# the tests start their own throwaway servers (test/services.ts), nothing is started here.
# Needs root (CI runs as root); without it, it says what is missing and the tests skip.
set -euo pipefail

have_pg() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
have_postgis() { ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; }
have_redis() { command -v redis-server >/dev/null 2>&1; }

want=()
have_pg || want+=(postgresql)
have_redis || want+=(redis-server)
need_postgis=0
have_postgis || need_postgis=1
[ ${#want[@]} -eq 0 ] && [ $need_postgis -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-services: missing ${want[*]:-} $([ $need_postgis = 1 ] && echo postgis); not root or no apt-get, the tests that need them will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
echo "ensure-services: installing ${want[*]:-} $([ $need_postgis = 1 ] && echo '(and PostGIS if available)')" >&2
apt-get update -qq -o DPkg::Lock::Timeout=600 >/dev/null
if [ $need_postgis = 1 ] && apt-cache show postgresql-15-postgis-3 >/dev/null 2>&1; then want+=(postgresql-15-postgis-3); fi
[ ${#want[@]} -eq 0 ] && exit 0
# No service is started on install: the tests run their own clusters on free ports.
# (policy-rc.d refuses service starts; one already there is left as it is.)
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${want[@]}" >/dev/null
