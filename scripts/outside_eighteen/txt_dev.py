"""Developers' prompts: SQL tuning, bug reports with traces, infra, frontend, data work, reviews, agent tasks."""
from common import pick
from textkit import fill, gen, casual, num

TABLES = ["orders", "order_items", "customers", "invoices", "events", "sessions", "payments", "shipments", "users", "accounts",
          "page_views", "subscriptions", "tickets", "inventory", "audit_log", "sensor_readings", "listings", "bookings", "claims"]
COLS = ["created_at", "customer_id", "status", "tenant_id", "user_id", "updated_at", "region", "sku", "amount_cents", "email",
        "external_ref", "deleted_at", "device_id", "country_code", "order_id", "priority", "category_id", "ts"]
ENGINES = ["Postgres 16", "Postgres 14", "MySQL 8.0", "SQL Server 2019", "SQLite", "BigQuery", "Snowflake", "MariaDB 10.11",
           "Aurora Postgres", "ClickHouse", "DuckDB"]
IDENT_A = ["sync", "parse", "load", "build", "fetch", "render", "resolve", "merge", "flush", "schedule", "index", "export",
           "validate", "normalize", "apply", "retry", "compact", "hydrate", "dispatch", "encode"]
IDENT_B = ["invoice", "manifest", "config", "payload", "batch", "user", "token", "shard", "report", "queue", "cursor", "rule",
           "snapshot", "session", "webhook", "ledger", "template", "tile", "feed", "schema"]


def ident(r, style="snake"):
    a, b = pick(r, IDENT_A), pick(r, IDENT_B)
    if style == "camel":
        return a + b.capitalize()
    if style == "pascal":
        return a.capitalize() + b.capitalize()
    return a + "_" + b


def sql_tuning(r):
    t1, t2 = r.sample(TABLES, 2)
    c1, c2, c3 = r.sample(COLS, 3)
    rows = r.randint(2, 900) * 100000
    eng = pick(r, ENGINES)
    q = pick(r, [
        "SELECT %s.*, %s.%s FROM %s JOIN %s ON %s.id = %s.%s WHERE %s.%s >= now() - interval '%d days' AND %s.%s = '%s' ORDER BY %s.%s DESC LIMIT 50;" % (
            t1, t2, c2, t1, t2, t1, t2, c1, t1, c3, r.randint(1, 90), t2, c2, pick(r, ["active", "pending", "EU", "failed"]), t1, c3),
        "SELECT %s, count(*) FROM %s WHERE %s IS NULL AND lower(%s) LIKE '%%%s%%' GROUP BY %s HAVING count(*) > %d;" % (
            c1, t1, c2, c3, pick(r, ["gmail", "test", "acme", "refund"]), c1, r.randint(2, 50)),
        "UPDATE %s SET %s = %s + 1 WHERE id IN (SELECT %s FROM %s WHERE %s < '%d-0%d-01');" % (t1, c1, c1, c2, t2, c3, r.randint(2019, 2025), r.randint(1, 9)),
        "SELECT DISTINCT ON (%s) %s, %s, %s FROM %s ORDER BY %s, %s DESC;" % (c1, c1, c2, c3, t1, c1, c3),
        "DELETE FROM %s WHERE %s < now() - interval '%d months' AND NOT EXISTS (SELECT 1 FROM %s x WHERE x.%s = %s.id);" % (t1, c3, r.randint(3, 36), t2, c1, t1),
    ])
    plan = pick(r, ["", "", "EXPLAIN shows: Seq Scan on %s  (cost=0.00..%d.00 rows=%d width=%d) (actual time=%.1f..%.1f rows=%d loops=1)" % (
        t1, r.randint(10000, 9000000), rows, r.randint(40, 400), r.random() * 3, 200 + r.random() * 9000, r.randint(1, 5000)),
        "The plan has a Nested Loop with %d loops on an Index Scan of %s_%s_idx." % (r.randint(1000, 900000), t2, c1),
        "Hash Join, then Sort Method: external merge  Disk: %dkB" % r.randint(10000, 900000)])
    ask = pick(r, ["This takes %d s on %s with ~%s rows in %s. What index would you add?" % (r.randint(3, 400), eng, "{:,}".format(rows), t1),
                   "How would you rewrite this for %s? It locks the table during business hours." % eng,
                   "Why is this slow on %s and what would you check first?" % eng,
                   "Would a partial or composite index help here (%s)? Table is %s rows and write-heavy." % (eng, "{:,}".format(rows)),
                   "Can you explain this query plan to me? %s" % eng])
    return "%s\n\n```sql\n%s\n```\n%s" % (ask, q, plan) if plan else "%s\n\n```sql\n%s\n```" % (ask, q)


