"""HTTP clients: user agents and TLS/HTTP fingerprints (JA4-style strings derived from the TLS stack).

A fingerprint belongs to a TLS stack, not to a person: every user of the same library build on the same
runtime presents the same one, which is how it is in real traffic.
"""
import hashlib

from common import pick, wpick


def ja4(stack):
    h = hashlib.sha256(stack.encode()).hexdigest()
    nc = 8 + int(h[0:2], 16) % 12
    ne = 9 + int(h[2:4], 16) % 8
    alpn = "h1" if stack.startswith(("requests", "urllib", "curl-h1", "okhttp3", "java")) else "h2"
    return "t13d%02d%02d%s_%s_%s" % (nc, ne, alpn, h[8:20], h[20:32])


class Client:
    __slots__ = ("ua", "fp", "name")

    def __init__(self, ua, stack, name=""):
        self.ua = ua
        self.fp = ja4(stack) if stack else None
        self.name = name


def _mk(ua, stack, name=""):
    return Client(ua, stack, name)


PY = ["3.10", "3.11", "3.12", "3.13"]

# SDKs and common libraries --------------------------------------------------------------
def py_sdk(r, old=False):
    v = pick(r, ["2.1.0", "2.2.0", "2.2.3", "2.3.0", "2.3.1"] if not old else ["1.14.2", "1.18.0", "1.21.4"])
    py = pick(r, PY)
    return _mk("vela-python/%s" % v, "httpx-openssl3-py%s" % py, "py_sdk")


def ts_sdk(r):
    v = pick(r, ["1.6.4", "1.7.0", "1.7.2", "1.8.0"])
    node = pick(r, ["20.18.1", "22.11.0", "22.12.0", "23.3.0"])
    return _mk("vela-typescript/%s node/%s" % (v, node), "undici-node%s" % node.split(".")[0], "ts_sdk")


def go_sdk(r):
    v = pick(r, ["0.9.1", "0.9.4", "0.10.0"])
    return _mk("vela-go/%s" % v, "go-crypto-tls-1.22", "go_sdk")


def java_sdk(r):
    v = pick(r, ["1.1.3", "1.2.0"])
    return _mk("vela-java/%s (OpenJDK 21)" % v, "java21-okhttp4", "java_sdk")


def openai_compat(r):
    v = pick(r, ["1.51.2", "1.54.3", "1.57.0", "1.58.1"])
    return _mk("OpenAI/Python %s" % v, "httpx-openssl3-py%s" % pick(r, PY), "openai_compat")


def litellm(r):
    return _mk("litellm/%s" % pick(r, ["1.52.6", "1.55.2", "1.56.4"]), "httpx-openssl3-py3.11", "litellm")


def langchain(r):
    return _mk("langchain-vela/%s vela-python/2.2.0" % pick(r, ["0.3.1", "0.3.4"]), "httpx-openssl3-py3.11", "langchain")


def requests_lib(r):
    return _mk("python-requests/%s" % pick(r, ["2.31.0", "2.32.3"]), "requests-urllib3-openssl3", "requests")


def aiohttp_lib(r):
    return _mk("Python/3.11 aiohttp/%s" % pick(r, ["3.9.5", "3.10.10", "3.11.9"]), "aiohttp-openssl3", "aiohttp")


def curl(r):
    v = pick(r, ["7.81.0", "8.5.0", "8.7.1", "8.11.0"])
    return _mk("curl/%s" % v, "curl-openssl-%s" % v[:1], "curl")


def go_http(r):
    return _mk("Go-http-client/2.0", "go-crypto-tls-1.23", "go_http")


def axios(r):
    return _mk("axios/%s" % pick(r, ["1.6.8", "1.7.7", "1.7.9"]), "undici-node20", "axios")


def okhttp(r):
    return _mk("okhttp/4.12.0", "okhttp3-android14", "okhttp")


def dotnet(r):
    return _mk("vela-dotnet/0.4.2 (.NET 8.0.11)", "schannel-dotnet8", "dotnet")


def rust_reqwest(r):
    return _mk("reqwest/0.12.9", "rustls-0.23", "reqwest")


def postman(r):
    return _mk("PostmanRuntime/7.%d.%d" % (r.randint(39, 43), r.randint(0, 3)), "postman-electron", "postman")


# browsers (console / workbench / browser-based BYOK frontends) --------------------------------
CHROME = ["131.0.0.0", "132.0.0.0", "133.0.0.0", "134.0.0.0", "135.0.0.0"]


