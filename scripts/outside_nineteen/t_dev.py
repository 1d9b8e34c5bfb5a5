"""Developer prompts: debugging with real-looking traces, SQL, infra, reviews, and tasks for coding agents."""
from tk import Grammar, L, P, casual

R = {
    "pymod": P("billing|ingest|auth|reports|scheduler|api|worker|sync|exporter|notifications|pricing|search|etl|users|inventory"),
    "pyfn": P("load_config|parse_row|compute_totals|fetch_page|normalize_name|apply_discount|build_index|merge_records|"
              "send_batch|resolve_user|validate_payload|render_invoice|flush_queue|refresh_token|to_dataframe|split_chunks"),
    "pyerr": L("""
KeyError: '‹field›'
TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
AttributeError: 'NoneType' object has no attribute 'get'
ValueError: time data '‹#1-28›/‹#1-12›/2026' does not match format '%Y-%m-%d'
sqlalchemy.exc.IntegrityError: (psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "‹table›_pkey"
RecursionError: maximum recursion depth exceeded while calling a Python object
UnicodeDecodeError: 'utf-8' codec can't decode byte 0x‹e9|ff|a0|c3› in position ‹#10-4000›: invalid continuation byte
pydantic_core._pydantic_core.ValidationError: 1 validation error for ‹Model›
RuntimeError: Task got Future attached to a different loop
ModuleNotFoundError: No module named '‹pkg›'
"""),
    "field": P("user_id|created_at|amount|sku|email|tenant|currency|status|price_cents|region|order_id|timestamp"),
    "table": P("orders|users|invoices|events|line_items|sessions|payments|products|shipments|audit_log|subscriptions"),
    "Model": P("OrderIn|UserCreate|InvoiceLine|WebhookEvent|Settings|ShipmentUpdate"),
    "pkg": P("pandas|psycopg2|yaml|dotenv|jwt|boto3|redis|httpx|polars|numpy"),
    "jserr": L("""
TypeError: Cannot read properties of undefined (reading '‹jsprop›')
Unhandled Runtime Error: Error: Hydration failed because the server rendered HTML didn't match the client.
Error: listen EADDRINUSE: address already in use :::‹#3000-8080›
ReferenceError: ‹jsprop› is not defined
Warning: Each child in a list should have a unique "key" prop.
Error [ERR_REQUIRE_ESM]: require() of ES Module ‹pkgjs› not supported.
TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.
"""),
    "jsprop": P("map|length|id|user|data|items|then|token|price|name"),
    "pkgjs": P("node-fetch|chalk|nanoid|p-limit|got|execa"),
    "javaerr": L("""
java.lang.NullPointerException: Cannot invoke "String.trim()" because "‹jv›" is null
org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name '‹jv›Service'
java.util.ConcurrentModificationException
com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.time.LocalDate` from String
org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role
"""),
    "jv": P("customer|order|account|request|payload|config|invoice"),
    "goerr": L("""
panic: runtime error: invalid memory address or nil pointer dereference
fatal error: all goroutines are asleep - deadlock!
panic: assignment to entry in nil map
context deadline exceeded (Client.Timeout exceeded while awaiting headers)
"""),
    "rusterr": L("""
error[E0502]: cannot borrow `‹rv›` as mutable because it is also borrowed as immutable
error[E0382]: borrow of moved value: `‹rv›`
error[E0277]: `‹rv›` cannot be sent between threads safely
error[E0106]: missing lifetime specifier
"""),
    "rv": P("self.cache|buf|conn|items|state|map|config|rx"),
    "framework": P("Django|FastAPI|Flask|Next.js|Express|Spring Boot|Rails|Laravel|NestJS|Gin|Axum|ASP.NET Core|SvelteKit|Phoenix"),
    "infra": P("Kubernetes|Terraform|Docker Compose|GitHub Actions|nginx|Postgres|Redis|Kafka|Airflow|Helm|AWS Lambda|Cloud Run|"
               "ECS Fargate|Cloudflare Workers|dbt|Grafana"),
    "infraissue": L("""
my pods get OOMKilled every few hours even though memory usage looks flat in Grafana
terraform plan wants to destroy and recreate the RDS instance after I only changed a tag
the GitHub Actions cache never hits on the second run
nginx returns 502 only for uploads bigger than ‹#2-40› MB
the Airflow scheduler stops picking up DAGs after a deploy
Kafka consumer lag keeps growing even though CPU is at ‹#10-30›%
my Docker image is ‹#1-4›.‹#1-9› GB and I don't know why
Postgres autovacuum can't keep up with the ‹table› table
Lambda cold starts are ‹#2-9› seconds with a Python container image
a Helm upgrade hangs on "pending-upgrade" and I can't roll back
Redis memory keeps climbing even with maxmemory-policy allkeys-lru
dbt incremental model duplicates rows when the source has late-arriving data
"""),
    "lang": P("Python|TypeScript|Go|Rust|Java|C#|Kotlin|Ruby|PHP|Swift|Scala|Elixir"),
    "algo": P("an LRU cache|a rate limiter (token bucket)|a trie for autocomplete|topological sort|a debounce function|"
              "binary search on a rotated array|Dijkstra on a grid|a retry with exponential backoff and jitter|"
              "a consistent-hashing ring|an interval merge|a bloom filter|a producer/consumer queue|a CSV streaming parser"),
    "regexq": L("""
match UK postcodes but not partial ones inside longer strings
pull the version number out of strings like "release-v‹#1-9›.‹#0-20›.‹#0-30›-rc‹#1-4›"
validate that a password has 12+ chars, one digit and one symbol
match dates in both 2026-10-0‹#1-9› and 0‹#1-9›/10/2026 formats
extract all @mentions from a tweet but ignore emails
capture the key and value from lines like `  timeout = ‹#10-90›s  # comment`
"""),
    "sqlctx": L("""
SELECT o.*, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > now() - interval '‹#7-90› days' ORDER BY o.created_at DESC LIMIT 50;
SELECT user_id, count(*) FROM events WHERE type = '‹click|view|purchase›' GROUP BY user_id HAVING count(*) > ‹#5-50›;
UPDATE inventory SET qty = qty - 1 WHERE sku = $1 AND qty > 0;
SELECT * FROM ‹table› WHERE lower(email) = lower($1);
SELECT date_trunc('day', ts), sum(amount) FROM payments WHERE tenant_id = $1 GROUP BY 1 ORDER BY 1;
"""),
    "dbsize": P("‹#2-90› million rows|‹#300-900›k rows|‹#1-3› billion rows|about ‹#20-400› GB"),
    "repo": P("an invoicing API|a React admin dashboard|a CLI for syncing S3 buckets|a Django monolith|a Go microservice for payments|"
              "a Rust log shipper|a Flutter app|a data pipeline in Airflow|a Chrome extension|a Next.js storefront|"
              "a Slack bot|a Terraform monorepo|a Spring Boot order service|a Rails marketplace|a Python SDK|a Unity game"),
    "feature": L("""
add pagination to the ‹table› endpoint (cursor-based, not offset)
make the CSV export include the currency column and respect the user's timezone
add a retry with backoff around the webhook sender and a dead-letter table
replace the hand-rolled JWT parsing with the library we already depend on
add a --dry-run flag to the sync command
support soft deletes on ‹table› without breaking the existing unique index
move config loading to environment variables with sane defaults
add rate limiting per API key (‹#60-600› req/min)
write integration tests for the refund flow
fix the flaky test in test_‹pymod›.py that fails about 1 in ‹#5-20› runs
migrate the date handling from moment to date-fns
split the ‹#800-3000›-line ‹pymod›.py into smaller modules without changing behaviour
add OpenTelemetry tracing to the HTTP handlers
make the image upload resize on the server and strip EXIF data
upgrade to the new major version of the ORM and fix what breaks
"""),
    "bug": L("""
the ‹table› endpoint returns 500 when the ‹field› is missing instead of a 400
totals are off by one cent for some invoices with ‹#3-9› line items
the nightly job processes every record twice after daylight saving changes
login redirects loop forever on Safari
search is case-sensitive for non-ASCII names
the worker silently drops messages larger than ‹#64-512› KB
timezone conversion is wrong for users in Australia since last week
the progress bar jumps back to 0 when the upload resumes
memory grows without bound when the websocket client reconnects
""")
}

