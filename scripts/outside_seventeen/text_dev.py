"""Developer requests: debugging, how-to, code review, data cleaning, infra, API docs questions."""
from textkit import fill, some, num, casual, wrap, compose

NOUN = ["user", "order", "invoice", "session", "item", "payload", "record", "event", "token", "account", "cart",
        "message", "job", "ticket", "product", "row", "config", "report", "shipment", "customer", "batch", "node"]
VERB = ["get", "load", "parse", "fetch", "build", "update", "merge", "validate", "compute", "sync", "render",
        "normalize", "serialize", "filter", "group", "flatten", "resolve", "dedupe", "export", "retry"]


def ident(r, style="snake"):
    v, n = r.choice(VERB), r.choice(NOUN)
    n2 = r.choice(NOUN) + "s" if r.random() < 0.4 else ""
    if style == "snake":
        return v + "_" + n + ("_" + n2 if n2 else "")
    if style == "camel":
        return v + n.capitalize() + (n2.capitalize() if n2 else "")
    return v.capitalize() + n.capitalize() + (n2.capitalize() if n2 else "")


def py_code(r):
    f, n = ident(r), r.choice(NOUN)
    t = r.randrange(6)
    if t == 0:
        return ("def %s(%ss):\n    result = {}\n    for %s in %ss:\n        key = %s['id']\n        result[key] = result.get(key, 0) + %s['%s']\n    return result"
                % (f, n, n, n, n, n, r.choice(["amount", "count", "qty", "total"])))
    if t == 1:
        return ("import requests\n\ndef %s(url):\n    resp = requests.get(url, timeout=%d)\n    data = resp.json()\n    return [x['%s'] for x in data['%ss']]"
                % (f, r.choice([5, 10, 30]), r.choice(["name", "id", "email"]), n))
    if t == 2:
        return ("df = pd.read_csv('%ss.csv')\ndf['%s_date'] = pd.to_datetime(df['%s_date'])\nmonthly = df.groupby(df['%s_date'].dt.month)['%s'].sum()\nprint(monthly.head())"
                % (n, n, n, n, r.choice(["amount", "revenue", "qty"])))
    if t == 3:
        return ("class %sCache:\n    def __init__(self):\n        self.items = {}\n\n    def get(self, key, default=[]):\n        if key not in self.items:\n            self.items[key] = default\n        return self.items[key]"
                % n.capitalize())
    if t == 4:
        return ("async def %s(session, ids):\n    tasks = [session.get(f'/api/%ss/{i}') for i in ids]\n    results = asyncio.gather(*tasks)\n    return [await r.json() for r in results]"
                % (f, n))
    return ("with open(path) as fh:\n    for line in fh:\n        parts = line.split(',')\n        %s_id, value = parts[0], float(parts[%d])\n        totals[%s_id] += value"
            % (n, r.randint(1, 5), n))


def js_code(r):
    f, n = ident(r, "camel"), r.choice(NOUN)
    t = r.randrange(5)
    if t == 0:
        return ("async function %s(id) {\n  const res = await fetch(`/api/%ss/${id}`);\n  const data = res.json();\n  return data.items.map(i => i.%s);\n}"
                % (f, n, r.choice(["name", "price", "id"])))
    if t == 1:
        return ("useEffect(() => {\n  %s().then(setItems);\n}, [items]);" % f)
    if t == 2:
        return ("app.post('/%ss', (req, res) => {\n  const { %s } = req.body;\n  db.insert(%s);\n  res.status(201).send();\n});"
                % (n, n, n))
    if t == 3:
        return ("const %s = (list: %s[]) => list.reduce((acc, x) => {\n  acc[x.%sId] = (acc[x.%sId] || 0) + x.total;\n  return acc;\n}, {} as Record<string, number>);"
                % (f, n.capitalize(), n, n))
    return ("export const %s = createSlice({\n  name: '%s',\n  initialState,\n  reducers: {\n    added(state, action) { state.list.push(action.payload) },\n  },\n});"
            % (f, n))


def go_code(r):
    f, n = ident(r, "pascal"), r.choice(NOUN)
    t = r.randrange(3)
    if t == 0:
        return ("func %s(ctx context.Context, ids []string) (map[string]*%s, error) {\n\tvar out map[string]*%s\n\tfor _, id := range ids {\n\t\tv, err := store.Get(ctx, id)\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tout[id] = v\n\t}\n\treturn out, nil\n}"
                % (f, n.capitalize(), n.capitalize()))
    if t == 1:
        return ("for _, %s := range %ss {\n\tgo func() {\n\t\tprocess(%s)\n\t\twg.Done()\n\t}()\n}\nwg.Wait()" % (n, n, n))
    return ("type %s struct {\n\tID string `json:\"id\"`\n\tCreatedAt time.Time `json:\"created_at\"`\n\tamount int64 `json:\"amount\"`\n}" % n.capitalize())


