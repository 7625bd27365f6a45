#!/usr/bin/env python3
"""The scenarios of `make bench` (called by bench/run.sh, which prepares the gateway).

Every figure is reported next to a baseline measured in the same run on the same machine. The
bench works in its own congress (BENCH_CONGRESS, default "BENCH") with its own Keycloak users
(bench-staff, bench-auditor, bench-deputy01..08) and 3,000 deputies registered through the
deputies API, so the demo congress and the e2e tests never see its data; the create + submit load
goes to BENCH_CONGRESS-LOAD (bench-load-staff, bench-load01..08, 8 deputies). What exists already
(users, deputies, the 100,000 seeded items) is reused on the next run.

Tools: wrk (GETs), pgbench (the SQL baseline), bench/LoadDriver.java (POSTs, single-file source
launch), psql (seeding, the audit lag from the databases).
"""
import base64
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
CONGRESS = os.environ.get("BENCH_CONGRESS", "BENCH")
# The create + submit load writes into a congress of its own, so the lists are always measured
# on the 100,000 seeded items of CONGRESS (before, each run added ~25,000 items to them).
LOAD_CONGRESS = f"{CONGRESS}-LOAD"
VOTERS = int(os.environ.get("BENCH_VOTERS", "3000"))
KEYCLOAK = f"http://127.0.0.1:{os.environ.get('KEYCLOAK_PORT', '8180')}"
PG_PORT = os.environ.get("PG_PORT", "55432")
GW = f"http://127.0.0.1:{os.environ.get('GATEWAY_PORT', '8080')}"
SVC = {
    "deputies": f"http://127.0.0.1:{os.environ.get('DEPUTIES_PORT', '8081')}",
    "suggestions": f"http://127.0.0.1:{os.environ.get('SUGGESTIONS_PORT', '8082')}",
    "voting": f"http://127.0.0.1:{os.environ.get('VOTING_PORT', '8084')}",
    "audit": f"http://127.0.0.1:{os.environ.get('AUDIT_PORT', '8085')}",
    "notifications": f"http://127.0.0.1:{os.environ.get('NOTIFICATIONS_PORT', '8086')}",
}
DEPUTY_LOGINS = 8
WARMUP_SECONDS = int(os.environ.get("BENCH_WARMUP_SECONDS", "20"))
# The suggestions service starts cold: measured on a fresh one, its CPU per item fell from 17 ms
# in the first 15 s of load to 3.5 ms after ~4 min, all of it JIT compilation (C2 on 2 busy cores);
# after a 90 s warm-up it still used 5.3 ms per item, on a stack that had run a bench before 2.2.
SUGGESTIONS_WARMUP_SECONDS = int(os.environ.get("BENCH_SUGGESTIONS_WARMUP_SECONDS", "180"))
PAIRS = int(os.environ.get("BENCH_PAIRS", "3"))
TMP = tempfile.mkdtemp(prefix="bench-")
LOAD_START = open("/proc/loadavg").read().split()[0]

rows = []  # (section, what, figure, baseline, ratio/verdict)
notes = []


def log(msg):
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def bench_deputy(n):
    return f"b0000000-0000-4000-8000-{n:012d}"


def load_deputy(n):
    return f"b1000000-0000-4000-8000-{n:012d}"


# ---- HTTP, tokens, databases --------------------------------------------------------------------

def http(method, url, token=None, body=None, headers=None, form=None):
    h = {"Accept": "application/json"}
    data = None
    if token:
        h["Authorization"] = f"Bearer {token}"
    if body is not None:
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        h["Content-Type"] = "application/x-www-form-urlencoded"
    h.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw.strip() else None), dict(r.headers)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = raw.decode(errors="replace")
        return e.code, payload, dict(e.headers)


def must(expected, result, what):
    status, payload, headers = result
    if status not in (expected if isinstance(expected, tuple) else (expected,)):
        raise RuntimeError(f"{what}: HTTP {status} {payload}")
    return payload, headers


def token(user):
    status, payload, _ = http("POST", f"{KEYCLOAK}/realms/congress/protocol/openid-connect/token", form={
        "grant_type": "password", "client_id": "congress-web", "username": user, "password": user + "-pass"})
    if status != 200:
        raise RuntimeError(f"token for {user}: {status} {payload}")
    return payload["access_token"]


def psql(db, sql, *args):
    env = dict(os.environ, PGPASSWORD=db)
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", db, "-d", db, "-X", "-q", "-At",
                          "-v", "ON_ERROR_STOP=1", *args, "-c", sql] if sql else
                         ["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", db, "-d", db, "-X", "-q", "-At",
                          "-v", "ON_ERROR_STOP=1", *args],
                         env=env, check=True, capture_output=True, text=True)
    return out.stdout.strip()


def ticks(stat):
    """utime + stime (clock ticks) from the text of a /proc/<pid>[/task/<tid>]/stat file."""
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def service_pid(service):
    return open(os.path.join(ROOT, ".local/run", f"{service}.pid")).read().strip()


def cpu_ticks(*services):
    """CPU time (clock ticks) used so far by these running services: CPU per request is the one
    figure that does not depend on how busy the rest of the shared machine is."""
    total = 0
    for s in services:
        try:
            total += ticks(open(f"/proc/{service_pid(s)}/stat").read())
        except (OSError, IndexError, ValueError):
            pass
    return total


SERVICES = ["deputies", "suggestions", "supervision", "voting", "audit", "notifications", "console", "gateway"]


def stack_part(pid, postmaster):
    """Which part of this checkout's stack a process belongs to (a CI run or a second checkout on
    the same machine is not counted); None when it is not the stack's. The bench's own children are
    counted apart, see machine_ticks."""
    try:
        cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
        parent = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[1]
    except (OSError, IndexError):
        return None
    for s in SERVICES:
        if os.path.join(ROOT, "gateway" if s == "gateway" else f"services/{s}", "target/quarkus-app") in cmd:
            return s
    if postmaster in (pid, parent):
        return "postgres"
    if f"-Dkafka.logs.dir={ROOT}/" in cmd:
        return "kafka"
    if f"{ROOT}/.local/keycloak/" in cmd:
        return "keycloak"
    return None


def machine_ticks():
    """CPU ticks used so far by each part of the stack, and by the compiler threads of its JVMs, plus
    the bench's finished children (the load driver): over a window this says who used the 2 cores
    and how much of it was JIT compilation."""
    cpu, jit = {}, {}
    try:
        postmaster = open(os.path.join(ROOT, ".local/postgres/data/postmaster.pid")).readline().strip()
    except OSError:
        postmaster = None
    for pid in filter(str.isdigit, os.listdir("/proc")):
        part = stack_part(pid, postmaster)
        if not part:
            continue
        try:
            cpu[part] = cpu.get(part, 0) + ticks(open(f"/proc/{pid}/stat").read())
            for task in os.listdir(f"/proc/{pid}/task"):
                stat = open(f"/proc/{pid}/task/{task}/stat").read()
                if "CompilerThre" in stat[stat.index("("):stat.rindex(")")]:
                    jit[part] = jit.get(part, 0) + ticks(stat)
        except (OSError, IndexError, ValueError):
            continue
    children = os.times()
    cpu["load driver"] = round((children.children_user + children.children_system) * os.sysconf("SC_CLK_TCK"))
    return cpu, jit


def machine_cpu_per(count, before, after):
    """ms of CPU per item between two machine_ticks(), by part and of it JIT: (the parts as text,
    'voting 2.6 (JIT 0.4), postgres 1.5, ...' largest first; the total; by part; JIT by part)."""
    ms = 1000 / os.sysconf("SC_CLK_TCK") / count
    used = {p: (after[0].get(p, 0) - before[0].get(p, 0)) * ms for p in after[0]}
    # A compiler thread that ended in the window took its ticks with it: JIT figures are lower bounds.
    jit = {p: max(0, after[1].get(p, 0) - before[1].get(p, 0)) * ms for p in after[1]}
    parts = [f"{p} {v:.2f}" + (f" (JIT {jit[p]:.2f})" if jit.get(p, 0) >= 0.01 else "")
             for p, v in sorted(used.items(), key=lambda x: -x[1]) if v >= 0.01]
    return ", ".join(parts), sum(used.values()), used, jit


def cpu_ms(services, fn, *a):
    """Runs fn and returns (its result, CPU ms of the services during it)."""
    before = cpu_ticks(*services)
    result = fn(*a)
    return result, (cpu_ticks(*services) - before) * 1000 / os.sysconf("SC_CLK_TCK")


DRIVER_CLASSES = os.path.join(TMP, "driver-classes")


