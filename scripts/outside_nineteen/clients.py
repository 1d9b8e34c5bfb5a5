"""Client stacks: user agents and TLS fingerprints.

The fingerprint is a JA4-shaped string derived from the TLS stack only, so every client built on the same stack
shares it (all Chromium-based browsers and Electron apps look alike, every python-httpx client looks alike).
"""
import hashlib

_PREFIX = {
    "chromium": "t13d1516h2", "firefox": "t13d1715h2", "safari": "t13d2014h2", "ios_nsurl": "t13d2013h2",
    "py_httpx": "t13d1812h2", "py_httpx_ossl11": "t13d1811h2", "py_requests": "t13d1710h1", "py_aiohttp": "t13d1712h1",
    "node_undici": "t13d1613h2", "node18_undici": "t13d1612h2", "go_nethttp": "t13d1310h2", "rust_rustls": "t13d0912h2",
    "java_okhttp": "t13d1812h2", "dotnet": "t13d1910h2", "curl_ossl3": "t13d3113h2", "ruby_nethttp": "t13d1710h1",
    "android_okhttp": "t13d1713h2", "zscaler": "t13d1911h1", "php_curl": "t13d3112h1",
}


def fp(stack):
    h = hashlib.sha256(("o19-tls|" + stack).encode()).hexdigest()
    return "%s_%s_%s" % (_PREFIX[stack], h[:12], h[20:32])


def chrome_ua(rng, os_=None):
    v = rng.choice([154, 155, 155, 156, 156, 156, 153])
    os_ = os_ or rng.choices(["win", "mac", "linux", "cros"], weights=[55, 33, 8, 4])[0]
    plat = {"win": "Windows NT 10.0; Win64; x64", "mac": "Macintosh; Intel Mac OS X 10_15_7",
            "linux": "X11; Linux x86_64", "cros": "X11; CrOS x86_64 16181.61.0"}[os_]
    ua = "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % (plat, v)
    if rng.random() < 0.12 and os_ == "win":
        ua += " Edg/%d.0.0.0" % v
    return ua


def firefox_ua(rng):
    v = rng.choice([155, 156, 157, 157, 140])
    plat = rng.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15", "X11; Ubuntu; Linux x86_64"])
    return "Mozilla/5.0 (%s; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (plat, v, v)


def safari_ua(rng, mobile=None):
    ver = rng.choice(["27.0", "27.0.1", "26.6", "27.0"])
    if mobile is None:
        mobile = rng.random() < 0.5
    if mobile:
        dev = rng.choice(["iPhone; CPU iPhone OS 19_0 like Mac OS X", "iPhone; CPU iPhone OS 18_7 like Mac OS X",
                          "iPad; CPU OS 19_0 like Mac OS X"])
        return "Mozilla/5.0 (%s) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1" % (dev, ver)
    return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15" % ver


def android_ua(rng):
    m = rng.choice(["SM-S928B", "Pixel 9", "Pixel 10 Pro", "SM-A556E", "2312DRA50G", "CPH2581", "moto g85 5G"])
    return "Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36" % (
        rng.choice([14, 15, 16]), m, rng.choice([155, 156]))


def py_sdk(rng):
    return "tessera-python/1.%d.%d" % (rng.choice([17, 18, 19, 19, 20, 20, 21]), rng.randint(0, 4))


def node_sdk(rng):
    return "tessera-node/0.%d.%d" % (rng.choice([40, 41, 42, 42, 43]), rng.randint(0, 6))


def cli_ua(rng):
    return "tessera-code/2.%d.%d (external, cli)" % (rng.choice([1, 2, 2, 3, 3, 3]), rng.randint(0, 14))


class Client:
    """A fixed (user_agent, fingerprint) pair with a label, chosen once per actor or device."""
    __slots__ = ("kind", "ua", "fp")

    def __init__(self, kind, ua, fp_):
        self.kind, self.ua, self.fp = kind, ua, fp_