DEBUG = L("""
Getting this when I run ‹pymod›.py:⏎⏎Traceback (most recent call last):⏎  File "/app/‹pymod›/‹pyfn›.py", line ‹#12-400›, in ‹pyfn›⏎    ‹field›_total += row["‹field›"]⏎  File "/app/‹pymod›/utils.py", line ‹#5-200›, in ‹pyfn›⏎    return payload.get("‹field›")⏎‹pyerr›⏎⏎It only happens on ‹prod|staging|some rows|the first run after deploy|Mondays›. Any idea?
why am I getting `‹jserr›` — it's a ‹framework› app and it started after I upgraded ‹pkgjs›
Spring keeps throwing this on startup: ‹javaerr›. What's the usual cause?
Go service crashes under load with: ‹goerr›. Here's the handler roughly: it reads from a map shared between goroutines.
Rust compiler says ‹rusterr› in my cache implementation. How do I restructure this?
‹pyerr› — this happens in a Celery task but not when I call the function directly
What's the cleanest way to handle ‹pyerr› in a ‹framework› view without swallowing real errors?
TypeScript complains: ‹jserr› — I'm already checking for undefined one line above
""")

ASK = L("""
Write ‹algo› in ‹lang› with tests.
How would you design ‹algo› for ‹#10-500›k requests per second?
Regex to ‹regexq›?
This query is slow on ‹dbsize›: ‹sqlctx› What index would you add and why?
Explain what this query does and rewrite it with a CTE: ‹sqlctx›
‹infra›: ‹infraissue›. Where do I start looking?
Review this approach: I want to ‹feature› in ‹repo›. Anything I'm missing?
What's the idiomatic way in ‹lang› to ‹read a large file line by line|do structured logging|cancel a long task|parse JSON with unknown fields|mock the clock in tests›?
Compare ‹framework› and ‹framework› for ‹a small internal tool|a high-traffic API|a team new to the language›.
Give me a GitHub Actions workflow that runs ‹lang› tests on PRs with caching and a matrix of two versions.
Convert this bash one-liner to ‹Python|Go|PowerShell›: find . -name "*.log" -mtime +‹#3-30› -exec gzip {} \\;
Write a Dockerfile for a ‹framework› app that builds small images and runs as non-root.
How do I ‹feature›? Stack is ‹framework› + ‹Postgres|MySQL|SQLite|MongoDB›.
Unit tests for this function please — edge cases especially: def ‹pyfn›(rows, key=None): ...
Write a migration that adds a nullable ‹field› column to ‹table›, backfills it in batches and then makes it NOT NULL.
What's wrong with this? `for i in range(len(‹table›)): if ‹table›[i].‹field› == None: ‹table›.remove(‹table›[i])`
Is it safe to use `SELECT ... FOR UPDATE SKIP LOCKED` for a job queue on ‹dbsize›?
Explain the difference between optimistic and pessimistic locking with an example from ‹repo›.
""")