PY_ERR = ["KeyError: '%s'", "TypeError: '%s' object is not subscriptable", "AttributeError: 'NoneType' object has no attribute '%s'",
          "ValueError: invalid literal for int() with base 10: '%s'", "RecursionError: maximum recursion depth exceeded while calling a Python object (%s)",
          "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server: %s", "ModuleNotFoundError: No module named '%s'",
          "asyncio.exceptions.CancelledError in %s", "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0) (%s)"]
JS_ERR = ["TypeError: Cannot read properties of undefined (reading '%s')", "ReferenceError: %s is not defined",
          "Error: Hydration failed because the initial UI does not match what was rendered on the server (%s)",
          "UnhandledPromiseRejection: FetchError: request to https://api.internal/%s failed, reason: ECONNRESET",
          "Warning: Each child in a list should have a unique \"key\" prop. Check the render method of `%s`."]
JAVA_ERR = ["java.lang.NullPointerException: Cannot invoke \"%s\" because the return value is null",
            "org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name '%s'",
            "java.util.ConcurrentModificationException at %s", "com.fasterxml.jackson.databind.exc.MismatchedInputException: %s"]
GO_ERR = ["panic: runtime error: invalid memory address or nil pointer dereference [%s]", "fatal error: concurrent map writes (%s)",
          "context deadline exceeded while calling %s", "panic: assignment to entry in nil map (%s)"]
RUST_ERR = ["error[E0502]: cannot borrow `%s` as mutable because it is also borrowed as immutable",
            "error[E0277]: `%s` cannot be sent between threads safely", "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/%s.rs:%d:%d",
            "error[E0106]: missing lifetime specifier (%s)"]


def trace(r):
    lang = pick(r, ["py", "py", "js", "java", "go", "rust"])
    nm = ident(r)
    if lang == "py":
        e = pick(r, PY_ERR) % nm
        fr = "\n".join('  File "/app/%s/%s.py", line %d, in %s' % (pick(r, ["services", "workers", "api", "core"]), ident(r), r.randint(12, 900), ident(r)) for _ in range(r.randint(2, 5)))
        return "Traceback (most recent call last):\n%s\n%s" % (fr, e)
    if lang == "js":
        e = pick(r, JS_ERR) % ident(r, "camel")
        fr = "\n".join("    at %s (%s/%s.%s:%d:%d)" % (ident(r, "camel"), pick(r, ["src/components", "src/lib", "node_modules/.pnpm", "app/routes"]), ident(r, "camel"), pick(r, ["ts", "tsx", "js"]), r.randint(3, 400), r.randint(2, 80)) for _ in range(r.randint(2, 5)))
        return "%s\n%s" % (e, fr)
    if lang == "java":
        e = pick(r, JAVA_ERR) % ident(r, "camel")
        fr = "\n".join("\tat com.%s.%s.%s(%s.java:%d)" % (pick(r, ["acme", "northwind", "shopcore", "bankly"]), pick(r, ["service", "repo", "web", "batch"]), ident(r, "camel"), ident(r, "pascal"), r.randint(20, 700)) for _ in range(r.randint(2, 5)))
        return "%s\n%s" % (e, fr)
    if lang == "go":
        e = pick(r, GO_ERR) % ident(r, "camel")
        return "%s\n\ngoroutine %d [running]:\nmain.%s(...)\n\t/src/internal/%s/%s.go:%d +0x%x" % (e, r.randint(1, 900), ident(r, "pascal"), pick(r, IDENT_B), ident(r), r.randint(10, 500), r.randint(16, 4000))
    e = pick(r, RUST_ERR)
    e = e % ((nm, r.randint(10, 300), r.randint(5, 60)) if e.count("%") == 3 else nm)
    return e