def make(rng, kind):
    """kind: console_chrome, console_firefox, console_safari, desktop_app, mobile_ios, mobile_android, py_sdk,
    py_sdk_old, node_sdk, cli, ide, curl, requests, go, rust, java, dotnet, php, ruby, aiohttp"""
    if kind == "console_chrome":
        return Client(kind, chrome_ua(rng), fp("chromium"))
    if kind == "console_firefox":
        return Client(kind, firefox_ua(rng), fp("firefox"))
    if kind == "console_safari":
        return Client(kind, safari_ua(rng, mobile=False), fp("safari"))
    if kind == "desktop_app":
        app = rng.choice(["ChatBox/1.%d.%d" % (rng.randint(14, 19), rng.randint(0, 9)),
                          "Msty/1.%d.%d" % (rng.randint(8, 11), rng.randint(0, 5)),
                          "Jan/0.%d.%d" % (rng.randint(7, 9), rng.randint(0, 9)),
                          "BoltAI/2.%d.%d" % (rng.randint(1, 4), rng.randint(0, 9))])
        return Client(kind, "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) %s Chrome/%d.0.0.0 Electron/%d.0.0 Safari/537.36" % (
            rng.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7"]), app,
            rng.choice([150, 152, 154]), rng.choice([38, 39, 40])), fp("chromium"))
    if kind == "mobile_ios":
        app = rng.choice(["Pocketchat", "Mindbloom", "AskAnything", "Quillpad", "Tessa Chat"])
        return Client(kind, "%s/%d.%d.%d (iPhone; iOS %s; Scale/3.00)" % (
            app, rng.randint(1, 6), rng.randint(0, 12), rng.randint(0, 9), rng.choice(["19.0", "18.7", "19.0.1"])), fp("ios_nsurl"))
    if kind == "mobile_android":
        return Client(kind, "okhttp/%s" % rng.choice(["4.12.0", "5.0.0", "4.11.0"]), fp("android_okhttp"))
    if kind == "py_sdk":
        return Client(kind, py_sdk(rng), fp("py_httpx"))
    if kind == "py_sdk_old":
        return Client(kind, py_sdk(rng), fp("py_httpx_ossl11"))
    if kind == "node_sdk":
        return Client(kind, node_sdk(rng), fp(rng.choice(["node_undici", "node_undici", "node18_undici"])))
    if kind == "cli":
        return Client(kind, cli_ua(rng), fp("node_undici"))
    if kind == "ide":
        return Client(kind, "tessera-vscode/1.%d.%d" % (rng.randint(8, 12), rng.randint(0, 30)), fp("node_undici"))
    if kind == "curl":
        return Client(kind, "curl/8.%d.%d" % (rng.randint(5, 12), rng.randint(0, 1)), fp("curl_ossl3"))
    if kind == "requests":
        return Client(kind, "python-requests/2.32.%d" % rng.randint(3, 5), fp("py_requests"))
    if kind == "aiohttp":
        return Client(kind, "Python/3.%d aiohttp/3.%d.%d" % (rng.choice([11, 12, 13]), rng.randint(10, 12), rng.randint(0, 9)), fp("py_aiohttp"))
    if kind == "go":
        return Client(kind, "Go-http-client/2.0", fp("go_nethttp"))
    if kind == "rust":
        return Client(kind, "", fp("rust_rustls"))
    if kind == "java":
        return Client(kind, "okhttp/4.12.0", fp("java_okhttp"))
    if kind == "dotnet":
        return Client(kind, "tessera-dotnet/0.%d.%d" % (rng.randint(8, 11), rng.randint(0, 5)), fp("dotnet"))
    if kind == "php":
        return Client(kind, "GuzzleHttp/7", fp("php_curl"))
    if kind == "ruby":
        return Client(kind, "Faraday v2.%d.%d" % (rng.randint(10, 13), rng.randint(0, 3)), fp("ruby_nethttp"))
    raise KeyError(kind)


def consumer_client(rng):
    k = rng.choices(["console_chrome", "console_firefox", "console_safari", "desktop_app", "mobile_ios", "mobile_android",
                     "py_sdk", "requests", "node_sdk"], weights=[30, 6, 7, 20, 12, 6, 11, 5, 3])[0]
    return make(rng, k)


def dev_client(rng):
    k = rng.choices(["py_sdk", "py_sdk_old", "node_sdk", "cli", "ide", "curl", "requests", "go", "console_chrome", "rust",
                     "java", "dotnet", "ruby", "aiohttp"],
                    weights=[26, 4, 14, 22, 8, 3, 4, 4, 6, 2, 2, 2, 1, 2])[0]
    return make(rng, k)


def backend_client(rng):
    k = rng.choices(["py_sdk", "node_sdk", "go", "java", "rust", "dotnet", "php", "ruby", "requests", "aiohttp"],
                    weights=[30, 24, 10, 7, 4, 5, 6, 3, 6, 5])[0]
    return make(rng, k)