def rust_code(r):
    n = r.choice(NOUN)
    t = r.randrange(3)
    if t == 0:
        return ("fn %s(items: &Vec<%s>) -> &str {\n    let name = items[0].name.clone();\n    &name\n}" % (ident(r), n.capitalize()))
    if t == 1:
        return ("let cfg = load_config()?;\nlet handle = thread::spawn(|| {\n    run(cfg);\n});\nprintln!(\"{:?}\", cfg.port);")
    return ("impl %s {\n    pub async fn %s(&mut self, pool: &PgPool) -> Result<(), sqlx::Error> {\n        sqlx::query!(\"UPDATE %ss SET status = $1 WHERE id = $2\", self.status, self.id)\n            .execute(pool).await?;\n        Ok(())\n    }\n}" % (n.capitalize(), ident(r), n))


def sql_code(r):
    n, m = r.choice(NOUN), r.choice(NOUN)
    return ("SELECT %s.id, COUNT(*) AS n, SUM(%s.amount)\nFROM %ss %s\nLEFT JOIN %ss %s ON %s.%s_id = %s.id\nWHERE %s.created_at > NOW() - INTERVAL '%d days'\nGROUP BY %s.id\nORDER BY n DESC;"
            % (n[0], m[0] + "2", n, n[0], m, m[0] + "2", m[0] + "2", n, n[0], m[0] + "2", r.choice([7, 30, 90]), n[0]))


def java_code(r):
    n = r.choice(NOUN).capitalize()
    return ("public List<%sDto> find%ss(Long id) {\n    %s entity = repo.findById(id).get();\n    return entity.getChildren().stream()\n        .map(mapper::toDto)\n        .collect(Collectors.toList());\n}" % (n, n, n))


CODE = {"Python": py_code, "TypeScript": js_code, "JavaScript": js_code, "Go": go_code, "Rust": rust_code,
        "SQL": sql_code, "Java": java_code}
FENCE = {"Python": "python", "TypeScript": "ts", "JavaScript": "js", "Go": "go", "Rust": "rust", "SQL": "sql", "Java": "java"}
ERR = {
    "Python": ["TypeError: 'NoneType' object is not subscriptable", "KeyError: 'id'", "RuntimeWarning: coroutine was never awaited",
               "ValueError: could not convert string to float: ''", "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
               "ModuleNotFoundError: No module named 'pandas'", "RecursionError: maximum recursion depth exceeded",
               "SettingWithCopyWarning", "requests.exceptions.ReadTimeout", "UnboundLocalError: local variable referenced before assignment",
               "AttributeError: 'coroutine' object has no attribute 'json'"],
    "TypeScript": ["TypeError: Cannot read properties of undefined (reading 'map')", "Type 'string | undefined' is not assignable to type 'string'.",
                   "Maximum update depth exceeded", "SyntaxError: Unexpected token '<', \"<!DOCTYPE \" is not valid JSON",
                   "TS2339: Property 'items' does not exist on type 'Promise<any>'", "ERR_REQUIRE_ESM"],
    "JavaScript": ["TypeError: data.items is undefined", "UnhandledPromiseRejection", "CORS policy: No 'Access-Control-Allow-Origin' header",
                   "ReferenceError: regeneratorRuntime is not defined", "Error: listen EADDRINUSE: address already in use :::3000"],
    "Go": ["panic: assignment to entry in nil map", "fatal error: all goroutines are asleep - deadlock!",
           "json: cannot unmarshal string into Go struct field", "context deadline exceeded", "data race detected"],
    "Rust": ["error[E0515]: cannot return reference to local variable `name`", "error[E0382]: borrow of moved value: `cfg`",
             "error[E0373]: closure may outlive the current function", "the trait bound `Foo: Send` is not satisfied"],
    "SQL": ["the query takes 40 seconds", "ERROR: column must appear in the GROUP BY clause", "deadlock detected",
            "the counts are doubled after the join"],
    "Java": ["java.util.NoSuchElementException: No value present", "LazyInitializationException: could not initialize proxy",
             "java.lang.OutOfMemoryError: Java heap space", "NullPointerException in the mapper"],
}
TASK = ["read a large CSV without loading it all into memory", "retry an HTTP call with exponential backoff",
        "debounce a search input", "stream a file upload to S3-compatible storage", "parse ISO 8601 dates with timezones",
        "run tasks with a concurrency limit of {n}", "deep-merge two nested dictionaries", "paginate a REST API that returns a next cursor",
        "write a CLI with subcommands", "hash passwords properly", "validate an email address without a huge regex",
        "read environment variables with defaults", "log in JSON format", "cache results for {n} minutes",
        "schedule a job every weekday at 9am", "compare two lists and find what was added and removed",
        "generate a signed URL that expires", "gracefully shut down a web server on SIGTERM", "mock the current time in tests",
        "convert a nested JSON into a flat table", "resize images in a background worker", "implement a rate limiter per user",
        "profile which function is slow", "handle timezones when storing timestamps", "connect to Postgres with a connection pool"]
