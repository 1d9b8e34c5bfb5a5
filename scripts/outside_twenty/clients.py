"""Client stacks: user agents and TLS fingerprints.

A fingerprint belongs to the TLS stack (language runtime + TLS library), not to the user agent, so many user agents
share a fingerprint and a spoofed user agent keeps its real stack's fingerprint. Fingerprints are derived from the
stack name with sha256, so they are the same in every run (as real JA4 values are the same everywhere).
"""
import hashlib


def ja4(stack):
    h = hashlib.sha256(stack.encode()).hexdigest()
    ciphers = 8 + int(h[0:2], 16) % 12
    exts = 10 + int(h[2:4], 16) % 9
    alpn = "h2" if int(h[4], 16) % 5 else "h1"
    return "t13d%02d%02d%s_%s_%s" % (ciphers, exts, alpn, h[8:20], h[20:32])


STACKS = {
    "py312-openssl3": ja4("py312-openssl3"),
    "py310-openssl3": ja4("py310-openssl3"),
    "py39-openssl11": ja4("py39-openssl11"),
    "py311-aiohttp": ja4("py311-aiohttp"),
    "node20-undici": ja4("node20-undici"),
    "node18-undici": ja4("node18-undici"),
    "bun": ja4("bun-1"),
    "go122": ja4("go122-crypto-tls"),
    "jvm-okhttp": ja4("jvm-okhttp4"),
    "dotnet8": ja4("dotnet8-schannel"),
    "rust-rustls": ja4("rust-rustls-0.23"),
    "curl-openssl3": ja4("curl-8-openssl3"),
    "chrome": ja4("chrome-130-boringssl"),
    "safari": ja4("safari-18-macos"),
    "firefox": ja4("firefox-132-nss"),
    "electron": ja4("electron-32-boringssl"),
    "ios-cfnetwork": ja4("ios-18-cfnetwork"),
    "android-okhttp": ja4("android-okhttp-4.12"),
    "gfe-appscript": ja4("google-frontend-appscript"),
    "php-curl": ja4("php83-curl-openssl3"),
    "ruby-net": ja4("ruby33-net-http"),
    "py38-openssl111-custom": ja4("py38-openssl111k-static-build"),
}

CHROME_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
             "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
             "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0"]
SAFARI_UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]
FIREFOX_UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
              "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"]

PY_SDK = [("1.9.0", 10), ("1.8.2", 34), ("1.8.1", 18), ("1.8.0", 10), ("1.7.4", 14), ("1.7.1", 5), ("1.6.0", 3),
          ("1.5.2", 6)]
TS_SDK = [("2.6.1", 35), ("2.6.0", 20), ("2.5.3", 25), ("2.4.0", 12), ("2.2.1", 8)]
GO_SDK = [("0.9.4", 50), ("0.9.2", 30), ("0.8.0", 20)]
CODE_CLI = [("2.1.14", 30), ("2.1.12", 25), ("2.1.9", 20), ("2.0.31", 15), ("1.9.8", 10)]


