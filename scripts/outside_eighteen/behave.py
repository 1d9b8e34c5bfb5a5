"""Behaviour helpers shared by the populations: answer sizes, model choice, chat sessions, agent loops."""
import math

from common import DAY, HOUR, MIN, SEC, T0, T_END, DAYS, RELEASE, NEW_MODEL, otok, pick, wpick, at_local, weekday

# kind -> (median visible output tokens, sigma)
OUT = {"chat": (170, 0.65), "explain": (420, 0.5), "reason": (620, 0.5), "long": (850, 0.45), "rewrite": (330, 0.5),
       "code": (620, 0.55), "gen": (700, 0.5), "gen_short": (170, 0.35), "summary": (380, 0.4), "json": (110, 0.3),
       "code_short": (80, 0.4), "label": (3, 0.4), "agent_step": (160, 0.7), "agent_final": (420, 0.5)}

MODEL_MIX = (["vela-4", "vela-4-mini", "vela-4-20251118", "vela-3.5", "vela-3.5-mini"], [55, 20, 8, 10, 7])


def out_for(r, kind):
    m, s = OUT[kind]
    return otok(r, m, s)


def model_profile(r, adopt_p=0.25, adopt_delay_days=3.0):
    """An account's model habits: a usual model and maybe a moment it starts trying the new release."""
    base = wpick(r, *MODEL_MIX)
    adopt = None
    if r.random() < adopt_p:
        adopt = RELEASE + int(r.expovariate(1.0 / adopt_delay_days) * DAY) + int(r.random() * 6 * HOUR)
    share = 0.3 + r.random() * 0.6
    return (base, adopt, share)


def model_at(r, prof, ts):
    base, adopt, share = prof
    if adopt is not None and ts >= adopt and r.random() < share:
        return NEW_MODEL
    return base


def active_days(r, p, weekend_factor=1.0, days=DAYS):
    out = []
    for d in range(days):
        q = p * (weekend_factor if weekday(d) >= 5 else 1.0)
        if r.random() < q:
            out.append(d)
    return out


def chat_session(w, a, r, t, place, cl, key, prof, first_prompt, kind, follow, *, system=None, max_tokens=None,
                 p_more=0.45, max_turns=9, think_p=0.0, gap=(25, 400), hist0=0, img=False):
    """A conversation: a first prompt then follow-ups, each with the growing history billed as input."""
    ip = place.ip(t, r)
    turns = 1
    hist = hist0
    prompt = first_prompt
    n = 0
    while True:
        model = model_at(r, prof, t)
        think = 0
        if think_p and r.random() < think_p and not model.endswith("mini"):
            think = otok(r, 1400, 0.8, 200, 24000)
        o = out_for(r, kind)
        got = w.emit(a, t, ip, model, prompt, cl=cl, key=key, system=system, turns=turns, max_tokens=max_tokens,
                     out=o, think=think, hist=hist, img=img and turns == 1)
        n += 1
        if got < 0:
            break
        hist += len(prompt) // 4 + got
        turns += 2
        if turns > max_turns or r.random() > p_more:
            break
        t += int((gap[0] + r.random() * (gap[1] - gap[0])) * SEC + o * 40)
        prompt = follow(r)
    return t


def agent_loop(w, a, r, t, ip, cl, key, model, task, *, system, tools, steps, max_tokens=8192, think_med=0, hist0=1500,
               step_gap=(3, 25), final_kind="agent_final", tool_prompt=""):
    """A tool-using loop: the task, then pure tool-result turns (empty prompt), ending in a final answer."""
    hist = hist0
    turns = 1
    prompt = task
    for i in range(steps):
        last = i == steps - 1
        o = out_for(r, final_kind if last else "agent_step")
        think = otok(r, think_med, 0.6, 50, 30000) if think_med else 0
        tc = 0 if last else (1 if r.random() < 0.85 else 2)
        got = w.emit(a, t, ip, model, prompt, cl=cl, key=key, system=system, turns=turns, tools=tools, tool_calls=tc,
                     max_tokens=max_tokens, out=o, think=think, hist=hist)
        if got < 0:
            return t
        hist += got + (200 + int(r.random() * 2500) if not last else 0)
        turns += 2
        t += int((step_gap[0] + r.random() * (step_gap[1] - step_gap[0])) * SEC + o * 25)
        prompt = tool_prompt
    return t


def poisson_times(r, d, tz, curve, n):
    return sorted(at_local(r, d, tz, curve) for _ in range(n))


def pois(r, lam):
    """Poisson draw (Knuth for small, normal approximation for large)."""
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L = math.exp(-lam)
    k = 0
    p = 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1