SPEC = ["takes a list of intervals and merges the overlapping ones", "returns the n most common words in a text file, ignoring case",
        "checks whether a string is a valid IPv4 address", "splits a list into chunks of size k", "converts a Roman numeral to an integer",
        "computes the moving average over a window of {n} items", "groups transactions by month and category",
        "finds duplicate files in a folder by content hash", "formats a number of bytes as KB/MB/GB",
        "parses a query string into a dict, handling repeated keys", "rotates a matrix 90 degrees", "calculates business days between two dates",
        "masks all but the last 4 digits of card numbers in a log line", "returns the diff between two JSON objects",
        "turns a flat list of (id, parent_id) rows into a tree"]
PAIR = {"Python": [("list", "tuple"), ("is", "=="), ("asyncio.gather", "asyncio.wait"), ("dataclass", "pydantic BaseModel"), ("threading", "multiprocessing")],
        "TypeScript": [("interface", "type"), ("unknown", "any"), ("enum", "union of string literals"), ("Promise.all", "Promise.allSettled")],
        "JavaScript": [("let", "var"), ("== ", "==="), ("map", "forEach"), ("CommonJS", "ES modules")],
        "Go": [("a buffered", "an unbuffered channel"), ("value", "pointer receivers"), ("errors.Is", "errors.As")],
        "Rust": [("Box<dyn Trait>", "generics"), ("Rc", "Arc"), ("String", "&str"), ("iter()", "into_iter()")],
        "SQL": [("WHERE", "HAVING"), ("UNION", "UNION ALL"), ("a CTE", "a subquery")],
        "Java": [("ArrayList", "LinkedList"), ("checked", "unchecked exceptions"), ("records", "Lombok @Data")]}
TESTFW = {"Python": "pytest", "TypeScript": "vitest", "JavaScript": "jest", "Go": "the testing package", "Rust": "cargo test",
          "SQL": "pgTAP", "Java": "JUnit 5"}
TOOLQ = ["How do I get {tool} to {goal}?", "My {tool} setup {tool_issue}. What's the usual fix?",
         "Write a {tool} config so that I can {goal}."]
TOOL = ["GitHub Actions", "nginx", "Docker Compose", "ESLint", "webpack", "Vite", "Terraform", "a Kubernetes Deployment",
        "systemd", "Poetry", "pre-commit", "Prometheus", "Caddy", "a Makefile", "tsconfig", "Gradle"]
GOAL = ["cache dependencies between runs", "serve a single-page app with client-side routing", "run tests only on changed packages",
        "restart the service if it crashes", "proxy /api to a backend on port 8080", "build for both arm64 and amd64",
        "reload on file changes in development", "set memory limits", "fail the build on warnings", "store state remotely with locking"]
TOOL_ISSUE = ["works locally but not in CI", "is really slow on every build", "ignores my environment variables",
              "throws a permission denied error on the volume", "keeps returning 502"]
GIT = ["I committed to main instead of a feature branch", "I accidentally committed a .env file with secrets and pushed",
       "my rebase has conflicts in 30 files", "I want to squash my last {n} commits", "git says detached HEAD",
       "I deleted a branch that wasn't merged", "I need to undo a merge that's already pushed"]
API = ["Stripe", "Twilio", "the GitHub REST", "Google Sheets", "Slack", "Shopify Admin", "Salesforce", "Mapbox", "the Notion",
       "an OAuth2 provider's", "SendGrid", "the Spotify Web"]