AGENT_TASK = L("""
In ‹repo›: ‹feature›. Run the tests when you're done.
Bug: ‹bug›. Find the cause and fix it, add a regression test.
‹bug› — can you look into it? Reproduce first, then fix.
Please ‹feature›. Keep the public API unchanged.
Refactor: ‹feature›. Don't touch the migrations folder.
There's an issue from a customer: "‹bug›". Investigate in this repo and propose a fix.
CI is red on main since yesterday, something about ‹pyerr› in the ‹pymod› tests. Figure out why and fix it.
Go through the TODOs in src/‹pymod›/ and fix the ones that are quick. List the rest.
Add type hints to the ‹pymod› package and make mypy pass.
Write a README section explaining how to run ‹repo› locally, based on what's actually in the repo.
""")

AGENT_TOOLS = ["read_file", "write_file", "apply_patch", "run_shell", "search_code", "list_dir", "web_fetch", "update_plan"]
IDE_TOOLS = ["read_file", "apply_patch", "search_code", "run_tests", "get_diagnostics"]

G = Grammar(R)


def debug(rng):
    return casual(rng, G(rng, rng.choice(DEBUG)), 0.3)


def ask(rng):
    return casual(rng, G(rng, rng.choice(ASK)), 0.3)


def agent_task(rng):
    return casual(rng, G(rng, rng.choice(AGENT_TASK)), 0.35)


DEV_FOLLOW = L("""
still failing, now with: ‹pyerr›
that fixed it but now I get `‹jserr›`
what if ‹table› has ‹dbsize›?
can you make it work with ‹framework› instead?
same thing but in ‹lang› please
the ‹field› column can be null, does that break it?
how would I test this?
why ‹index on (‹field›, ‹field›)|a CTE|a mutex|a channel|an Arc<Mutex<_>>|a generator› and not ‹a partial index|a temp table|an atomic|a queue|a plain loop›?
it's ‹#2-40›x slower than before, any idea?
we're on ‹Postgres 1‹#2-7›|MySQL 8.‹#0-4›|Python 3.‹#9-13›|Node ‹#18-24›|Java ‹#11-25››, does that change anything?
ok and how do I roll this out without downtime?
can you write the migration for that too?
there's also a ‹#2-9›-line wrapper around it, paste incoming: def ‹pyfn›(...)
""")


def follow(rng):
    return casual(rng, G(rng, rng.choice(DEV_FOLLOW)), 0.4)


def interject(rng):
    return rng.choice(["also update the changelog", "no, don't change the public API", "use the existing helper in utils instead",
                       "looks good, continue", "skip the docs for now", "can you run only the unit tests, the e2e ones are slow",
                       "wait — keep backwards compatibility", "the test DB is on port 5433", "yes", "go ahead",
                       "revert that last change", "why did that test fail?"])


def prompt(rng):
    r = rng.random()
    if r < 0.42:
        return debug(rng), "coding", (300, 1400)
    return ask(rng), "coding", (250, 1800)