def bug_report(r):
    ctx = pick(r, ["after upgrading %s from %s to %s" % (pick(r, ["pydantic", "Next.js", "Spring Boot", "React Native", "Django", "SQLAlchemy", "tokio", "webpack", "Kotlin"]), "%d.%d" % (r.randint(1, 5), r.randint(0, 20)), "%d.%d" % (r.randint(2, 16), r.randint(0, 20))),
                   "only in production, not locally", "only when two workers run at the same time", "since we moved to %s" % pick(r, ["ARM instances", "Kubernetes", "Python 3.12", "Node 22", "Java 21", "a new VPC"]),
                   "intermittently, maybe 1 in %d requests" % r.randint(20, 5000), "when the payload is bigger than %d KB" % r.randint(64, 4096), "in CI but never on my laptop"])
    ask = pick(r, ["Any idea what's causing this?", "What's the likely root cause and how would you fix it?", "How do I debug this?",
                   "I've been stuck on this for hours.", "Is this my code or the library?", "Explain what this error means first, then the fix."])
    return casual(r, "Getting this %s. %s\n\n```\n%s\n```" % (ctx, ask, trace(r)), 0.3)


INFRA_TPL = [
    "My pod keeps going into {state}. Here's the relevant bit of the deployment:\n```yaml\nresources:\n  limits:\n    memory: {mem}Mi\n    cpu: {cpu}m\nreadinessProbe:\n  httpGet:\n    path: /healthz\n    port: {port}\n  initialDelaySeconds: {delay}\n```\nWhat should I look at?",
    "terraform plan wants to destroy and recreate my {res} every time even though nothing changed. Why would that happen?",
    "How do I cut our Docker image from {size} MB? It's a {stack} app and the Dockerfile uses {base}.",
    "GitHub Actions: how do I run the {job} job only when files under {path}/ change, but still make it a required check?",
    "nginx returns 502 after {secs} seconds on long uploads. Which timeouts do I change, and where?",
    "Best way to rotate secrets for {svc} without downtime? We're on {cloud}.",
    "Our {db} replica lag spikes to {lag} seconds every night around {hh}:00. Where do I start?",
    "Write a bash script that {task}.",
    "What's a sane alerting setup for a {stack} service with {rps} requests per second? We use {mon}.",
]
INFRA_SLOTS = {
    "state": ["CrashLoopBackOff", "OOMKilled", "ImagePullBackOff", "Pending", "CreateContainerConfigError"],
    "mem": num(128, 4096), "cpu": num(100, 4000), "port": ["8080", "3000", "8000", "9090"], "delay": num(0, 60),
    "res": ["aws_lambda_function", "google_sql_database_instance", "azurerm_app_service", "aws_ecs_task_definition", "aws_security_group"],
    "size": num(300, 4000), "stack": ["Django", "Spring Boot", "Node/Express", "FastAPI", "Rails", "Go", ".NET 8"],
    "base": ["python:3.12", "node:22", "ubuntu:22.04", "openjdk:21", "a CUDA base image"],
    "job": ["integration-tests", "e2e", "deploy-preview", "lint", "docs"], "path": ["services/billing", "frontend", "infra", "docs", "proto"],
    "secs": ["60", "30", "120", "90"], "svc": ["Postgres", "a Stripe webhook", "Redis", "our API gateway", "S3 access keys"],
    "cloud": ["AWS", "GCP", "Azure", "Hetzner with k3s", "DigitalOcean"], "db": ["Postgres", "MySQL", "Mongo"], "lag": num(20, 900),
    "hh": num(0, 5), "rps": num(5, 20000), "mon": ["Prometheus + Grafana", "Datadog", "CloudWatch", "New Relic", "Grafana Cloud"],
    "task": ["renames all .jpeg files in a folder tree to .jpg and logs what it changed", "backs up a Postgres database to S3 and keeps the last 14 copies",
             "checks disk usage on a list of hosts over ssh and emails if any is above 85%", "waits for a port to open with a timeout and retries",
             "tails a log and counts 5xx responses per minute", "finds files bigger than 1 GB modified in the last week"],
}
FRONT_TPL = [
    "CSS: my {el} won't {prob} inside a flex container. I've tried {tried}. What am I missing?",
    "React: my useEffect runs twice and fires the {call} request twice in dev. Is that StrictMode, and how should I structure this?",
    "How do I make this {comp} accessible with a keyboard and screen readers? Right now it's a div with an onClick.",
    "Next.js App Router: where should I fetch {data} so it's cached per user but not between users?",
    "My {fw} app re-renders the whole list of {n} items when one checkbox changes. How do I stop that?",
    "Tailwind: how do I make a {layout} that collapses to one column on mobile?",
]
FRONT_SLOTS = {
    "el": ["image", "footer", "sidebar", "button row", "textarea", "table"], "prob": ["shrink", "stick to the bottom", "scroll on its own", "center vertically", "wrap"],
    "tried": ["min-width: 0", "flex: 1", "overflow: hidden", "margin: auto", "position: sticky"], "call": ["analytics", "/api/me", "search", "checkout"],
    "comp": ["dropdown menu", "image carousel", "date picker", "modal", "tabs component"], "data": ["the user's dashboard data", "feature flags", "the cart", "notifications"],
    "fw": ["React", "Vue 3", "Svelte", "Angular"], "n": num(50, 5000), "layout": ["three-card pricing row", "dashboard grid", "two-column form", "masonry gallery"],
}
DATA_TPL = [
    "pandas: I have a dataframe with columns {c1}, {c2}, {c3}. How do I get, per {c1}, the {stat} of {c3} for the last {n} days only?",
    "What's the fastest way to read a {gb} GB CSV in Python if I only need {k} columns?",
    "dbt: should {model} be incremental? It's rebuilt every hour and takes {mins} minutes.",
    "Spark job is skewed on {c1}, one task runs for {mins} minutes while others finish in seconds. How do I fix the skew?",
    "How do I deduplicate {thing} where names are spelled slightly differently? About {rows} rows.",
    "Polars equivalent of this pandas code: df.groupby('{c1}')['{c3}'].transform(lambda s: s.rolling({n}).mean())",
]
DATA_SLOTS = {"c1": COLS, "c2": COLS, "c3": ["amount_cents", "latency_ms", "qty", "score", "temp_c", "revenue"], "stat": ["median", "90th percentile", "rolling mean", "sum"],
              "n": num(3, 90), "gb": num(2, 120), "k": num(2, 12), "model": ["fct_orders", "stg_events", "dim_customers", "int_sessions"],
              "mins": num(4, 95), "thing": ["company names", "customer records", "street addresses", "product titles"], "rows": lambda r: "{:,}".format(r.randint(2, 900) * 1000)}