API_TASK = ["create a webhook and verify its signature", "paginate through all results", "refresh an expired access token",
            "upload a file larger than 10 MB", "filter by date range", "handle rate limiting (429)", "batch 100 updates in one call",
            "get the list of failed payments from last week"]
STATUS = ["a 401", "a 400 with 'invalid_request'", "a 403 even with the admin scope", "an empty list", "a 422", "a timeout"]
CLEAN = ["I have a CSV with columns {cols}. Some rows have {mess}. Write pandas code to {clean_goal}.",
         "Clean this spreadsheet export: {cols}. Problems: {mess}. I want to {clean_goal}.",
         "In SQL, how do I {clean_goal} when the table has {mess}?"]
COLS = ["name, email, signup_date, country", "order_id, sku, qty, price, currency", "date, store, sales, returns",
        "patient_id, visit_date, weight_kg, notes", "ticker, date, open, close, volume", "id, address, city, postcode",
        "student, course, grade, semester", "timestamp, sensor_id, temp_c, humidity"]
MESS = ["dates in three different formats", "trailing spaces and mixed capitalisation", "prices with currency symbols in them",
        "duplicate rows with different casing", "empty strings instead of nulls", "numbers with commas as decimal separators",
        "the same person entered twice with typos in the name", "negative quantities that should be returns", "timestamps in two time zones"]
CLEAN_GOAL = ["deduplicate and keep the latest entry", "standardise everything and export to parquet", "compute monthly totals per group",
              "flag rows that look wrong instead of dropping them", "pivot it so each month is a column", "fill gaps by forward-filling per id"]
K8S = ["My pod is stuck in {k8s_state}. kubectl describe shows: {k8s_ev}. What should I check?",
       "Our deployment rolls out but requests fail with {k8s_ev}. Ideas?"]
K8S_STATE = ["CrashLoopBackOff", "Pending", "ImagePullBackOff", "ContainerCreating", "OOMKilled"]
K8S_EV = ["0/3 nodes are available: insufficient memory", "Back-off restarting failed container", "Readiness probe failed: HTTP probe failed with statuscode: 503",
          "failed to pull image: unauthorized", "MountVolume.SetUp failed for volume", "upstream connect error or disconnect/reset before headers"]
REGEX_T = ["UK postcodes", "dates like 2024-03-01 or 01/03/2024", "hex colour codes", "semantic version strings",
           "a line that starts with ERROR and contains a request id", "URLs but not email addresses", "phone numbers with optional country code"]

S = {"n": num(2, 12), "tool": TOOL, "goal": GOAL, "tool_issue": TOOL_ISSUE, "cols": COLS, "mess": MESS, "clean_goal": CLEAN_GOAL,
     "k8s_state": K8S_STATE, "k8s_ev": K8S_EV}

LANGS = [("Python", 36), ("TypeScript", 18), ("JavaScript", 10), ("Go", 8), ("Rust", 5), ("SQL", 9), ("Java", 7)]


def _lang(r):
    x = r.random() * 93
    for l, w in LANGS:
        x -= w
        if x <= 0:
            return l
    return "Python"


def prompt(r, lang=None):
    L = lang or _lang(r)
    t = r.randrange(16)
    if t <= 3:
        code = CODE[L](r)
        err = r.choice(ERR[L])
        s = r.choice(["I'm getting `%s` when I run this:\n```%s\n%s\n```\nWhat am I doing wrong?",
                      "Why does this throw %s?\n\n```%s\n%s\n```",
                      "getting %s here, been stuck for an hour\n```%s\n%s\n```",
                      "%s — code below. Any idea?\n```%s\n%s\n```"])
        return casual(r, s % (err, FENCE[L], code), 0.3)
    if t == 4:
        return casual(r, "How do I %s in %s?" % (fill(r, r.choice(TASK), S), L), 0.5)
    if t == 5:
        return "Write a %s function that %s.%s" % (L, fill(r, r.choice(SPEC), S), r.choice(["", " Include a couple of tests.", " Keep it dependency-free.", " Add type hints.", ""]))
    if t == 6:
        return "Refactor this to be more idiomatic %s:\n```%s\n%s\n```" % (L, FENCE[L], CODE[L](r))
    if t == 7:
        a, b = r.choice(PAIR[L])
        return casual(r, "What's the actual difference between %s and %s in %s? When would I pick one?" % (a, b, L), 0.4)
    if t == 8:
        return "Write %s tests for this:\n```%s\n%s\n```" % (TESTFW[L], FENCE[L], CODE[L](r))
    if t == 9:
        return casual(r, "Give me a regex for %s." % r.choice(REGEX_T), 0.5)
    if t == 10:
        return fill(r, r.choice(TOOLQ), S)
    if t == 11:
        return casual(r, "git question: %s. How do I fix it safely?" % fill(r, r.choice(GIT), S), 0.5)
    if t == 12:
        return "Using %s API, how do I %s? I followed the docs but I get %s." % (r.choice(API), r.choice(API_TASK), r.choice(STATUS))
    if t == 13:
        return fill(r, r.choice(CLEAN), S)
    if t == 14:
        return fill(r, r.choice(K8S), S)
    code = CODE[L](r)
    return "Review this and point out bugs or edge cases:\n```%s\n%s\n```" % (FENCE[L], code)