def browser(r):
    k = wpick(r, ["win_chrome", "mac_chrome", "mac_safari", "win_edge", "linux_firefox", "win_firefox", "android", "iphone"],
              [30, 22, 12, 8, 4, 5, 9, 10])
    if k == "win_chrome":
        v = pick(r, CHROME)
        return _mk("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % v, "chrome-%s" % v[:3], "browser")
    if k == "mac_chrome":
        v = pick(r, CHROME)
        return _mk("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % v, "chrome-%s" % v[:3], "browser")
    if k == "mac_safari":
        v = pick(r, ["17.6", "18.2", "18.3", "18.4"])
        return _mk("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15" % v, "safari-%s" % v, "browser")
    if k == "win_edge":
        v = pick(r, CHROME)
        return _mk("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s" % (v, v), "chrome-%s" % v[:3], "browser")
    if k == "linux_firefox":
        v = pick(r, ["133.0", "135.0", "136.0", "137.0"])
        return _mk("Mozilla/5.0 (X11; Linux x86_64; rv:%s) Gecko/20100101 Firefox/%s" % (v, v), "firefox-%s" % v, "browser")
    if k == "win_firefox":
        v = pick(r, ["133.0", "135.0", "136.0", "137.0"])
        return _mk("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%s) Gecko/20100101 Firefox/%s" % (v, v), "firefox-%s" % v, "browser")
    if k == "android":
        v = pick(r, CHROME)
        m = pick(r, ["SM-S918B", "Pixel 8", "Pixel 7a", "SM-A546E", "22101316G", "CPH2581"])
        return _mk("Mozilla/5.0 (Linux; Android 14; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Mobile Safari/537.36" % (m, v), "chrome-android-%s" % v[:3], "browser")
    v = pick(r, ["17_6", "18_2", "18_3_2", "18_4"])
    return _mk("Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1" % (v, v.replace("_", ".")[:4]), "safari-ios-%s" % v[:2], "browser")


def chat_frontend(r):
    """Third-party bring-your-own-key chat frontends run in the browser or as desktop apps."""
    k = pick(r, ["desk", "web", "web", "cli", "mobile"])
    if k == "desk":
        v = pick(r, ["0.9.14", "0.10.2", "0.10.5"])
        return _mk("Chatboard/%s Electron/33.2.1" % v, "chrome-electron-33", "frontend")
    if k == "web":
        return browser(r)
    if k == "cli":
        return _mk("llm-cli/%s vela-python/2.2.0" % pick(r, ["0.19", "0.20", "0.21"]), "httpx-openssl3-py3.12", "frontend")
    return _mk("PocketChat/%s (iOS 18.3; iPhone15,3)" % pick(r, ["2.4.0", "2.5.1"]), "ios-urlsession-18", "frontend")


def ide_agent(r):
    k = pick(r, ["vscode", "vscode", "jetbrains", "cli", "zed"])
    if k == "vscode":
        v = pick(r, ["1.2.10", "1.3.2", "1.3.5"])
        return _mk("codepilot-vscode/%s (VS Code 1.99.1; darwin)" % v, "undici-node20", "ide")
    if k == "jetbrains":
        return _mk("codepilot-jetbrains/0.8.%d (IntelliJ IDEA 2025.1)" % r.randint(1, 6), "java21-okhttp4", "ide")
    if k == "zed":
        return _mk("Zed/0.181.%d" % r.randint(0, 5), "rustls-0.23", "ide")
    return _mk("vela-cli/%s (node 22.12.0)" % pick(r, ["1.4.2", "1.5.0", "1.5.3"]), "undici-node22", "ide")


def backend(r):
    """What an app backend typically uses."""
    return wpick(r, [py_sdk, ts_sdk, go_sdk, java_sdk, openai_compat, litellm, requests_lib, axios, dotnet, rust_reqwest, go_http],
                 [30, 22, 8, 5, 10, 6, 6, 5, 4, 2, 5])(r)


def dev_client(r):
    return wpick(r, [py_sdk, ts_sdk, go_sdk, openai_compat, curl, ide_agent, postman, langchain, requests_lib, rust_reqwest],
                 [28, 16, 4, 8, 5, 24, 3, 4, 5, 2])(r)


# named clients of specific products in this world ----------------------------------------------
def relaykit(r, v=None):
    v = v or pick(r, ["0.14.0", "0.14.2", "0.14.2", "0.14.3"])
    py = pick(r, ["3.11", "3.12"])
    return _mk("relaykit/%s (python %s; vela-python 2.3.1)" % (v, py), "httpx-openssl3-py%s" % py, "relaykit")


def quire_desktop(r):
    osn = pick(r, ["Macintosh; macOS 14.7", "Macintosh; macOS 15.3", "Windows NT 10.0", "Windows NT 10.0", "X11; Linux"])
    return _mk("Quire/3.2.%d (%s) vela-typescript/1.7.2" % (r.randint(0, 2), osn), "chrome-electron-32", "quire_desk")


QUIRE_CLOUD = Client("quire-cloud-runner/2026.04.1 vela-python/2.2.0", "httpx-openssl3-py3.11", "quire_cloud")