def snippet(r):
    f = ident(r)
    v1, v2 = pick(r, ["items", "rows", "records", "lines", "entries"]), pick(r, ["seen", "out", "acc", "result", "buf"])
    lang = pick(r, ["py", "py", "ts", "go"])
    if lang == "py":
        return "python", "def %s(%s, limit=%d):\n    %s = []\n    for i in range(len(%s)):\n        if %s[i] not in %s:\n            %s.append(%s[i])\n        if len(%s) > limit:\n            break\n    return %s" % (
            f, v1, r.randint(10, 500), v2, v1, v1, v2, v2, v1, v2, v2)
    if lang == "ts":
        return "ts", "export async function %s(ids: string[]) {\n  const %s: any[] = [];\n  for (const id of ids) {\n    const res = await fetch(`/api/%s/${id}`);\n    %s.push(await res.json());\n  }\n  return %s;\n}" % (
            ident(r, "camel"), v2, pick(r, IDENT_B), v2, v2)
    return "go", "func %s(m map[string]int, keys []string) int {\n\ttotal := 0\n\tfor _, k := range keys {\n\t\tgo func() { total += m[k] }()\n\t}\n\treturn total\n}" % ident(r, "pascal")


def review(r):
    lang, code = snippet(r)
    ask = pick(r, ["Review this. What would you change before merging?", "Is there a bug here?", "Make this faster and explain why.",
                   "Can you write tests for this?", "Refactor this to be more idiomatic.", "Any concurrency issues?"])
    return "%s\n\n```%s\n%s\n```" % (ask, lang, code)


REGEX = ["a regex that matches UK postcodes", "a regex for ISO dates but not 2026-02-30 if possible", "a regex to pull the order number out of 'Order #A-12345 confirmed'",
         "an awk one-liner that sums the third column grouped by the first", "a sed command to replace tabs with 4 spaces only at line start",
         "a jq filter that flattens nested arrays of tags into one unique list", "a regex that matches semver with optional pre-release",
         "a PowerShell one-liner that lists services set to auto-start but stopped", "a git command to find which commit deleted a function named %s"]


def regex(r):
    return casual(r, "Write me %s." % (pick(r, REGEX).replace("%s", ident(r))), 0.4)


API_TPL = ["Should {thing} be a PATCH or a POST to /{res}/:id/{act}? We're designing a public API.",
           "Cursor or offset pagination for a {res} endpoint with {n} rows that get inserted constantly?",
           "How should I version a REST API used by {k} mobile app versions in the wild?",
           "Write an OpenAPI 3.1 schema for a {res} resource with {fields}."]