def driver(*args):
    """Runs bench/LoadDriver.java, compiled once per bench. The driver shares the 2 cores with
    what it measures, so it runs lean: compiled ahead (the source launcher would run javac in
    every run), C1 only and the serial GC (no C2 compiler thread and no parallel GC threads taking
    CPU from the services during the timed window; measured: 2.9 instead of 4.6-6.0 s CPU per
    15 s of create + submit load)."""
    if not os.path.isdir(DRIVER_CLASSES):
        subprocess.run(["javac", "-d", DRIVER_CLASSES, os.path.join(BENCH, "LoadDriver.java")], check=True)
    out = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", DRIVER_CLASSES,
                          "LoadDriver", *map(str, args)],
                         check=True, capture_output=True, text=True)
    if out.stderr.strip():
        log("driver: " + out.stderr.strip()[:600])
    return json.loads(out.stdout.strip().splitlines()[-1])


def wrk(url, tok, connections=None, seconds=None):
    c = connections or CONNECTIONS
    out = subprocess.run(["wrk", f"-t{min(2, c)}", f"-c{c}", f"-d{seconds or SECONDS}s", "--latency",
                          "-H", f"Authorization: Bearer {tok}", url],
                         check=True, capture_output=True, text=True).stdout
    return wrk_figures(out)


def wrk_figures(out):
    """Rate, p50, p99 (ms) and the count of non-2xx answers from wrk's --latency output."""
    def ms(label):
        m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    # A request that timed out or broke is in no latency percentile: count it with the bad answers.
    broken = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    broken = sum(int(n) for n in broken.groups()) if broken else 0
    return {"rps": rps, "p50": ms("50"), "p99": ms("99"), "broken": broken,
            "bad": (int(bad.group(1)) if bad else 0) + broken}