FOLLOW = ["that fixed it, but now I get `{err}`", "can you add type hints", "what if the list is empty?", "make it async",
          "is there a way without a third-party library?", "ok now write the test for it", "explain the third line",
          "doesn't compile: {err}", "can you make it faster? it's called a few million times", "what about thread safety?",
          "how would I do the same in {lang2}?", "ok that works, thanks. one more: how do I log the failures?",
          "can you show the full file instead of a snippet", "we're on an older version, {ver}, does that change anything?",
          "why not just use a dict?", "I can't change the function signature", "add docstrings please"]
FS = {"err": lambda r: r.choice(ERR[r.choice(list(ERR))]), "lang2": ["Go", "TypeScript", "Rust", "Java", "Python", "C#", "Kotlin"],
      "ver": ["Python 3.8", "Node 16", "Go 1.19", "Java 11", "Postgres 12", "React 17"]}


FOLLOW += ["the `{fn}` part still returns the wrong value for {case}", "how would you test the {case} case", "rename `{fn}` to something clearer",
           "it's slow when the input has {big} rows", "can you explain why `{fn}` needs the lock", "we use {fw} — does that change the approach?",
           "it passes locally but fails in CI with `{err}`", "can you split `{fn}` into smaller functions", "same thing but streaming",
           "what's the big-O of `{fn}`?", "the reviewer says `{fn}` is not idempotent, is that right?", "can we avoid the extra copy in `{fn}`?",
           "add logging around `{fn}` without making it noisy", "show me how to call `{fn}` from a CLI", "convert it to a class"]
FS.update({"fn": lambda r: ident(r, r.choice(["snake", "camel"])), "case": ["empty input", "unicode names", "duplicate keys", "negative numbers", "a null value",
           "very large files", "timezone-naive dates", "concurrent calls"], "big": ["100k", "2 million", "50 million", "10k"],
           "fw": ["FastAPI", "Django", "Express", "NestJS", "Spring", "Gin", "Axum", "Rails", "Laravel"]})
F_OPEN = ["", "", "", "ok ", "thanks, ", "hmm ", "wait, ", "also ", "nice. ", "one thing: ", "sorry, ", "follow-up: "]


def followup(r):
    return casual(r, r.choice(F_OPEN) + fill(r, r.choice(FOLLOW), FS), 0.5)


AGENT_ASK = ["add pagination to the /{n}s endpoint and update the tests", "figure out why test_{n}_flow is flaky",
             "bump {dep} to the latest version and fix whatever breaks", "add a --dry-run flag to the {n} import script",
             "the {n} export is slow for big accounts, profile it and suggest a fix", "write a migration that adds an index on {n}s.created_at",
             "rename {old} to {new} everywhere", "add structured logging to the {n} worker", "port the {n} parser from regex to a proper tokenizer",
             "set up a GitHub Actions workflow that runs lint and tests", "there's a memory leak in the {n} service, find it",
             "add input validation to the {n} form and show errors inline", "make the {n} sync idempotent", "write a README for this repo",
             "convert the callbacks in {n}_client.js to async/await", "add caching for the {n} lookup, invalidate on update"]
AS = {"n": NOUN, "dep": ["axios", "pydantic", "react-router", "sqlalchemy", "tokio", "express", "django", "spring-boot", "next"],
      "old": lambda r: ident(r), "new": lambda r: ident(r)}


def agent_ask(r):
    return casual(r, fill(r, r.choice(AGENT_ASK), AS), 0.45)


AGENT_TOOLS = [["read_file", "write_file", "edit_file", "bash", "glob", "grep"],
               ["read_file", "str_replace", "run_command", "list_dir", "search"],
               ["view", "create", "str_replace", "bash", "web_fetch"],
               ["shell", "apply_patch", "read", "find_files"]]