API_SLOTS = {"thing": ["cancelling an order", "archiving a project", "resending an invite", "refunding a payment"], "res": ["orders", "projects", "invites", "payments", "devices"],
             "act": ["cancel", "archive", "resend", "refund"], "n": lambda r: "{:,}".format(r.randint(1, 500) * 100000), "k": num(3, 40),
             "fields": ["id, status, line items and timestamps", "nested addresses and a polymorphic payment method", "tags, an owner and soft deletion"]}
GAMEDEV_TPL = ["Godot 4: my CharacterBody2D {prob} when moving diagonally on slopes. Using move_and_slide with floor_snap_length {n}.",
               "Unity: how do I {task} without allocating every frame? Profiler shows {kb} KB GC per frame.",
               "What's a clean way to structure save games in {eng} for a game with {n} levels and an inventory?"]
GAMEDEV_SLOTS = {"prob": ["jitters", "slides down", "gets stuck on tile seams", "moves faster"], "n": num(2, 64),
                 "task": ["pool bullets", "update UI text", "raycast for every enemy", "read input"], "kb": num(2, 900), "eng": ["Godot", "Unity", "Bevy", "Unreal"]}

AGENT_TASKS = [
    "Add a --dry-run flag to the {cmd} command and make sure it prints what it would change.",
    "The test test_{t} is flaky in CI. Find out why and fix it.",
    "Rename {a} to {b} across the codebase and update the docs.",
    "Upgrade {lib} to the latest major version and fix whatever breaks.",
    "Write unit tests for {mod} — coverage is at {cov}%.",
    "Find where we build the {thing} and add retries with backoff on 429s.",
    "The {page} page is slow to load. Profile it and suggest fixes, implement the easy ones.",
    "Add pagination to the /{res} endpoint and update the client.",
    "Migrate the {mod} module from callbacks to async/await.",
    "Fix the type errors mypy reports in {mod}.",
    "Set up a GitHub Actions workflow that runs lint and tests on PRs.",
    "There's a memory leak in the {thing} worker. Investigate.",
    "Explain how the auth flow works in this repo, then add refresh token rotation.",
]
AGENT_SLOTS = {"cmd": ["sync", "import", "migrate", "cleanup", "publish", "backfill"], "t": lambda r: ident(r), "a": lambda r: ident(r, "camel"), "b": lambda r: ident(r, "camel"),
               "lib": ["pydantic", "react-router", "SQLAlchemy", "eslint", "tokio", "Django", "Express", "Vite"], "mod": lambda r: "%s/%s" % (pick(r, ["src", "app", "lib", "pkg"]), ident(r)),
               "cov": num(10, 60), "thing": ["webhook payload", "export job", "PDF report", "search index", "notification email", "thumbnail"],
               "page": ["dashboard", "settings", "orders list", "search results", "checkout"], "res": ["orders", "users", "invoices", "events", "projects"]}


def agent_task(r):
    return gen(r, AGENT_TASKS, AGENT_SLOTS)


def _g(tpl, slots, p=0.35):
    return lambda r: casual(r, gen(r, tpl, slots), p)


DEV_DOMAINS = {
    "sql": (sql_tuning, "code", 9),
    "bug": (bug_report, "code", 12),
    "infra": (_g(INFRA_TPL, INFRA_SLOTS), "code", 8),
    "front": (_g(FRONT_TPL, FRONT_SLOTS), "code", 7),
    "data": (_g(DATA_TPL, DATA_SLOTS), "code", 6),
    "review": (review, "code", 6),
    "regex": (regex, "code", 4),
    "api": (_g(API_TPL, API_SLOTS), "explain", 3),
    "gamedev": (_g(GAMEDEV_TPL, GAMEDEV_SLOTS), "code", 2),
}
DEV_NAMES = list(DEV_DOMAINS)
DEV_W = [DEV_DOMAINS[d][2] for d in DEV_NAMES]
DEV_FOLLOW = ["that didn't work, same error", "ok now it says {e}", "can you show the whole file?", "what about Windows?",
              "why does that fix it?", "now add error handling", "can you make it work for {v} too?", "tests pass now, thanks",
              "is there a way without the extra dependency?", "the index helped, down to {s} ms. Anything else?"]


def dev_follow(r):
    return pick(r, DEV_FOLLOW).replace("{e}", pick(r, ["permission denied", "a timeout", "undefined is not a function", "exit code 137"])).replace(
        "{v}", pick(r, ["Python 3.9", "MySQL", "Node 18", "ARM Macs"])).replace("{s}", str(r.randint(4, 900)))