def pct(values, p):
    s = sorted(values)
    if not s:
        return float("nan")
    return s[max(0, min(len(s) - 1, int(-(-p * len(s) // 1)) - 1))]


def row(section, what, figure, baseline="", verdict=""):
    rows.append((section, what, figure, baseline, verdict))
    log(f"{what}: {figure} | {baseline} | {verdict}")


def lat(r):
    return f"p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms"


# ---- the bench congress: users, delegation, 3,000 deputies -------------------------------------

def keycloak_admin():
    status, payload, _ = http("POST", f"{KEYCLOAK}/realms/master/protocol/openid-connect/token", form={
        "grant_type": "password", "client_id": "admin-cli", "username": os.environ.get("KC_ADMIN", "admin"),
        "password": os.environ.get("KC_ADMIN_PASSWORD", "admin")})
    if status != 200:
        raise RuntimeError(f"Keycloak admin token: {status} {payload}")
    return payload["access_token"]


def ensure_user(admin, username, role, congress=CONGRESS, **attributes):
    base = f"{KEYCLOAK}/admin/realms/congress"
    found, _ = must(200, http("GET", f"{base}/users?exact=true&username={username}", admin), "find user")
    if found:
        return
    attrs = {"congress_id": [congress], **{k: [v] for k, v in attributes.items()}}
    must(201, http("POST", f"{base}/users", admin, {
        "username": username, "enabled": True, "email": f"{username}@bench.example.org", "emailVerified": True,
        "firstName": "Bench", "lastName": username, "attributes": attrs,
        "credentials": [{"type": "password", "value": username + "-pass", "temporary": False}]}), "create user")
    uid, _ = must(200, http("GET", f"{base}/users?exact=true&username={username}", admin), "find user")
    rep, _ = must(200, http("GET", f"{base}/roles/{role}", admin), "role")
    must(204, http("POST", f"{base}/users/{uid[0]['id']}/role-mappings/realm", admin, [rep]), "map role")


def register_deputies(staff, ids):
    """Registers the deputies of these ids that the token's congress does not have yet, in one
    delegation, through the deputies API."""
    http("POST", f"{SVC['deputies']}/api/v1/delegations", staff, {"name": "基准测试代表团"})
    listed, _ = must(200, http("GET", f"{SVC['deputies']}/api/v1/delegations", staff), "delegations")
    delegation = next(d["id"] for d in (listed["items"] if isinstance(listed, dict) else listed)
                      if d["name"] == "基准测试代表团")
    have = set(psql("deputies", "SELECT id FROM deputy").split())
    missing = [i for i in ids if i not in have]
    if missing:
        path = os.path.join(TMP, "deputies.txt")
        with open(path, "w") as f:
            f.write("\n".join(missing) + "\n")
        body = json.dumps({"id": "%s", "name": "基准代表%s", "gender": "FEMALE", "birthYear": 1975,
                           "level": "DISTRICT", "term": 6, "delegationId": delegation}, ensure_ascii=False)
        r = driver("each", f"{SVC['deputies']}/api/v1/deputies", staff, path, 8, body)
        log(f"registered {r['ok']} deputies in {r['seconds']:.0f} s ({r['statuses']})")


def copies(db, congress, only_voters=False):
    voters = " AND level = 'DISTRICT'" if only_voters else ""
    return int(psql(db, f"SELECT count(*) FROM deputy_copy WHERE congress_id = '{congress}'"
                        f" AND status = 'ACTIVE'{voters}"))


def setup():
    log(f"bench congress {CONGRESS}: Keycloak users, delegation, {VOTERS} deputies; "
        f"{LOAD_CONGRESS}: {DEPUTY_LOGINS} deputies for the write load")
    admin = keycloak_admin()
    ensure_user(admin, "bench-staff", "staff")
    ensure_user(admin, "bench-auditor", "auditor")
    ensure_user(admin, "bench-load-staff", "staff", congress=LOAD_CONGRESS)
    for n in range(1, DEPUTY_LOGINS + 1):
        ensure_user(admin, f"bench-deputy{n:02d}", "deputy", deputy_id=bench_deputy(n))
        ensure_user(admin, f"bench-load{n:02d}", "deputy", congress=LOAD_CONGRESS, deputy_id=load_deputy(n))
    ensure_voters(admin)
    register_deputies(token("bench-staff"), [bench_deputy(n) for n in range(1, VOTERS + 1)])
    register_deputies(token("bench-load-staff"), [load_deputy(n) for n in range(1, DEPUTY_LOGINS + 1)])
    log("waiting for the local copies of the deputies in voting and suggestions (Kafka)")
    deadline = time.time() + 180
    while True:
        voters = copies("voting", CONGRESS, only_voters=True)
        writers = copies("suggestions", CONGRESS)
        loaders = copies("suggestions", LOAD_CONGRESS)
        if voters >= VOTERS and writers >= VOTERS and loaders >= DEPUTY_LOGINS:
            break
        if time.time() > deadline:
            raise RuntimeError(f"local copies incomplete: voting {voters}, suggestions {writers} of {VOTERS}, "
                               f"{LOAD_CONGRESS} {loaders} of {DEPUTY_LOGINS}")
        time.sleep(2)


# ---- the voters: one Keycloak login per bench deputy, for casting their own ballots -------------

VOTER_TOKENS = os.path.join(ROOT, ".local/bench/voter-offline-tokens.json")


def voter(n):
    return f"bench-voter{n:04d}"


def cheap_password_credential(password):
    """A password credential hashed with one PBKDF2 iteration, so importing 3,000 users does not
    hash 3,000 passwords at Keycloak's default cost (~0.2 s each here). Keycloak re-hashes it with
    its own policy at the user's first login; after that the bench only refreshes offline tokens."""
    salt = os.urandom(16)
    value = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1, 32)
    return {"type": "password",
            "secretData": json.dumps({"value": base64.b64encode(value).decode(),
                                      "salt": base64.b64encode(salt).decode(), "additionalParameters": {}}),
            "credentialData": json.dumps({"hashIterations": 1, "algorithm": "pbkdf2-sha256",
                                          "additionalParameters": {}})}


def ensure_voters(admin):
    base = f"{KEYCLOAK}/admin/realms/congress"
    have, _ = must(200, http("GET", f"{base}/users/count?search=bench-voter", admin), "count voters")
    if have >= VOTERS:
        return
    log(f"importing {VOTERS} voter logins into Keycloak ({have} there)")
    for first in range(1, VOTERS + 1, 500):
        users = [{"username": voter(n), "enabled": True, "email": f"{voter(n)}@bench.example.org",
                  "emailVerified": True, "firstName": "Bench", "lastName": voter(n),
                  "attributes": {"congress_id": [CONGRESS], "deputy_id": [bench_deputy(n)]},
                  "realmRoles": ["deputy", "offline_access"],
                  "credentials": [cheap_password_credential(voter(n) + "-pass")]}
                 for n in range(first, min(first + 500, VOTERS + 1))]
        must(200, http("POST", f"{base}/partialImport", admin, {"ifResourceExists": "SKIP", "users": users}),
             "import voters")


def voter_access_tokens(name="voter-tokens.txt"):
    """Writes one access token per voter (line n-1 = deputy n) to TMP/name and returns the file; a
    new call gives new tokens (Keycloak issues each with its own id). Each voter logs in once ever
    (an offline token, kept in .local/bench); every run refreshes it, which hashes no password, so
    3,000 tokens take seconds instead of minutes."""
    offline = {}
    if os.path.exists(VOTER_TOKENS):
        with open(VOTER_TOKENS) as f:
            offline = json.load(f)
    endpoint = f"{KEYCLOAK}/realms/congress/protocol/openid-connect/token"

    def login(user):
        status, payload, _ = http("POST", endpoint, form={
            "grant_type": "password", "client_id": "congress-web", "username": user,
            "password": user + "-pass", "scope": "openid offline_access"})
        if status != 200:
            raise RuntimeError(f"offline login of {user}: {status} {payload}")
        offline[user] = payload["refresh_token"]
        return payload["access_token"]

    def access(n):
        user = voter(n)
        if user in offline:
            status, payload, _ = http("POST", endpoint, form={
                "grant_type": "refresh_token", "client_id": "congress-web", "refresh_token": offline[user]})
            if status == 200:
                return payload["access_token"]
        return login(user)  # first run, or Keycloak's data was wiped

    missing = sum(1 for n in range(1, VOTERS + 1) if voter(n) not in offline)
    if missing:
        log(f"{missing} voters log in once for an offline token (minutes, once: Keycloak re-hashes each password)")
    with ThreadPoolExecutor(CONNECTIONS) as pool:
        tokens = list(pool.map(access, range(1, VOTERS + 1)))
    os.makedirs(os.path.dirname(VOTER_TOKENS), exist_ok=True)
    with open(VOTER_TOKENS, "w") as f:
        json.dump(offline, f)
    path = os.path.join(TMP, name)
    with open(path, "w") as f:
        f.write("\n".join(tokens) + "\n")
    return path


# ---- 1. gateway vs direct GET (kept from the first version) -------------------------------------

def gateway_get():
    """The gateway's cost on a database-backed GET. run.sh has just restarted the gateway, so it is
    warmed up first (unmeasured; measured cold its CPU per request was 20-40x the warm figure, all
    JIT), then direct and gateway windows alternate PAIRS times and the medians are reported, so a
    burst of load from elsewhere on the shared machine hits both sides alike."""
    staff = token("staff1")
    dev = "00000000-0000-4000-8000-000000000001"
    direct_url, gw_url = f"{SVC['deputies']}/api/v1/deputies/{dev}", f"{GW}/api/v1/deputies/{dev}"
    # wrk counts a 404 as a request like any other: without the demo deputy the block would
    # measure error answers, so it stops here instead.
    must(200, http("GET", direct_url, staff), "the demo deputy (seeded by make run: infra/local/demo-data.py)")
    log(f"warm-up: {WARMUP_SECONDS} s through the gateway, not measured")
    wrk(gw_url, staff, seconds=WARMUP_SECONDS)
    pairs = []
    for n in range(1, PAIRS + 1):
        log(f"GET of one deputy, direct then through the gateway, pair {n} of {PAIRS} ({SECONDS} s each)")
        direct, d_cpu = cpu_ms(["deputies"], wrk, direct_url, staff)
        gw, g_cpu = cpu_ms(["gateway"], wrk, gw_url, staff)
        direct["cpu"] = d_cpu / max(direct["rps"] * SECONDS, 1)
        gw["cpu"] = g_cpu / max(gw["rps"] * SECONDS, 1)
        pairs.append((direct, gw))

    # The same GET one at a time: the latency the extra hop adds when the cores are not saturated
    # (at 16 connections the p50 is mostly queueing for the 2 cores that every process shares).
    single = []
    for n in range(1, PAIRS + 1):
        log(f"the same GET on one connection, direct then through the gateway, pair {n} of {PAIRS}")
        single.append((wrk(direct_url, staff, connections=1), wrk(gw_url, staff, connections=1)))

    def med(side, key):
        return statistics.median(p[side][key] for p in pairs)

    ratios = sorted(g["rps"] / d["rps"] for d, g in pairs)
    added = sorted(g["p50"] - d["p50"] for d, g in pairs)
    row("gateway", f"GET /deputies/{{id}} through the gateway (median of {PAIRS} alternating pairs, "
                   f"after {WARMUP_SECONDS} s warm-up)",
        f"{med(1, 'rps'):.0f} req/s, p50 {med(1, 'p50'):.1f} ms, p99 {med(1, 'p99'):.1f} ms, failed "
        f"{sum(g['bad'] for _, g in pairs)}; gateway CPU {med(1, 'cpu'):.2f} ms per request",
        f"direct: {med(0, 'rps'):.0f} req/s, p50 {med(0, 'p50'):.1f} ms, p99 {med(0, 'p99'):.1f} ms, failed "
        f"{sum(d['bad'] for d, _ in pairs)}; service CPU {med(0, 'cpu'):.2f} ms per request",
        f"{statistics.median(ratios):.0%} of direct (pairs {', '.join(f'{r:.0%}' for r in ratios)}; target ≥ 85%); "
        f"p50 +{statistics.median(added):.2f} ms (pairs {', '.join(f'{a:+.2f}' for a in added)}; target ≤ 1 ms)")
    one_added = sorted(g["p50"] - d["p50"] for d, g in single)
    row("gateway", f"the same GET on one connection (median of {PAIRS} alternating pairs)",
        f"through the gateway: p50 {statistics.median(g['p50'] for _, g in single):.2f} ms, "
        f"p99 {statistics.median(g['p99'] for _, g in single):.2f} ms, "
        f"{statistics.median(g['rps'] for _, g in single):.0f} req/s",
        f"direct: p50 {statistics.median(d['p50'] for d, _ in single):.2f} ms, "
        f"p99 {statistics.median(d['p99'] for d, _ in single):.2f} ms, "
        f"{statistics.median(d['rps'] for d, _ in single):.0f} req/s",
        f"p50 +{statistics.median(one_added):.2f} ms (pairs {', '.join(f'{a:+.2f}' for a in one_added)}; "
        f"target ≤ 1 ms: {'met' if statistics.median(one_added) <= 1 else 'NOT met'})")


# ---- 2. create + submit suggestions vs pgbench --------------------------------------------------

PGBENCH_SQL = """\\set n random(1, 1000000000)
BEGIN;
INSERT INTO suggestion (id, congress_id, kind, title, content, category, lead_deputy_id, term, session,
  state, version, created_at, updated_at, submitted_at)
VALUES (gen_random_uuid(), 'BENCH-PGBENCH', 'SUGGESTION', '关于加强朱泾镇老旧小区停车管理的建议 ' || :n,
  '近年来小区机动车数量快速增长，停车位严重不足，占用消防通道现象突出。建议统筹规划，增设立体停车设施。',
  'URBAN_CONSTRUCTION', 'b0000000-0000-4000-8000-000000000001', 6, 3, 'SUBMITTED', 1, now(), now(), now());
INSERT INTO outbox_event (id, congress_id, topic, event_key, event_type, envelope, published_at)
VALUES (gen_random_uuid(), 'BENCH-PGBENCH', 'congress.suggestions.v1', :n::text, 'SuggestionSubmitted',
  '{"specversion":"1.0","type":"SuggestionSubmitted","source":"/suggestions","data":{"title":"关于加强朱泾镇老旧小区停车管理的建议","kind":"SUGGESTION","coSignerIds":[]}}'::jsonb,
  now());
END;
"""


def pgbench(connections, seconds):
    script = os.path.join(TMP, "submit.sql")
    with open(script, "w") as f:
        f.write(PGBENCH_SQL)
    logdir = os.path.join(TMP, "pgbench")
    os.makedirs(logdir, exist_ok=True)
    env = dict(os.environ, PGPASSWORD="suggestions")
    out = subprocess.run(["pgbench", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "suggestions", "-n", "-M", "prepared",
                          f"-c{connections}", f"-j{min(2, connections)}", f"-T{seconds}", "-f", script, "-l",
                          "--log-prefix", os.path.join(logdir, "tx"), "suggestions"],
                         env=env, check=True, capture_output=True, text=True, cwd=logdir).stdout
    tps = float(re.search(r"tps = ([\d.]+)", out).group(1))
    latencies = []
    for name in os.listdir(logdir):
        with open(os.path.join(logdir, name)) as f:
            latencies += [int(line.split()[2]) / 1000 for line in f if line.strip()]
    # The baseline's rows are not part of the platform's data: nothing reads BENCH-PGBENCH, and its
    # outbox rows were written as already published, so the relay never sends them.
    psql("suggestions", "DELETE FROM outbox_event WHERE congress_id = 'BENCH-PGBENCH';"
                        " DELETE FROM suggestion WHERE congress_id = 'BENCH-PGBENCH'")
    return {"tps": tps, "p50": pct(latencies, 0.5), "p99": pct(latencies, 0.99)}


def forget_previous_load():
    """Deletes what earlier runs' write load left in its own congress (~45,000 items per run), so
    that every run writes into tables of the same size. Bench data only: nothing else uses
    BENCH-LOAD. Outbox rows go only once published; the audit ledger keeps its entries (it is
    append-only)."""
    psql("suggestions", f"DELETE FROM outbox_event WHERE congress_id = '{LOAD_CONGRESS}' AND published_at IS NOT NULL;"
                        f" DELETE FROM suggestion WHERE congress_id = '{LOAD_CONGRESS}'")
    psql("deputies", f"DELETE FROM outbox_event WHERE congress_id = '{LOAD_CONGRESS}' AND published_at IS NOT NULL;"
                     f" DELETE FROM activity WHERE congress_id = '{LOAD_CONGRESS}'")
    for db, tables in (("suggestions", "suggestion, outbox_event"), ("deputies", "activity, outbox_event")):
        psql(db, f"VACUUM (ANALYZE) {tables}")


def suggestions():
    log(f"deleting the write load of earlier runs from {LOAD_CONGRESS}")
    forget_previous_load()
    tokens = os.path.join(TMP, "deputy-tokens.txt")
    with open(tokens, "w") as f:
        f.write("\n".join(token(f"bench-load{n:02d}") for n in range(1, DEPUTY_LOGINS + 1)) + "\n")
    log(f"pgbench: the same SQL transaction (insert item + outbox row), {SECONDS} s, {CONNECTIONS} connections")
    base = pgbench(CONNECTIONS, SECONDS)
    log(f"warm-up: create + submit through the gateway for {SUGGESTIONS_WARMUP_SECONDS} s, not measured")
    driver("suggestions", GW, tokens, SUGGESTIONS_WARMUP_SECONDS, CONNECTIONS)
    runs = []
    for n in range(1, PAIRS + 1):
        log(f"create + submit, closed model, {CONNECTIONS} workers, through the gateway then direct, "
            f"pair {n} of {PAIRS} ({SECONDS} s each)")
        gw, gw_cpu = cpu_ms(["gateway"], driver, "suggestions", GW, tokens, SECONDS, CONNECTIONS)
        direct, svc_cpu = cpu_ms(["suggestions"], driver, "suggestions", SVC["suggestions"], tokens, SECONDS,
                                 CONNECTIONS)
        gw["cpu"], direct["cpu"] = gw_cpu / max(gw["ok"], 1), svc_cpu / max(direct["ok"], 1)
        runs.append((gw, direct))

    def median_run(side):
        return sorted((r[side] for r in runs), key=lambda x: x["perSecond"])[len(runs) // 2]

    gw, direct = median_run(0), median_run(1)
    pairs = gw["perSecond"]
    requests = gw["create"]["perSecond"] + gw["submit"]["perSecond"]
    each = [", ".join(f"{r[side]['create']['perSecond'] + r[side]['submit']['perSecond']:.0f}" for r in runs)
            for side in (0, 1)]
    row("suggestions", f"create + submit through the gateway, closed model ({CONNECTIONS} workers; median of "
                       f"{PAIRS} runs after {SUGGESTIONS_WARMUP_SECONDS} s warm-up)",
        f"{pairs:.0f} items/s = {requests:.0f} req/s (runs: {each[0]} req/s); pair {lat(gw)}; "
        f"errors {sum(g['total'] - g['ok'] for g, _ in runs)}",
        f"pgbench, same SQL transaction: {base['tps']:.0f} tx/s, p50 {base['p50']:.1f} ms, p99 {base['p99']:.1f} ms",
        f"{pairs / base['tps']:.0%} of pgbench (target ≥ 50%); {requests:.0f} req/s vs target ≥ 300 req/s: "
        f"{'met' if requests >= 300 else 'NOT met'}")
    d_requests = direct["create"]["perSecond"] + direct["submit"]["perSecond"]
    row("suggestions", f"create + submit direct to the service, closed model ({CONNECTIONS} workers; median of "
                       f"{PAIRS} runs alternating with the gateway's)",
        f"{direct['perSecond']:.0f} items/s = {d_requests:.0f} req/s (runs: {each[1]} req/s); "
        f"pair {lat(direct)}; errors {sum(d['total'] - d['ok'] for _, d in runs)}; "
        f"service CPU {direct['cpu']:.1f} ms per item",
        f"the same through the gateway (gateway CPU {gw['cpu']:.1f} ms per item)",
        f"gateway = {pairs / direct['perSecond']:.0%} of direct")
    rate = max(10, round(pairs * 0.7))
    log(f"create + submit through the gateway, open model at {rate} items/s (70% of the closed-model rate)")
    window_start = psql("suggestions", "SELECT now()")
    opened = driver("suggestions", GW, tokens, SECONDS, 64, rate)
    window_end = psql("suggestions", "SELECT now()")
    row("suggestions", f"create + submit through the gateway, open model at {rate} items/s",
        f"{opened['perSecond']:.0f} items/s done; pair {lat(opened)} (from the scheduled start); "
        f"create p99 {opened['create']['p99']:.1f} ms, submit p99 {opened['submit']['p99']:.1f} ms; "
        f"errors {opened['total'] - opened['ok']}",
        f"pgbench p99 {base['p99']:.1f} ms", f"p99 {opened['p99'] / base['p99']:.1f}× the SQL's")
    return window_start, window_end


# ---- 3. audit: commit-to-ledger lag under the suggestion load ----------------------------------

def submitted_in(window):
    """The SuggestionSubmitted events of the load's congress written in the window: their outbox
    row's id (the event id) → the epoch second the row was written (the commit)."""
    start, end = window
    created = {}
    for line in psql("suggestions",
                     f"SELECT id, extract(epoch FROM created_at) FROM outbox_event WHERE congress_id = '{LOAD_CONGRESS}'"
                     f" AND event_type LIKE '%SuggestionSubmitted%' AND created_at BETWEEN '{start}' AND '{end}'").splitlines():
        i, t = line.split("|")
        created[i] = float(t)
    return created


def arrival_lags(created, db, sql):
    """Milliseconds from each event's commit to its arrival in another service's database, polled
    for up to 2 min; {ids} in the SQL is replaced by the ids still missing, and the SQL answers
    id|epoch second of arrival."""
    deadline = time.time() + 120
    lags = {}
    while time.time() < deadline:
        ids = ",".join(f"'{i}'" for i in created if i not in lags)
        if not ids:
            break
        for line in psql(db, sql.replace("{ids}", ids)).splitlines():
            i, t = line.split("|")
            lags[i] = (float(t) - created[i]) * 1000
        time.sleep(2)
    return lags


def audit_lag(window):
    start, end = window
    log("commit-to-ledger lag of the SuggestionSubmitted events of the open-model window")
    created = submitted_in(window)
    lags = arrival_lags(created, "audit",
                        "SELECT event_id, extract(epoch FROM received_at) FROM audit_entry WHERE event_id IN ({ids})")
    values = list(lags.values())
    if not values:
        row("audit", "commit-to-ledger lag", "no events found", "", "")
        return
    relay = []
    for line in psql("suggestions",
                     f"SELECT extract(epoch FROM published_at - created_at) * 1000 FROM outbox_event"
                     f" WHERE congress_id = '{LOAD_CONGRESS}' AND event_type LIKE '%SuggestionSubmitted%'"
                     f" AND created_at BETWEEN '{start}' AND '{end}' AND published_at IS NOT NULL").splitlines():
        relay.append(float(line))
    row("audit", f"outbox row written → ledger entry, {len(values)} SuggestionSubmitted events under the open-model load",
        f"p50 {pct(values, .5):.0f} ms, p99 {pct(values, .99):.0f} ms, max {max(values):.0f} ms; "
        f"{len(created) - len(values)} missing",
        f"outbox row → published to Kafka (relay): p50 {pct(relay, .5):.0f} ms, p99 {pct(relay, .99):.0f} ms",
        f"target p99 < 1000 ms: {'met' if pct(values, .99) < 1000 else 'NOT met'}; "
        f"relay share of p50 {pct(relay, .5) / max(pct(values, .5), 0.001):.0%}")


def notification_lag(window):
    """Commit of a SuggestionSubmitted (its outbox row) to the congress staff's inbox entry: the
    notifications service tells the office of every submission (bench-load-staff in the load's
    congress), so each event of the open-model window has one entry whose source is its id."""
    log("commit-to-inbox lag of the SuggestionSubmitted events of the open-model window")
    created = submitted_in(window)
    lags = arrival_lags(created, "notifications",
                        "SELECT source_id, extract(epoch FROM min(created_at)) FROM notification"
                        " WHERE source_id IN ({ids}) GROUP BY source_id")
    values = list(lags.values())
    if not values:
        row("notifications", "commit-to-inbox lag", "no inbox entries found", "", "")
        return
    row("notifications", f"outbox row written → staff's inbox entry, {len(values)} SuggestionSubmitted events "
                         f"under the open-model load",
        f"p50 {pct(values, .5):.0f} ms, p99 {pct(values, .99):.0f} ms, max {max(values):.0f} ms; "
        f"{len(created) - len(values)} missing",
        "the audit ledger's lag above (the same events)",
        f"target p99 < 2000 ms: {'met' if pct(values, .99) < 2000 else 'NOT met'}")


WEBHOOK_DELIVERIES = int(os.environ.get("BENCH_WEBHOOK_DELIVERIES", "10000"))


def webhook_drain():
    """10,000 deliveries queued at once for one department's subscription drain to a receiver on
    this machine (a threaded HTTP server answering 204): deliveries per second from the queueing
    to the last one marked DELIVERED. The rows are written straight into the queue, as the
    subscription's channel writes them."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Hook(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            self.rfile.read(int(self.headers.get("content-length", "0")))
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    status, payload, _ = http("POST", f"{KEYCLOAK}/realms/congress/protocol/openid-connect/token", form={
        "grant_type": "client_credentials", "client_id": "dept-edu-system",
        "client_secret": "dept-edu-system-secret"})
    if status != 200:
        raise RuntimeError(f"dept-edu-system token: {status} {payload}")
    system = payload["access_token"]
    sub, _ = must(201, http("POST", f"{SVC['notifications']}/api/v1/webhook-subscriptions", system,
                            {"url": f"http://127.0.0.1:{port}/hook", "eventTypes": ["suggestion.assigned"]}),
                  "subscribe")
    try:
        log(f"webhooks: {WEBHOOK_DELIVERIES} deliveries queued at once to a local receiver")
        psql("notifications",
             "INSERT INTO webhook_delivery (id, congress_id, subscription_id, event_id, event_type, payload,"
             " status, next_attempt_at, give_up_at, created_at)"
             f" SELECT gen_random_uuid(), 'JS-DISTRICT', '{sub['id']}', 'bench-' || g, 'suggestion.assigned',"
             " '{\"type\":\"suggestion.assigned\",\"id\":\"bench-' || g || '\"}', 'PENDING', now(),"
             f" now() + interval '1 day', now() FROM generate_series(1, {WEBHOOK_DELIVERIES}) g")
        queued = time.time()
        delivered = 0
        while time.time() < queued + 300:
            delivered = int(psql("notifications", "SELECT count(*) FROM webhook_delivery WHERE subscription_id ="
                                                  f" '{sub['id']}' AND status = 'DELIVERED'"))
            if delivered >= WEBHOOK_DELIVERIES:
                break
            time.sleep(0.2)
        elapsed = time.time() - queued
        rate = delivered / elapsed
        row("notifications", f"{WEBHOOK_DELIVERIES:,} queued webhook deliveries drained to a local receiver "
                             "(signed, 64 in flight)",
            f"{delivered:,} delivered in {elapsed:.1f} s = {rate:.0f}/s", "",
            f"target ≥ 500/s: {'met' if rate >= 500 and delivered >= WEBHOOK_DELIVERIES else 'NOT met'}")
    finally:
        http("DELETE", f"{SVC['notifications']}/api/v1/webhook-subscriptions/{sub['id']}", system)
        psql("notifications", f"DELETE FROM webhook_delivery WHERE subscription_id = '{sub['id']}'")
        server.shutdown()


# ---- 4. lists, search and statistics over 100,000 items ----------------------------------------

def settle():
    """Lets the stack come back to rest after the write load before the lists and the console are
    measured: the audit service is ready again once its ledger has caught up with the topics (up
    to 2 min), and the notifications service has sent the mails still queued (up to 5 min). The
    write load queues none of its own: the staff's mail of a submission waits for their daily
    digest (the rule mails SUGGESTION_SUBMITTED as DIGEST), so this wait normally ends at once;
    it stays so that the next blocks never measure a backlog of sending as much as themselves."""
    deadline = time.time() + 120
    while time.time() < deadline:
        status, _, _ = http("GET", f"{SVC['audit']}/q/health/ready")
        if status == 200:
            break
        time.sleep(1)
    else:
        log("the audit ledger has not caught up after 2 min; measuring the lists anyway")
    began = time.time()
    pending = pending_mail()
    while pending and time.time() < began + 300:
        time.sleep(2)
        pending = pending_mail()
    if pending:
        log(f"{pending} messages still queued by the notifications service after 5 min; measuring anyway")
    else:
        log(f"the notifications service's queued messages were sent ({time.time() - began:.0f} s waited)")


def pending_mail():
    return int(psql("notifications", "SELECT count(*) FROM outgoing_message WHERE state = 'PENDING'"))


def seed_100k():
    seeded = int(psql("suggestions", f"SELECT count(*) FROM suggestion WHERE congress_id = '{CONGRESS}'"
                                     " AND content LIKE '%号。'"))
    if seeded >= 100000:
        return
    if seeded:
        raise RuntimeError(f"{seeded} seeded items in {CONGRESS}, expected 0 or 100000")
    log("seeding 100,000 Chinese items in SQL (once; a minute or two)")
    t0 = time.time()
    psql("suggestions", None, "-v", f"congress={CONGRESS}", "-f", os.path.join(BENCH, "seed-100k.sql"))
    log(f"seeded in {time.time() - t0:.0f} s")


def lists():
    seed_100k()
    staff = token("bench-staff")
    total = psql("suggestions", f"SELECT count(*) FROM suggestion WHERE congress_id = '{CONGRESS}'")
    one = psql("suggestions", f"SELECT id FROM suggestion WHERE congress_id = '{CONGRESS}' LIMIT 1")
    c, s = 4, max(5, SECONDS // 2)
    log(f"lists and search over {total} items through the gateway ({c} connections, {s} s each)")
    base = wrk(f"{GW}/api/v1/suggestions/{one}", staff, c, s)
    row("lists", f"GET /suggestions/{{id}} through the gateway ({c} connections) — the baseline of this block",
        f"{base['rps']:.0f} req/s, {lat(base)}", "", "")
    cases = [
        ("list, newest 20", "limit=20"),
        ("filter state=REPLIED, 20", "state=REPLIED&limit=20"),
        ("search q=停车管理 (common, 4 chars)", "q=" + urllib.parse.quote("停车管理") + "&limit=20"),
        ("search q=托育服务 (4 chars)", "q=" + urllib.parse.quote("托育服务") + "&limit=20"),
        ("search q=噪声 (2 chars: bigram index, V8)", "q=" + urllib.parse.quote("噪声") + "&limit=20"),
        ("search q=不存在的词语 (no match)", "q=" + urllib.parse.quote("不存在的词语") + "&limit=20"),
    ]
    log("warm-up: each list and search for 3 s, not measured (their code paths are JIT-cold)")
    for _, query in cases:
        wrk(f"{GW}/api/v1/suggestions?{query}", staff, c, 3)
    for name, query in cases:
        r = wrk(f"{GW}/api/v1/suggestions?{query}", staff, c, s)
        row("lists", f"{name}, {total} items in the congress",
            f"{r['rps']:.0f} req/s, {lat(r)}, failed {r['bad']}",
            f"GET by id p99 {base['p99']:.1f} ms",
            f"p99 {r['p99'] / base['p99']:.1f}× by id; target p99 < 50 ms: {'met' if r['p99'] < 50 else 'NOT met'}")
    log("statistics over the items (10 sequential requests through the gateway, then the SQL alone)")
    t0 = time.time()
    must(200, http("GET", f"{SVC['suggestions']}/api/v1/suggestion-statistics?term=6&session=3", staff),
         "statistics (first call, direct)")
    first = (time.time() - t0) * 1000
    times = []
    for _ in range(10):
        t0 = time.time()
        must(200, http("GET", f"{GW}/api/v1/suggestion-statistics?term=6&session=3", staff), "statistics")
        times.append((time.time() - t0) * 1000)
    items = psql("suggestions", f"SELECT count(*) FROM handling_task WHERE congress_id = '{CONGRESS}'")
    sql_times = statistics_sql()
    row("lists", f"statistics term 6 session 3 ({items} assigned of {total} items)",
        f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms (first call, direct: {first:.0f} ms)",
        f"the three SQL queries alone (psql): median {statistics.median(sql_times):.0f} ms",
        f"{statistics.median(times) / statistics.median(sql_times):.1f}× the SQL; target < 1 s: "
        f"{'met' if max(times) < 1000 else 'NOT met'}")


# ---- 5. the console's pages with browser sessions -----------------------------------------------

CONSOLE_SESSIONS = int(os.environ.get("BENCH_CONSOLE_SESSIONS", "50"))
CHROMEDRIVER_PORT = int(os.environ.get("BENCH_CHROMEDRIVER_PORT", "9516"))
# A deputy reads a page before opening the next: the pause each session makes between its
# requests in the "reading" model (the other model makes none: every session clicks at once).
CONSOLE_THINK_MS = int(os.environ.get("BENCH_CONSOLE_THINK_MS", "1000"))
# Long enough for the JIT of a console and a gateway started just before (make run, run.sh): on the
# 2-core machine their CPU per list page fell from 57 ms in the first 15 s to 8-11 ms after 75 s.
CONSOLE_WARMUP_SECONDS = int(os.environ.get("BENCH_CONSOLE_WARMUP_SECONDS", "90"))
CONSOLE_WRK_LUA = """
local think = tonumber(os.getenv("BENCH_THINK_MS"))
-- Each wrk thread has its own Lua state: seed each differently (the address of a fresh table).
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)
local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS_FILE")) do
  local cookie, path = line:match("([^\\t]+)\\t(.+)")
  sessions[#sessions + 1] = {cookie = cookie, path = path}
end
local n = 0
request = function()
  n = n + 1
  local s = sessions[n % #sessions + 1]
  return wrk.format("GET", s.path, {["Cookie"] = s.cookie, ["Accept"] = "text/html"})
end
-- A reader's pause varies: uniform between 0 and twice the mean, so the sessions do not click in
-- step (wrk pauses before a connection's first request too, so they also start spread out).
delay = function()
  if think == 0 then return 0 end
  return math.random(0, 2 * think)
end
-- Every answer must be the page: wrk counts a redirect (to the login, say) as a success.
local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end
not_page = 0
response = function(status, headers, body)
  if status ~= 200 then
    not_page = not_page + 1
  end
end
done = function(summary, latency, requests)
  local others = 0
  for _, thread in ipairs(threads) do
    others = others + thread:get("not_page")
  end
  io.write(string.format("P95 %.3f\\n", latency:percentile(95) / 1000))
  io.write(string.format("NOT200 %d\\n", others))
end
"""


def console_login(user):
    """Logs `user` in as a browser does: the console sends it to Keycloak's login form, the form is
    posted, and the code flow ends on the console with its session cookie. Returns the Cookie header
    value of the console's session (quarkus-oidc may split it into chunks)."""
    import html
    from http.cookiejar import CookieJar
    jar = CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with browser.open(f"{GW}/deputy/items", timeout=60) as r:
        page = r.read().decode()
    # Keycloak marks its cookies Secure; a browser sends them to http://127.0.0.1 all the same (a
    # loopback origin counts as secure), Python's cookie jar does not unless told.
    for cookie in jar:
        cookie.secure = False
    form = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page)
    if not form:
        raise RuntimeError(f"no Keycloak login form for {user} at {r.url}")
    data = urllib.parse.urlencode({"username": user, "password": user + "-pass", "credentialId": ""}).encode()
    with browser.open(html.unescape(form.group(1)), data=data, timeout=60) as r:
        r.read()
    cookies = [f"{c.name}={c.value}" for c in jar if c.name.startswith("q_session")]
    if not cookies:
        raise RuntimeError(f"{user}: no console session after the login (ended at {r.url})")
    return "; ".join(cookies)


def console_page(cookie, path):
    req = urllib.request.Request(f"{GW}{path}", headers={"Cookie": cookie, "Accept": "text/html"})
    opener = urllib.request.build_opener(NoRedirect())
    try:
        with opener.open(req, timeout=60) as r:
            return r.status, r.read().decode(errors="replace")
    except urllib.error.HTTPError as e:
        return e.code, ""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def console_wrk(sessions_file, connections, seconds, think_ms=0):
    script = os.path.join(TMP, "console.lua")
    with open(script, "w") as f:
        f.write(CONSOLE_WRK_LUA)
    # wrk leaves a request slower than its timeout out of the percentiles (counted as a socket error):
    # 10 s keeps even the saturated pages in them.
    out = subprocess.run(["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency",
                          "--timeout", "10s", "-s", script, GW],
                         env=dict(os.environ, BENCH_SESSIONS_FILE=sessions_file, BENCH_THINK_MS=str(think_ms)),
                         check=True, capture_output=True, text=True).stdout
    r = wrk_figures(out)
    r["p95"] = float(re.search(r"^P95 ([\d.]+)", out, re.M).group(1))
    r["bad"] = r["broken"] + int(re.search(r"^NOT200 (\d+)", out, re.M).group(1))
    return r


def console_pages():
    """Server time of the deputy's item list and item page through the gateway with
    CONSOLE_SESSIONS logged-in sessions at once (each connection's requests carry the sessions in
    turn), then Chromium's load event for the same pages and the bytes of their static assets."""
    seed_100k()
    # The seed gives deputy n the state (n - 1) % 10 for all their items: deputies 6, 16, 26, ...
    # are those with replied items (a reply, a contact), the fullest item page.
    deputies = [6 + 10 * k for k in range(CONSOLE_SESSIONS)]
    users = [voter(d) for d in deputies]
    log(f"console: {len(users)} deputies log in through the console's code flow")
    cookies = list(ThreadPoolExecutor(4).map(console_login, users))
    items = {}
    for n, d in enumerate(deputies, 1):
        items[n] = psql("suggestions", f"SELECT id FROM suggestion WHERE congress_id = '{CONGRESS}'"
                                       f" AND lead_deputy_id = '{bench_deputy(d)}' AND state = 'REPLIED' LIMIT 1")
        if not items[n]:
            raise RuntimeError(f"{users[n - 1]} has no replied item to open")
    pages = {"item list /deputy/items": lambda n: "/deputy/items",
             "item page /deputy/items/{id} (a replied item)": lambda n: f"/deputy/items/{items[n]}"}
    for what, path in pages.items():
        for n, cookie in enumerate(cookies, 1):
            status, body = console_page(cookie, path(n))
            if status != 200 or "<html" not in body:
                raise RuntimeError(f"{users[n - 1]} {path(n)}: HTTP {status}, not the page")
    count = int(psql("suggestions", f"SELECT count(*) FROM suggestion WHERE congress_id = '{CONGRESS}'"
                                    f" AND lead_deputy_id = '{bench_deputy(deputies[0])}'"))
    for what, path in pages.items():
        sessions_file = os.path.join(TMP, "console-sessions.tsv")
        with open(sessions_file, "w") as f:
            f.writelines(f"{cookie}\t{path(n)}\n" for n, cookie in enumerate(cookies, 1))
        log(f"console {what}: {CONSOLE_WARMUP_SECONDS} s warm-up, then {SECONDS * 2} s with {len(cookies)} "
            f"sessions reading {CONSOLE_THINK_MS} ms on average between pages, {SECONDS} s with no pause, then 1 session")
        console_wrk(sessions_file, len(cookies), CONSOLE_WARMUP_SECONDS)
        (reading, cpu) = cpu_ms(["console", "gateway"], console_wrk, sessions_file, len(cookies), SECONDS * 2,
                                CONSOLE_THINK_MS)
        clicking = console_wrk(sessions_file, len(cookies), SECONDS)
        alone = console_wrk(sessions_file, 1, SECONDS)
        row("console", f"{what} through the gateway, {len(cookies)} sessions, each reading 0–{2 * CONSOLE_THINK_MS} ms "
                       f"(mean {CONSOLE_THINK_MS} ms) between its pages (a deputy has ~{count} items)",
            f"{reading['rps']:.0f} pages/s, p50 {reading['p50']:.0f} ms, p95 {reading['p95']:.0f} ms, "
            f"p99 {reading['p99']:.0f} ms, failed {reading['bad']}; console + gateway CPU "
            f"{cpu / max(reading['rps'] * SECONDS * 2, 1):.1f} ms per page",
            f"one session at a time: p50 {alone['p50']:.1f} ms, p95 {alone['p95']:.1f} ms",
            f"target p95 < 150 ms: {'met' if reading['p95'] < 150 and not reading['bad'] else 'NOT met'}")
        row("console", f"{what}, the same {len(cookies)} sessions clicking with no pause at all (saturation)",
            f"{clicking['rps']:.0f} pages/s, p50 {clicking['p50']:.0f} ms, p95 {clicking['p95']:.0f} ms, "
            f"p99 {clicking['p99']:.0f} ms, failed {clicking['bad']}", "", "what the 2 cores serve")
    for n, cookie in enumerate(cookies, 1):  # still logged in: no window measured a login page
        if console_page(cookie, "/deputy/items")[0] != 200:
            raise RuntimeError(f"{users[n - 1]}'s session ended during the block")
    browser_loads(cookies[0], {what: path(1) for what, path in pages.items()})


def browser_loads(cookie, pages):
    """Chromium (headless, through chromedriver's WebDriver API, new profile) opens each page 11
    times: its navigation timing gives the load event; the page's static
    assets are fetched again here and gzipped to count the bytes a compressing server would send."""
    import gzip
    driver_proc = subprocess.Popen(["chromedriver", f"--port={CHROMEDRIVER_PORT}"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wd = f"http://127.0.0.1:{CHROMEDRIVER_PORT}"
    try:
        deadline = time.time() + 30
        while True:
            try:
                if http("GET", f"{wd}/status")[0] == 200:
                    break
            except urllib.error.URLError:
                pass  # not listening yet
            if time.time() > deadline:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.2)
        session, _ = must(200, http("POST", f"{wd}/session", body={"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {
                "binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]}}}}),
            "chromium session")
        sid = session["value"]["sessionId"]
        s = f"{wd}/session/{sid}"
        try:
            must(200, http("POST", f"{s}/url", body={"url": f"{GW}/public/replies"}), "open the console")
            for part in cookie.split("; "):
                name, value = part.split("=", 1)
                must(200, http("POST", f"{s}/cookie", body={"cookie": {"name": name, "value": value, "path": "/"}}),
                     "session cookie")
            timing = ("const n = performance.getEntriesByType('navigation')[0];"
                      "return {load: n.loadEventEnd - n.startTime, title: document.title,"
                      " assets: performance.getEntriesByType('resource').map(r => r.name)};")
            for what, path in pages.items():
                loads, assets = [], []
                for n in range(11):
                    must(200, http("POST", f"{s}/url", body={"url": f"{GW}{path}"}), what)
                    t, _ = must(200, http("POST", f"{s}/execute/sync", body={"script": timing, "args": []}), what)
                    loads.append(t["value"]["load"])
                    assets = t["value"]["assets"]
                gz = 0
                for url in assets:
                    req = urllib.request.Request(url, headers={"Cookie": cookie})
                    with urllib.request.urlopen(req, timeout=30) as r:
                        gz += len(gzip.compress(r.read(), 6))
                warm = statistics.median(loads[1:])
                row("console", f"Chromium load event, {what} (headless, 1280 px, loopback)",
                    f"first in the browser {loads[0]:.0f} ms; median of the next 10 {warm:.0f} ms, "
                    f"max {max(loads[1:]):.0f} ms",
                    f"static assets: {len(assets)} files, {gz / 1024:.1f} KB gzipped",
                    f"target load < 1 s: {'met' if max(loads) < 1000 else 'NOT met'}; "
                    f"assets < 300 KB gzip: {'met' if gz < 300 * 1024 else 'NOT met'}")
        finally:
            http("DELETE", s)
    finally:
        driver_proc.terminate()
        driver_proc.wait(10)


def statistics_sql():
    items = ("WITH items AS (SELECT s.id, s.state, s.final_evaluation, t.department_id"
             " FROM handling_task t JOIN suggestion s ON s.id = t.suggestion_id"
             f" WHERE t.congress_id = '{CONGRESS}' AND s.congress_id = '{CONGRESS}' AND t.role = 'LEAD'"
             " AND t.state NOT IN ('SENT_BACK', 'WITHDRAWN') AND s.term = 6 AND s.session = 3) ")
    queries = [
        items + "SELECT department_id, state, count(*) FROM items GROUP BY 1, 2",
        items + f", latest AS (SELECT DISTINCT ON (suggestion_id) suggestion_id, reply_class FROM reply"
                f" WHERE congress_id = '{CONGRESS}' ORDER BY suggestion_id, round DESC)"
                " SELECT i.department_id, l.reply_class, count(*) FROM items i"
                " JOIN latest l ON l.suggestion_id = i.id GROUP BY 1, 2",
        items + f", contacted AS (SELECT DISTINCT suggestion_id, department_id FROM contact WHERE congress_id = '{CONGRESS}'),"
                f" first_reply AS (SELECT suggestion_id, on_time FROM reply WHERE congress_id = '{CONGRESS}' AND round = 0)"
                " SELECT i.department_id, count(*), count(c.suggestion_id), count(r.suggestion_id),"
                " count(*) FILTER (WHERE r.on_time), count(*) FILTER (WHERE i.final_evaluation IS NOT NULL),"
                " count(*) FILTER (WHERE i.final_evaluation IN ('SATISFIED', 'BASICALLY_SATISFIED'))"
                " FROM items i LEFT JOIN contacted c ON c.suggestion_id = i.id AND c.department_id = i.department_id"
                " LEFT JOIN first_reply r ON r.suggestion_id = i.id GROUP BY 1 ORDER BY 1",
    ]
    script = "\\timing on\n" + "\n".join(";\n".join(queries) + ";" for _ in range(5)) + "\n"
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "suggestions", "-X", "-q", "suggestions"],
                         input=script, env=dict(os.environ, PGPASSWORD="suggestions"),
                         check=True, capture_output=True, text=True).stdout
    each = [float(t) for t in re.findall(r"Time: ([\d.]+) ms", out)]
    return [sum(each[i:i + 3]) for i in range(0, len(each), 3)]


# ---- 5. 3,000 ballots through the gateway, exact tally -----------------------------------------

def iso(epoch):
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat().replace("+00:00", "Z")


def free_years(staff, count):
    """Years without a round in the bench congress (one round per congress and year)."""
    listed, _ = must(200, http("GET", f"{GW}/api/v1/livelihood-rounds?limit=100", staff), "rounds")
    taken = {r["year"] for r in listed["items"]}
    while listed.get("nextPageToken"):
        listed, _ = must(200, http("GET", f"{GW}/api/v1/livelihood-rounds?limit=100&pageToken="
                                   + urllib.parse.quote(listed["nextPageToken"]), staff), "rounds")
        taken |= {r["year"] for r in listed["items"]}
    free = [y for y in range(2100, 1999, -1) if y not in taken]
    if len(free) < count:
        raise RuntimeError(f"fewer than {count} years of 2000..2100 without a round in {CONGRESS}: "
                           "use another BENCH_CONGRESS")
    return free[:count]


def voting_round(staff, year, tokens):
    """A round of the bench congress in its VOTING phase with every bench deputy checked in, each by
    themselves with their own token (the tokens file: line i = deputy i) while the check-in window
    is open: (round URL, candidate ids, entitled count, check-in figures)."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    log(f"round {year} of {CONGRESS}: 4 candidates, 2 to select, {VOTERS} entitled deputies")
    rnd, _ = must(201, http("POST", f"{GW}/api/v1/livelihood-rounds", staff, {
        "year": year, "title": f"{year}年度民心工程实事项目（基准测试）", "projectsToSelect": 2,
        "collectingEndsOn": f"{year - 1}-10-31", "screeningEndsOn": f"{year - 1}-12-15", "votingOn": f"{year}-01-16",
        "checkInOpensAt": iso(now.timestamp() - 3600), "checkInClosesAt": iso(now.timestamp() + 7200),
        "implementingEndsOn": f"{year}-11-30", "evaluatingEndsOn": f"{year}-12-31"},
        {"Idempotency-Key": f"bench-round-{CONGRESS}-{year}-{time.time()}"}), "create round")
    rid = rnd["id"]
    candidates = []
    for title in ["老旧小区加装电梯", "社区食堂建设", "中小学课后服务", "河道综合整治"]:
        c, _ = must(201, http("POST", f"{GW}/api/v1/livelihood-rounds/{rid}/candidates", staff,
                               {"title": f"{title}（{year}）", "description": f"{title}：项目说明、受益人群和实施计划。"}),
                    "propose")
        candidates.append(c["id"])

    def phase(p):
        _, h = must(200, http("GET", f"{GW}/api/v1/livelihood-rounds/{rid}", staff), "round")
        return must(200, http("POST", f"{GW}/api/v1/livelihood-rounds/{rid}/phase", staff, {"phase": p},
                              {"If-Match": h["ETag"]}), f"phase {p}")[0]

    phase("SCREENING")
    for i, cid in enumerate(candidates):
        _, h = must(200, http("GET", f"{GW}/api/v1/livelihood-rounds/{rid}/candidates/{cid}", staff), "candidate")
        must(200, http("POST", f"{GW}/api/v1/livelihood-rounds/{rid}/candidates/{cid}/screening", staff, {
            "outcome": "SHORTLISTED", "feasibility": "资金已列入年度预算", "estimatedCost": 1000000 + i,
            "responsibleDepartmentId": "HOUSING"}, {"If-Match": h["ETag"]}), "screening")
    opened = phase("VOTING")
    ids = os.path.join(TMP, "voters.txt")
    with open(ids, "w") as f:
        f.write("\n".join(bench_deputy(n) for n in range(1, VOTERS + 1)) + "\n")
    url = f"{GW}/api/v1/livelihood-rounds/{rid}"
    log(f"{VOTERS} deputies check in through the gateway, each with their own token ({CONNECTIONS} workers)")
    checkin = driver("each", f"{url}/check-ins", "@" + tokens, ids, CONNECTIONS, '{"deputyId":"%s"}')
    return url, candidates, opened.get("entitledCount"), checkin


def cast_and_close(staff, url, candidates, tokens, entitled, checkin, which):
    """Every bench deputy casts their own ballot (token i = deputy i), then staff close the round;
    reports the casting window and whether the official tally and the public recount are exact."""
    log(f"{VOTERS} deputies cast their ballots through the gateway ({CONNECTIONS} workers), {which}")
    machine_before = machine_ticks()
    cast = driver("ballots", f"{url}/ballots", "@" + tokens, ",".join(candidates), VOTERS, CONNECTIONS)
    machine, machine_total, used, jit = machine_cpu_per(VOTERS, machine_before, machine_ticks())
    _, h = must(200, http("GET", url, staff), "round")
    t0 = time.time()
    result, _ = must(200, http("POST", f"{url}/close", staff, headers={"If-Match": h["ETag"]}), "close")
    close_ms = (time.time() - t0) * 1000
    official = {l["candidateId"]: [l["forVotes"], l["againstVotes"], l["abstainVotes"]]
                for l in result["tally"]["lines"]}
    exact = official == cast["sent"] and result["ballotsCounted"] == cast["ok"] == VOTERS
    rid = url.rsplit("/", 1)[1]
    recount, _ = must(200, http("GET", f"{GW}/api/v1/public/livelihood-rounds/{rid}/recount"), "recount")
    row("ballots", f"{VOTERS} deputies casting their own ballots (one token each) through the gateway, "
                   f"{CONNECTIONS} workers: {which}",
        f"finished in {cast['seconds']:.1f} s = {cast['perSecond']:.0f} ballots/s, {lat(cast)}; "
        f"errors {cast['total'] - cast['ok']}; voting CPU {used.get('voting', 0):.1f} ms per ballot, "
        f"of which its JIT compiler {jit.get('voting', 0):.1f} ms",
        f"check-in of the same deputies, each by themselves: {checkin['perSecond']:.0f}/s, {lat(checkin)}",
        f"ballots at {cast['perSecond'] / checkin['perSecond']:.0%} of the check-in rate; target < 10 s: "
        f"{'met' if cast['seconds'] < 10 else 'NOT met'}")
    row("ballots", f"CPU per ballot over the whole machine while casting, {which}",
        f"{machine_total:.2f} ms: {machine}",
        f"the 2 cores give {2 * cast['seconds'] * 1000 / VOTERS:.2f} ms per ballot in this window",
        f"{machine_total / (2 * cast['seconds'] * 1000 / VOTERS):.0%} of the cores")
    row("ballots", f"close and tally (entitled {entitled}), {which}",
        f"close {close_ms:.0f} ms; ballots counted {result['ballotsCounted']}; status {result['status']}",
        f"sent: {json.dumps(list(cast['sent'].values()))}",
        f"tally {'EXACT' if exact else 'WRONG: ' + json.dumps(official)}; public recount "
        f"{'matches' if recount.get('matchesPublishedResult') else 'DIFFERS'}")
    return cast


def ballots():
    """Three rounds in a row, all reported. Right after `make run` the first one exercises the
    casting path of a voting service that has never cast (the voting day of a service deployed the
    day before); the second one the same service warmer; the third casts with tokens no service has
    verified yet. Measured on this machine, a voting JVM on C2 needed about four rounds before its
    JIT had settled (docs/bench/history.md); it runs on C1 now."""
    staff = token("bench-staff")
    first_year, second_year, third_year = free_years(staff, 3)
    # Fetched before the first round is set up, not just before its timed window: Keycloak works
    # on for a few seconds after 3,000 token refreshes (0.9 s CPU measured), not the ballots' cost.
    log(f"access tokens of the {VOTERS} deputies (before the rounds; every check-in, two casts)")
    tokens = voter_access_tokens()
    first = voting_round(staff, first_year, tokens)
    cast_and_close(staff, first[0], first[1], tokens, first[2], first[3], "first round of this bench")
    second = voting_round(staff, second_year, tokens)
    cast = cast_and_close(staff, second[0], second[1], tokens, second[2], second[3], "second round")
    # Every service verifies a token once and keeps it until it expires, so in the first two rounds
    # the signature checks fall into the check-in. Here the deputies' apps have refreshed their
    # tokens after checking in and the cast is the first request with each new token: the worst case
    # (a real app reads the ballot before casting it, which would take the check).
    log(f"new access tokens of the {VOTERS} deputies, for the third round's cast only")
    fresh = voter_access_tokens("voter-tokens-fresh.txt")
    third = voting_round(staff, third_year, tokens)
    cast_and_close(staff, third[0], third[1], fresh, third[2], third[3],
                   "third round, cast with tokens refreshed after check-in (new to every service)")
    return second[3], cast


# ---- 6. audit ingestion rate: the backlog of the ballot phase drained at restart ---------------

def audit_ingestion(services_sh):
    since = psql("audit", "SELECT coalesce(max(seq), 0) FROM audit_entry")
    log("audit restarted: draining the backlog built while it was stopped")
    subprocess.run([services_sh, "start", "audit"], check=True, stdout=subprocess.DEVNULL)
    audit_ticks = cpu_ticks("audit")
    deadline = time.time() + 180
    last, stable = -1, 0
    while time.time() < deadline:
        n = int(psql("audit", f"SELECT count(*) FROM audit_entry WHERE seq > {since}"))
        stable = stable + 1 if n == last else 0
        last = n
        if stable >= 3 and n > 0:
            break
        time.sleep(1)
    # Rate over the backlog only: from the first stored entry to the last one of the catch-up.
    line = psql("audit", f"SELECT count(*), extract(epoch FROM max(received_at) - min(received_at))"
                         f" FROM audit_entry WHERE seq > {since}")
    used_ms = (cpu_ticks("audit") - audit_ticks) * 1000 / os.sysconf("SC_CLK_TCK")
    count, span = line.split("|")
    count, span = int(count), float(span or 0)
    rate = count / span if span > 0 else float("nan")
    per_type = psql("audit", f"SELECT string_agg(t || ' ' || c, ', ') FROM (SELECT event_type t, count(*) c FROM"
                             f" audit_entry WHERE seq > {since} GROUP BY 1 ORDER BY 2 DESC LIMIT 4) x")
    return count, span, rate, per_type, used_ms


# ---- report --------------------------------------------------------------------------------------

def startup_rss():
    out = []
    for s in SERVICES:
        jar = os.path.join(ROOT, "gateway" if s == "gateway" else f"services/{s}", "target/quarkus-app/quarkus-run.jar")
        try:
            pid = service_pid(s)
            cmd = open(f"/proc/{pid}/cmdline").read()
            if jar not in cmd:
                continue
            rss = int(open(f"/proc/{pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        except (OSError, IndexError):
            continue
        started = re.findall(r"started in ([\d.]+)s", open(os.path.join(ROOT, ".local/logs", f"{s}.log"),
                                                           errors="replace").read())
        out.append((s, started[-1] if started else "?", rss))
    return out


def main():
    services_sh = os.path.join(ROOT, "infra/local/services.sh")
    began = time.time()
    failed = []
    only = os.environ.get("BENCH_ONLY", "")

    def run(name, fn, *a):
        if only and name != "setup" and name not in only.split(","):
            return None
        try:
            return fn(*a)
        except Exception as e:  # one failed block must not hide the others' figures
            log(f"{name} FAILED: {e}")
            failed.append(f"{name}: {e}")
            row(name, f"{name} block", "FAILED", "", str(e)[:300])
            return None

    run("setup", setup)
    run("gateway", gateway_get)
    window = run("suggestions", suggestions)
    if window:
        run("audit", audit_lag, window)
        run("notifications", notification_lag, window)
    run("notifications", webhook_drain)
    run("lists", settle)
    run("lists", lists)
    run("console", console_pages)
    # The audit service is stopped during the ballots: their events (and the gateway's access
    # events) pile up in Kafka, and its restart measures the ingestion rate on a real backlog.
    subprocess.run([services_sh, "stop", "audit"], check=True, stdout=subprocess.DEVNULL)
    run("ballots", ballots)
    ingested = run("audit", audit_ingestion, services_sh)
    if ingested:
        count, span, rate, per_type, used_ms = ingested
        per_entry = used_ms / max(count, 1)
        row("audit", "ledger ingestion: backlog of the ballot block drained after a restart",
            f"{count} entries in {span:.1f} s = {rate:.0f} entries/s; audit CPU {per_entry:.2f} ms per entry "
            f"(= {1000 / max(per_entry, 0.001):.0f} entries/s per free core)",
            f"mostly: {per_type}",
            f"target ≥ 5,000/s: {'met' if rate >= 5000 else 'NOT met'}")
    total = time.time() - began

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = int(open("/proc/meminfo").read().split("MemTotal:")[1].split()[0]) // 1024 // 1024
    load_end = open("/proc/loadavg").read().split()[0]
    lines = ["# Benchmark report", "",
             f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')} on {os.cpu_count()} cores ({cpu}), "
             f"{mem} GiB RAM; the whole bench took {total / 60:.1f} min; load average {LOAD_START} at the start, "
             f"{load_end} at the end (the machine is shared: absolute figures drift, compare the ratios).",
             f"Congress `{CONGRESS}` ({VOTERS} deputies registered through the deputies API); "
             f"{SECONDS} s per load step, {CONNECTIONS} connections/workers unless said; tokens fetched before "
             "each timed window; the gateway runs without rate limits. Every figure sits next to a baseline "
             "measured in the same run. How each is measured: [docs/bench/README.md](README.md).", "",
             "| block | what | figure | baseline (same run) | ratio / target |", "|---|---|---|---|---|"]
    for section, what, figure, baseline, verdict in rows:
        lines.append(f"| {section} | {what} | {figure} | {baseline} | {verdict} |")
    lines += ["", "| service | started in (s, Quarkus log) | RSS after the bench (MB) |", "|---|---|---|"]
    for s, started, rss in startup_rss():
        lines.append(f"| {s} | {started} | {rss} |")
    if failed:
        lines += ["", "Failed blocks: " + "; ".join(failed)]
    report = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "docs/bench/latest.md"), "w") as f:
        f.write(report)
    print(report)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
