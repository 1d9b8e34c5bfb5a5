"""Generation context, account records and session helpers shared by all groups."""

import json
import os

from common import (T0, T1, DAY, HOUR, MIN, IdGen, iso, mkrng, shape_of, lognorm_int, MODEL_NEW, MODEL_OLD,
                    RELEASE)
from world import World, Sink, toks
import text as T


class Ctx:
    def __init__(self, seed, scale, out):
        self.seed, self.scale, self.out = seed, scale, out
        self.mult = 3 if scale == "medium" else 1
        self.world = World(scale)
        self.ids = IdGen()
        self.accounts = []      # account records (dicts) + '_t'
        self.rerecords = []     # later records that replace earlier ones
        self.members = {}       # account_id -> (group, label, campaign, hard)
        self.campaigns = []     # dicts
        self.traffic = {}       # account_id -> events
        self.span = {}          # account_id -> [first, last] event time
        self.tmpdir = os.path.join(out, ".otw23_tmp")
        os.makedirs(self.tmpdir, exist_ok=True)
        self.tmpfiles = []
        self.group_stats = {}

    # ---- accounts -------------------------------------------------------
    def account(self, rng, group, label, hard, campaign, created, *, domain=None, local=None, pay=None,
                country=None, channel="standard", verified=False, org=None, aid=None):
        aid = aid or self.ids.acct(rng)
        rec = {"account_id": aid, "created_at": int(created)}
        if org:
            rec["org_id"] = org
        if domain:
            rec["email_domain"] = domain
        if local:
            rec["email_local_shape"] = shape_of(local)
        if pay:
            rec["payment_fingerprint"] = pay
        if country:
            rec["billing_country"] = country
        rec["signup_channel"] = channel
        rec["verified"] = bool(verified)
        self.accounts.append(rec)
        self.members[aid] = (group, label, campaign, hard)
        return aid

    def keys(self, rng, n=1):
        return [self.ids.key(rng) for _ in range(n)]

    def card(self, rng):
        return self.ids.card(rng)

    def campaign(self, name, group, successor_of=None, pivot_at=None):
        c = {"campaign": name, "group": group, "accounts": [], "successor_of": successor_of, "pivot_at": pivot_at}
        self.campaigns.append(c)
        return c

    # ---- events ---------------------------------------------------------
    def sink(self, tag):
        return Sink(tag)

    def flush(self, sink, group):
        rows = sink.rows
        rows.sort()
        path = os.path.join(self.tmpdir, "%04d.tsv" % len(self.tmpfiles))
        st = self.group_stats.setdefault(group, [0])
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for t, rid, line in rows:
                f.write("%d\t%s\t%s\n" % (t, rid, line))
        st[0] += len(rows)
        for aid, n in sink.acct_count.items():
            self.traffic[aid] = self.traffic.get(aid, 0) + n
        for aid, (a, b) in sink.span.items():
            sp = self.span.get(aid)
            if sp is None:
                self.span[aid] = [a, b]
            else:
                sp[0], sp[1] = min(sp[0], a), max(sp[1], b)
        self.tmpfiles.append(path)
        sink.rows = []


# --------------------------------------------------------------------------
# session helpers

def model_for(rng, t, p_new_after, ramp_h=0.0, base=MODEL_OLD, switch_at=None):
    """Model choice at time t: before the release always `base`; after, helios-3 with
    probability p_new_after (ramping linearly over ramp_h hours)."""
    if switch_at is not None:
        return MODEL_NEW if t >= switch_at and rng.random() < p_new_after else base
    if t < RELEASE:
        return base
    p = p_new_after
    if ramp_h > 0:
        p *= min(1.0, (t - RELEASE) / (ramp_h * HOUR))
    return MODEL_NEW if rng.random() < p else base


def out_tokens(rng, median, sigma=0.6, lo=5, hi=60000):
    return lognorm_int(rng, median, sigma, lo, hi)


def convo(sink, rng, acct, key, t, ip_fn, client_fn, model, first, out_med, n_follow, followup_fn, *,
          system=None, mt=None, think_p=0.0, think_med=800, image=False, gap=(25, 260)):
    """A human conversation: first prompt then follow-ups, turns 1, 3, 5, ..."""
    ctx = 0
    turns = 1
    prompt = first
    for i in range(1 + n_follow):
        o = out_tokens(rng, out_med)
        th = out_tokens(rng, think_med, 0.7) if rng.random() < think_p else None
        inp = toks(prompt) + toks(system) + ctx + (1400 if (image and i == 0) else 0) + 6
        sink.emit(acct, t, ip_fn(t), client_fn(t), model, prompt, key=key, system=system, turns=turns,
                  has_image=(image and i == 0), max_tokens=mt, in_tok=inp, out_tok=o, think=th)
        ctx = inp + o
        turns += 2
        t += int(rng.uniform(*gap) * 1000) + int(o * rng.uniform(15, 40))
        prompt = followup_fn(rng)
    return t


def agent_run(sink, rng, acct, key, t, ip, client, model, task, tools, steps, *, system=None, mt=8192,
              think_p=0.0, step_gap=(2, 25), interject=None, ctx0=2500, result_med=1200, obs=None):
    """An agent loop: first turn carries the task, later turns carry tool results: an empty prompt
    (structured tool results), or for home-grown loops the observation as text (obs='react')."""
    ctx = ctx0
    turns = 1
    for i in range(steps):
        last = (i == steps - 1)
        if i == 0:
            prompt = task
        elif interject and rng.random() < 0.08:
            prompt = interject(rng)
        elif obs == "react":
            prompt = "Observation: " + T.tool_output(rng)
        elif obs == "json":
            prompt = json.dumps({"tool_result": T.tool_output(rng)})
        else:
            prompt = ""
        tc = 0 if last else rng.choice([1, 1, 1, 2, 3])
        o = out_tokens(rng, 650 if last else 180, 0.6)
        th = out_tokens(rng, 400, 0.8) if rng.random() < think_p else None
        inp = ctx + toks(prompt) + toks(system) + 120 * len(tools)
        sink.emit(acct, t, ip(t) if callable(ip) else ip, client, model, prompt, key=key, system=system,
                  turns=turns, tools=tools, tool_calls=tc, max_tokens=mt, in_tok=inp, out_tok=o, think=th,
                  stop=("end_turn" if last else "tool_use"))
        ctx = inp + o + (out_tokens(rng, result_med, 0.9) if not last else 0)
        turns += 2
        t += int(rng.uniform(*step_gap) * 1000) + o * 12
    return t
