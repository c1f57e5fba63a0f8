#!/bin/sh
# Smoke-test a built image where no OCI runtime can start containers (e.g. a CI sandbox
# whose crun cannot set rlimits/cgroups): mount the image and chroot into it as its USER,
# with the image's ENV. Needs root and podman. Checks the entry point (`mailbot check`),
# the HEALTHCHECK probe (fails with nothing listening, passes under `mailbot run`),
# /readyz and /metrics, JSON log lines, and a clean exit on SIGTERM.
#   podman build --format docker -t localhost/mailbot:observe .
#     (offline: --build-arg PYTHON_IMAGE=<local Debian bookworm + python3-venv image>)
#   PORT=29108 sh scripts/container-smoke.sh
set -e
IMG=${IMG:-localhost/mailbot:observe}
MNT=$(podman image mount $IMG)
VOL=$(mktemp -d /tmp/observe-vol.XXXX); chown 10001:10001 $VOL; chmod 700 $VOL
mount --bind $VOL $MNT/var/lib/mailbot; mount --bind /proc $MNT/proc; mount --bind /dev $MNT/dev
cleanup() { umount $MNT/var/lib/mailbot $MNT/proc $MNT/dev; podman image unmount $IMG >/dev/null; }
trap cleanup EXIT
ENVS="PATH=/opt/mailbot/bin:/usr/local/bin:/usr/bin:/bin PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 MAILBOT_DATA_DIR=/var/lib/mailbot MAILBOT_METRICS_ADDRESS=0.0.0.0:${PORT:-9108} MAILBOT_LOG_FORMAT=json"
in_image() { chroot --userspec=10001:10001 $MNT /usr/bin/env -i $ENVS "$@"; }
echo "== ENTRYPOINT+check"; in_image sh -c 'cd /var/lib/mailbot && mailbot check'
echo "== probe with nothing listening (expect 1)"; in_image python3 -m mailbot.observe.probe || echo "probe rc=$?"
echo "== mailbot run (sandbox), then probe and readyz"
chroot --userspec=10001:10001 $MNT /usr/bin/env -i $ENVS sh -c "cd /var/lib/mailbot && exec mailbot run" > $VOL.out 2>&1 &
PID=$!
for i in $(seq 1 60); do in_image python3 -m mailbot.observe.probe 2>/dev/null && break; sleep 0.5; done
in_image python3 -m mailbot.observe.probe && echo "probe rc=0 (HEALTHCHECK passes)"
sleep 3
python3 -c "import urllib.request,sys
try: r=urllib.request.urlopen('http://127.0.0.1:${PORT:-9108}/readyz',timeout=5); print(r.status, r.read().decode())
except Exception as e: print(getattr(e,'code',e), e.read().decode() if hasattr(e,'read') else '')"
python3 -c "import urllib.request; t=urllib.request.urlopen('http://127.0.0.1:${PORT:-9108}/metrics',timeout=5).read().decode(); print('\n'.join(l for l in t.splitlines() if l.startswith(('mailbot_imap','mailbot_escalations'))))"
kill -TERM $PID; wait $PID; echo "run exited rc=$?"
echo "== JSON log lines (stderr)"; grep "^{" $VOL.out | head -5; echo "== non-JSON lines: $(grep -vc "^{" $VOL.out) (the banner on stdout)"; ls -la $VOL
