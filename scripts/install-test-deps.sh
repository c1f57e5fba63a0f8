#!/usr/bin/env bash
# Install the real mail server the integration tests run against (Dovecot 2.3 IMAP + LMTP).
#
# Idempotent: exits 0 without touching apt when every package is already installed.
# Needs root only when something is missing. Called from .ci/run before pytest.
#
# Why the policy-rc.d guard: there is no systemd here, so the packages' postinst would
# start the *system* dovecot through /etc/init.d, listening on all interfaces (143/993).
# A policy-rc.d that exits 101 forbids that; we add one only if none exists and remove
# only the one we added.
set -euo pipefail

PKGS="dovecot-core dovecot-imapd dovecot-lmtpd"

missing=""
for p in $PKGS; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-test-deps: already installed:$(for p in $PKGS; do printf ' %s' "$p"; done)" \
       "($(/usr/sbin/dovecot --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "install-test-deps: missing packages:$missing; run this script as root" >&2
  exit 1
fi

made_policy=0
cleanup() { if [ "$made_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi; }
trap cleanup EXIT
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod 755 /usr/sbin/policy-rc.d
  made_policy=1
  echo "install-test-deps: added a temporary /usr/sbin/policy-rc.d (no service starts)"
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-test-deps: apt-get update"
apt-get update -qq
echo "install-test-deps: installing:$missing"
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-test-deps: installed $(/usr/sbin/dovecot --version)"