def _pick(r, pairs):
    return r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def make(r, kind):
    """A (user_agent, fingerprint) pair of the given client family."""
    if kind == "py":
        v = _pick(r, PY_SDK)
        st = r.choice(["py312-openssl3", "py312-openssl3", "py310-openssl3", "py39-openssl11"])
        return ("orrery-python/" + v, STACKS[st])
    if kind == "py-async":
        v = _pick(r, PY_SDK)
        return ("orrery-python/%s async:asyncio" % v, STACKS["py311-aiohttp"])
    if kind == "ts":
        v = _pick(r, TS_SDK)
        return ("orrery-ts/%s node/%s" % (v, r.choice(["20.18.0", "22.11.0", "18.20.4"])),
                STACKS[r.choice(["node20-undici", "node20-undici", "node18-undici"])])
    if kind == "go":
        return ("orrery-go/" + _pick(r, GO_SDK), STACKS["go122"])
    if kind == "java":
        return ("orrery-java/0.7.%d okhttp/4.12.0" % r.randint(0, 3), STACKS["jvm-okhttp"])
    if kind == "dotnet":
        return ("Orrery.SDK/1.%d.0 (.NET 8.0)" % r.randint(2, 4), STACKS["dotnet8"])
    if kind == "rust":
        return ("orrery-rs/0.%d.%d reqwest/0.12" % (r.randint(3, 5), r.randint(0, 9)), STACKS["rust-rustls"])
    if kind == "curl":
        return ("curl/%s" % r.choice(["8.5.0", "8.7.1", "7.81.0", "8.10.1"]), STACKS["curl-openssl3"])
    if kind == "httpx":
        return ("python-httpx/0.27.%d" % r.randint(0, 2), STACKS[r.choice(["py312-openssl3", "py310-openssl3"])])
    if kind == "requests":
        return ("python-requests/2.%d.%d" % (r.choice([31, 32]), r.randint(0, 3)),
                STACKS[r.choice(["py312-openssl3", "py310-openssl3", "py39-openssl11"])])
    if kind == "langchain":
        return ("langchain-orrery/0.3.%d orrery-python/%s" % (r.randint(1, 9), _pick(r, PY_SDK)),
                STACKS[r.choice(["py312-openssl3", "py310-openssl3"])])
    if kind == "llamaindex":
        return ("llama-index-llms-orrery/0.4.%d orrery-python/%s" % (r.randint(0, 5), _pick(r, PY_SDK)),
                STACKS["py312-openssl3"])
    if kind == "openai-compat":
        return ("OpenAI/Python 1.%d.0" % r.randint(50, 56), STACKS[r.choice(["py312-openssl3", "py310-openssl3"])])
    if kind == "cli":
        return ("orrery-code/%s (external, cli)" % _pick(r, CODE_CLI), STACKS["node20-undici"])
    if kind == "ide":
        ed = r.choice(["vscode/1.95.3", "vscode/1.94.2", "cursor/0.42.5", "jetbrains/2024.2.4"])
        return ("orrery-ide/3.%d.%d (%s)" % (r.randint(0, 4), r.randint(0, 20), ed),
                STACKS["electron"] if not ed.startswith("jetbrains") else STACKS["jvm-okhttp"])
    if kind == "desktop-chat":
        app = r.choice(["Chatbox/1.9.%d" % r.randint(0, 8), "Jan/0.5.%d" % r.randint(4, 9),
                        "LibreChat/0.7.%d" % r.randint(5, 8), "Msty/1.%d.0" % r.randint(2, 4)])
        return ("Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) %s Chrome/128.0.6613.186 Electron/32.2.0 Safari/537.36"
                % (r.choice(["Macintosh; Intel Mac OS X 10_15_7", "Windows NT 10.0; Win64; x64", "X11; Linux x86_64"]),
                   app), STACKS["electron"])
    if kind == "browser":
        x = r.random()
        if x < 0.65:
            return (r.choice(CHROME_UA), STACKS["chrome"])
        if x < 0.85:
            return (r.choice(SAFARI_UA), STACKS["safari"])
        return (r.choice(FIREFOX_UA), STACKS["firefox"])
    if kind == "ios":
        app = r.choice(["Pocketmind", "AskPal", "ChatDeck", "Quillio"])
        return ("%s/%d.%d.%d CFNetwork/1568.200.51 Darwin/24.1.0" % (app, r.randint(2, 5), r.randint(0, 9),
                                                                      r.randint(0, 5)), STACKS["ios-cfnetwork"])
    if kind == "android":
        app = r.choice(["pocketmind", "askpal", "chatdeck"])
        return ("%s-android/%d.%d.%d okhttp/4.12.0" % (app, r.randint(2, 5), r.randint(0, 9), r.randint(0, 5)),
                STACKS["android-okhttp"])
    if kind == "php":
        return ("orrery-php/0.4.%d (PHP 8.3)" % r.randint(0, 3), STACKS["php-curl"])
    if kind == "ruby":
        return ("orrery-ruby/0.3.%d" % r.randint(0, 2), STACKS["ruby-net"])
    if kind == "bun":
        return ("orrery-ts/%s bun/1.1.%d" % (_pick(r, TS_SDK), r.randint(20, 34)), STACKS["bun"])
    raise KeyError(kind)


PERSONAL = [("browser", 30), ("desktop-chat", 22), ("ios", 16), ("android", 12), ("py", 10), ("ts", 4),
            ("openai-compat", 3), ("curl", 1)]
DEVELOPER = [("py", 28), ("cli", 22), ("ide", 16), ("ts", 12), ("curl", 4), ("go", 3), ("langchain", 5),
             ("openai-compat", 4), ("httpx", 3), ("rust", 1), ("llamaindex", 2)]
BACKEND = [("py", 30), ("ts", 22), ("py-async", 8), ("go", 8), ("java", 7), ("langchain", 7), ("dotnet", 5),
           ("php", 4), ("ruby", 3), ("rust", 2), ("bun", 2), ("openai-compat", 2)]


def personal(r):
    return make(r, _pick(r, PERSONAL))


def developer(r):
    return make(r, _pick(r, DEVELOPER))


def backend(r):
    return make(r, _pick(r, BACKEND))
