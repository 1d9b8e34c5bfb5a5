#!/usr/bin/env python3
"""Outside-view test traffic for distillguard: a small "public labelled data set".

Written from a threat description only (see README.md in this directory); the
author did not read the detector, the simulator's code, the holdout scripts or
the reason/scenario docs.  Python 3 standard library only, deterministic for a
given --seed.

    python3 gen.py --seed 1 --out /tmp/os1                 # all events in one second
    python3 gen.py --seed 1 --out /tmp/os1s --variant spread   # same traffic over 3 days
    python3 gen.py --seed 1 --out /tmp/os1a --with-accounts    # also accounts.jsonl
"""

import argparse
import datetime as dt
import json
import math
import os
import random
import string

# --------------------------------------------------------------------------
# Networks
# --------------------------------------------------------------------------

# Hosting /24s (cidr prefix, asn, org, country). Attack campaign c draws its
# rotation pool from HOSTING[3c:3c+3] plus, now and then, one shared spare.
HOSTING = [
    ("45.77.12", 20473, "The Constant Company, LLC", "US"),
    ("45.77.140", 20473, "The Constant Company, LLC", "US"),
    ("149.28.33", 20473, "The Constant Company, LLC", "US"),
    ("104.248.52", 14061, "DigitalOcean, LLC", "NL"),
    ("167.99.210", 14061, "DigitalOcean, LLC", "DE"),
    ("159.65.140", 14061, "DigitalOcean, LLC", "IN"),
    ("5.161.88", 213230, "Hetzner Online GmbH", "US"),
    ("95.217.40", 24940, "Hetzner Online GmbH", "FI"),
    ("65.108.70", 24940, "Hetzner Online GmbH", "FI"),
    ("51.158.99", 12876, "Scaleway S.A.S.", "FR"),
    ("163.172.64", 12876, "Scaleway S.A.S.", "FR"),
    ("212.47.230", 12876, "Scaleway S.A.S.", "FR"),
    ("139.162.33", 63949, "Akamai Connected Cloud", "JP"),
    ("172.105.90", 63949, "Akamai Connected Cloud", "SG"),
    ("146.190.10", 14061, "DigitalOcean, LLC", "US"),
]
HOSTING_SPARE = [
    ("3.101.40", 16509, "Amazon.com, Inc.", "US"),
    ("34.125.18", 396982, "Google LLC", "US"),
]

# Residential ISP /16s (prefix, asn, org, country, utc offset hours).
ISPS = [
    ("73.140", 7922, "Comcast Cable Communications, LLC", "US", -5),
    ("98.210", 7922, "Comcast Cable Communications, LLC", "US", -8),
    ("71.190", 701, "Verizon Business", "US", -5),
    ("174.90", 812, "Rogers Communications Canada Inc.", "CA", -5),
    ("86.150", 2856, "British Telecommunications PLC", "GB", 0),
    ("79.200", 3320, "Deutsche Telekom AG", "DE", 1),
    ("90.60", 3215, "Orange S.A.", "FR", 1),
    ("83.52", 3352, "Telefonica de Espana S.A.U.", "ES", 1),
    ("93.40", 12874, "Fastweb SpA", "IT", 1),
    ("189.100", 28573, "Claro NXT Telecomunicacoes Ltda", "BR", -3),
    ("122.160", 24560, "Bharti Airtel Ltd.", "IN", 5),
    ("126.100", 17676, "SoftBank Corp.", "JP", 9),
    ("49.180", 1221, "Telstra Limited", "AU", 10),
    ("84.24", 1136, "KPN B.V.", "NL", 1),
    ("81.230", 3301, "Telia Company AB", "SE", 1),
]

ATTACK_UA = "python-requests/2.31.0"
ATTACK_FP = "t13d1516h2_8daaf6152771_02713d6af862"
BENIGN_UA = "OpenAI/Python 1.40.6"
BENIGN_FP = "t13d1715h2_5b57614c22b0_3d5424432f57"

MODELS = ("orion-large", "orion-mini")
RELEASES = [("orion-large", "2025-06-10T00:00:00.000Z"), ("orion-mini", "2025-06-10T00:00:00.000Z")]

# --------------------------------------------------------------------------
# Fillers
# --------------------------------------------------------------------------

NAMES = ["Alice", "Bob", "Chen", "Dana", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kemi", "Luca", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tariq"]
ITEMS = ["apples", "pencils", "marbles", "notebooks", "tickets", "cupcakes", "bolts", "stamps",
         "oranges", "books", "coins", "tiles"]
CITIES = ["Lisbon", "Kyoto", "Denver", "Cape Town", "Oslo", "Hanoi", "Montreal", "Seville",
          "Edinburgh", "Buenos Aires", "Istanbul", "Melbourne"]
LANGS = ["Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C#", "SQL", "Bash", "Kotlin"]

# --------------------------------------------------------------------------
# Attack prompts: problem templates x "show your reasoning" instructions
# --------------------------------------------------------------------------


def _n(r, a, b):
    return r.randint(a, b)


def _problems():
    P = []
    add = P.append
    add(lambda r: f"A train leaves {r.choice(CITIES)} at {_n(r,6,11)}:{r.choice(['00','15','30','45'])} travelling at {_n(r,50,120)} km/h. A second train leaves the same station {_n(r,1,3)} hours later at {_n(r,90,160)} km/h on the same track. When does the second train catch the first?")
    add(lambda r: f"{r.choice(NAMES)} has {_n(r,20,90)} {r.choice(ITEMS)}. She gives away {_n(r,2,9)}/{_n(r,10,12)} of them and then buys {_n(r,3,30)} more. How many does she have now?")
    add(lambda r: f"Solve for x: {_n(r,2,9)}x + {_n(r,3,40)} = {_n(r,2,7)}x - {_n(r,5,60)}.")
    add(lambda r: f"Find all real solutions of x^2 - {_n(r,2,15)}x + {_n(r,1,30)} = 0.")
    add(lambda r: f"A rectangle has a perimeter of {2*_n(r,20,80)} cm and its length is {_n(r,2,5)} cm more than twice its width. What is its area?")
    add(lambda r: f"How many ways can {_n(r,5,9)} people sit around a round table if {r.choice(NAMES)} and {r.choice(NAMES)} refuse to sit next to each other?")
    add(lambda r: f"A bag contains {_n(r,3,9)} red, {_n(r,2,8)} blue and {_n(r,1,6)} green balls. Two are drawn without replacement. What is the probability they are the same colour?")
    add(lambda r: f"What is the remainder when {_n(r,2,9)}^{_n(r,50,400)} is divided by {r.choice([7,11,13,17,19])}?")
    add(lambda r: f"On an island, knights always tell the truth and knaves always lie. {r.choice(NAMES)} says: 'At least one of us is a knave.' {r.choice(NAMES)} says nothing. What are they?")
    add(lambda r: f"Pipe A fills a tank in {_n(r,3,12)} hours and pipe B drains it in {_n(r,13,24)} hours. If both are open, how long until the empty tank is full?")
    add(lambda r: f"An investment of ${_n(r,10,90)*100} earns {_n(r,2,9)}% interest compounded {r.choice(['monthly','quarterly','annually'])}. What is it worth after {_n(r,3,15)} years?")
    add(lambda r: f"{r.choice(NAMES)} is {_n(r,2,6)} times as old as her son. In {_n(r,8,20)} years she will be twice as old as him. How old are they now?")
    add(lambda r: f"Prove that the sum of the first {r.choice(['n', 'n odd'])} {r.choice(['odd numbers','positive integers','cubes'])} has a closed form, and find it.")
    add(lambda r: f"A ladder {_n(r,5,13)} m long leans against a wall with its foot {_n(r,1,4)} m from the wall. The foot slides out at {_n(r,1,3)/10:.1f} m/s. How fast is the top sliding down when the foot is {_n(r,2,4)} m out?")
    add(lambda r: f"Five houses in a row are painted different colours. The {r.choice(['red','blue','green'])} house is immediately left of the white one, the owner of the {r.choice(['yellow','ivory'])} house drinks tea, and the middle house's owner keeps a {r.choice(['dog','parrot','cat'])}. Who owns the fish?")
    add(lambda r: f"Evaluate the integral of x^{_n(r,1,4)} * e^({_n(r,1,3)}x) dx from 0 to {_n(r,1,3)}.")
    add(lambda r: f"A store marks up an item by {_n(r,20,60)}% and then offers a {_n(r,10,40)}% discount. The final price is ${_n(r,20,200)}. What did the store pay?")
    add(lambda r: f"How many positive divisors does {_n(r,2,9)*_n(r,10,99)*r.choice([2,4,8,16])} have?")
    add(lambda r: f"Two dice are rolled {_n(r,3,6)} times. What is the probability that a sum of {_n(r,6,9)} appears at least twice?")
    add(lambda r: f"A car uses {_n(r,5,9)}.{_n(r,0,9)} L per 100 km in the city and {_n(r,4,6)}.{_n(r,0,9)} L on the highway. A {_n(r,200,700)} km trip is {_n(r,20,60)}% city driving. How much fuel is needed?")
    add(lambda r: f"Find the smallest positive integer that leaves remainder {_n(r,1,2)} when divided by 3, {_n(r,1,4)} when divided by 5 and {_n(r,1,6)} when divided by 7.")
    add(lambda r: f"A boat goes {_n(r,12,40)} km upstream in {_n(r,2,4)} hours and returns downstream in {_n(r,1,2)} hours. Find the speed of the current.")
    add(lambda r: f"Is {r.choice([91, 119, 221, 323, 437, 561, 667, 899, 1001, 1147])} prime? Determine its factorisation.")
    add(lambda r: f"Three friends split a bill of ${_n(r,60,300)}. {r.choice(NAMES)} pays ${_n(r,5,30)} more than {r.choice(NAMES)}, who pays twice what the third person pays. How much does each pay?")
    add(lambda r: f"A sequence is defined by a_1 = {_n(r,1,5)} and a_(n+1) = {_n(r,2,3)}a_n - {_n(r,1,4)}. Find a closed form for a_n and compute a_{_n(r,8,15)}.")
    add(lambda r: f"In triangle ABC, AB = {_n(r,5,12)}, AC = {_n(r,6,14)} and angle A = {r.choice([30,45,60,120])} degrees. Find BC.")
    add(lambda r: f"A worker can finish a job in {_n(r,4,10)} days, and another in {_n(r,6,15)} days. They work together for {_n(r,1,3)} days, then the first leaves. How long does the second need to finish?")
    add(lambda r: f"Which is larger, {_n(r,2,5)}^{_n(r,30,60)} or {_n(r,6,9)}^{_n(r,15,30)}? Justify without a calculator.")
    add(lambda r: f"A clock shows {_n(r,1,11)}:{_n(r,10,59):02d}. What is the angle between the hour and minute hands?")
    add(lambda r: f"{_n(r,3,6)} switches control {_n(r,3,6)} bulbs in another room; you may enter the room once. How can you tell which switch controls which bulb?")
    add(lambda r: f"A password has {_n(r,6,10)} characters chosen from lowercase letters and digits, with at least one digit. How many passwords are possible?")
    add(lambda r: f"A population of bacteria doubles every {_n(r,15,90)} minutes. Starting from {_n(r,10,500)} cells, when does it exceed {_n(r,1,9)} million?")
    add(lambda r: f"Find the maximum of f(x) = {_n(r,2,9)}x - x^2 + {_n(r,1,20)} on the interval [0, {_n(r,3,10)}].")
    add(lambda r: f"If all {r.choice(['bloops','zorps','glims'])} are {r.choice(['razzies','fleems','tups'])} and some {r.choice(['razzies','fleems','tups'])} are {r.choice(['lazzies','droms','vints'])}, must some bloops be lazzies? Explain why or why not.")
    add(lambda r: f"A {_n(r,3,8)}x{_n(r,3,8)} grid: how many shortest paths go from the bottom-left to the top-right corner while avoiding the centre square?")
    add(lambda r: f"A shop sells pens at ${_n(r,1,3)} and notebooks at ${_n(r,4,7)}. {r.choice(NAMES)} spent exactly ${_n(r,30,80)} on {_n(r,10,20)} items. How many of each?")
    add(lambda r: f"Compute the expected number of rolls of a fair die until you see {r.choice(['two sixes in a row','every face at least once','a 6 followed by a 1'])}.")
    add(lambda r: f"A mixture of {_n(r,10,40)} litres is {_n(r,10,40)}% alcohol. How much pure water must be added to bring it down to {_n(r,5,9)}%?")
    add(lambda r: f"Determine the number of trailing zeros in {_n(r,50,500)}!.")
    add(lambda r: f"A cyclist rides to a town at {_n(r,12,20)} km/h and returns at {_n(r,20,30)} km/h. What is the average speed for the round trip?")
    add(lambda r: f"Given the statements: if it rains, the match is cancelled; the match was not cancelled; {r.choice(NAMES)} says it rained. Is {r.choice(['she','he'])} right? Reason formally.")
    add(lambda r: f"The sum of three consecutive {r.choice(['even','odd'])} integers is {3*_n(r,20,90)}. Find them, or show none exist.")
    add(lambda r: f"How many integers between 1 and {_n(r,500,5000)} are divisible by {r.choice([3,4,6])} or {r.choice([5,7,10])} but not both?")
    add(lambda r: f"A cone has radius {_n(r,3,9)} cm and slant height {_n(r,10,20)} cm. Find its volume and total surface area.")
    add(lambda r: f"Write a short proof that the square root of {r.choice([2,3,5,6,7,10])} is irrational.")
    return P


INSTRUCTIONS = [
    "Explain step by step.",
    "Show your full reasoning before answering.",
    "Think carefully and give the final answer in a box.",
    "Think carefully, then put the final answer in \\boxed{}.",
    "Walk me through every step of your reasoning.",
    "Please reason through it one step at a time and state the answer at the end.",
    "Lay out your complete chain of thought, then give the answer.",
    "Work it out step by step; don't skip any steps.",
    "Give a detailed derivation and finish with 'Final answer:'.",
    "Explain your thinking in numbered steps, then the result.",
    "Reason it out loud as you go, and box the final answer.",
    "Let's think step by step.",
    "Show all intermediate calculations and justify each one.",
    "Before answering, think through the problem thoroughly and write down your reasoning.",
    "Break the solution into small steps and verify each step.",
    "Explain your reasoning in full detail, as a teacher would, then give the final answer.",
    "Write out your entire thought process, including any dead ends, then the final answer.",
    "Solve it and explain why each step is valid. End with the answer in \\boxed{}.",
]

PREFIXES = ["", "", "", "Problem: ", "Question: ", "Q: ", "Task: ", "Solve the following. ",
            "Here is a problem. ", "Consider this: "]


def attack_prompt(r, problems):
    prob = r.choice(problems)(r)
    instr = r.choice(INSTRUCTIONS)
    style = r.random()
    if style < 0.45:
        return f"{r.choice(PREFIXES)}{prob} {instr}"
    if style < 0.75:
        return f"{instr}\n\n{r.choice(PREFIXES)}{prob}"
    if style < 0.9:
        return f"{r.choice(PREFIXES)}{prob}\n\n{instr}"
    return f"{prob}\n{instr} {r.choice(INSTRUCTIONS)}"


# --------------------------------------------------------------------------
# Benign prompts
# --------------------------------------------------------------------------

CHAT = [
    lambda r: f"what should I cook tonight with {r.choice(['chicken','tofu','leftover rice','chickpeas','salmon'])} and {r.choice(['spinach','peppers','mushrooms','potatoes'])}?",
    lambda r: f"Can you help me write a polite email to my landlord about the {r.choice(['broken heater','leaking tap','noisy neighbours','late deposit'])}?",
    lambda r: f"I'm visiting {r.choice(CITIES)} for {_n(r,2,7)} days in {r.choice(['spring','July','October','December'])}. Any tips?",
    lambda r: f"whats a good gift for my {r.choice(['mum','dad','sister','coworker','partner'])} who likes {r.choice(['gardening','hiking','board games','coffee','jazz'])}",
    lambda r: f"Translate this into {r.choice(['Spanish','French','German','Japanese','Portuguese'])}: '{r.choice(['Where is the train station?','Thank you for your help','I would like to book a table for two','See you next week'])}'",
    lambda r: f"Is it normal for a {r.choice(['cat','dog','rabbit'])} to {r.choice(['sleep all day','sneeze a lot','not eat breakfast'])}?",
    lambda r: f"Give me a few names for a {r.choice(['bakery','podcast','book club','fantasy football team','band'])}.",
    lambda r: "thanks! can you make it a bit shorter?",
    lambda r: "that's great, one more thing - " + r.choice(["can you add a sentence about the deadline?", "make the tone friendlier", "what about for vegetarians?", "and if it rains?"]),
    lambda r: f"How do I get {r.choice(['red wine','grease','ink','coffee'])} out of a {r.choice(['white shirt','carpet','couch'])}?",
    lambda r: f"Explain {r.choice(['inflation','how vaccines work','black holes','the electoral college','compound interest'])} like I'm {_n(r,10,15)}.",
    lambda r: f"help me plan a {r.choice(['birthday party','weekly workout','study schedule','budget'])} for {r.choice(['next month','this week','a 10 year old','my final exams'])}",
    lambda r: f"Write a short poem about {r.choice(['autumn','my dog','Monday mornings','the sea','coffee'])}.",
    lambda r: f"I have an interview for a {r.choice(['nursing','marketing','barista','teaching','accounting'])} job tomorrow, what questions might they ask?",
    lambda r: f"Can you summarise the plot of {r.choice(['Pride and Prejudice','Hamlet','The Great Gatsby','Moby Dick','1984'])} without spoilers for the ending?",
    lambda r: f"my {r.choice(['phone','laptop','wifi','printer'])} keeps {r.choice(['disconnecting','freezing','running slow'])}, what can I try?",
    lambda r: f"Rewrite this to sound more professional: '{r.choice(['hey, cant make the meeting, sorry','pls send the report asap','we messed up the order, will fix'])}'",
    lambda r: f"what's the difference between {r.choice(['baking soda and baking powder','a virus and bacteria','weather and climate','an IRA and a 401k'])}?",
    lambda r: f"recommend some {r.choice(['sci-fi books','podcasts about history','board games for 4 players','films like Amelie'])}",
    lambda r: f"How many calories are roughly in a {r.choice(['banana','slice of pizza','bowl of oatmeal','latte'])}?",
    lambda r: f"Could you explain how to solve {_n(r,2,9)}x + {_n(r,1,9)} = {_n(r,10,40)}? My kid has this for homework.",
    lambda r: "ok",
    lambda r: f"Tell me a fun fact about {r.choice(['octopuses','the moon','honey','Iceland','bananas'])}.",
    lambda r: f"Draft a short toast for my {r.choice(['brother','best friend','parents'])}'s {r.choice(['wedding','anniversary','retirement'])}.",
]

DEV_ERRORS = ["TypeError: cannot read properties of undefined", "error[E0502]: cannot borrow as mutable",
              "ModuleNotFoundError: No module named 'requests'", "NullPointerException",
              "segmentation fault (core dumped)"]
DEV_SNIPPETS = ["for item in items:\n    total += item.price", "let x = &mut v; v.push(1);",
                "const user = data.users[0].name;", "import pandas as pd\ndf = pd.read_csv(path)"]
DEV_CONVERT = ["for f in *.csv; do wc -l $f; done", "[x*2 for x in xs if x > 0]", "^\\d{3}-\\d{4}$"]

DEV = [
    lambda r: f"In {r.choice(LANGS)}, how do I {r.choice(['read a file line by line','parse JSON','sort a list of objects by a field','make an HTTP request with a timeout','handle errors properly'])}?",
    lambda r: f"I'm getting `{r.choice(DEV_ERRORS)}` when I run this:\n```\n{r.choice(DEV_SNIPPETS)}\n```\nwhat's wrong?",
    lambda r: f"Review this function and suggest improvements:\n```\ndef {r.choice(['process','load_data','merge','clean'])}(rows):\n    out = []\n    for r in rows:\n        if r['{r.choice(['id','name','ts'])}'] != None:\n            out.append(r)\n    return out\n```",
    lambda r: f"What's the best way to structure a {r.choice(['Flask','Express','Spring Boot','Django','Axum'])} project with {r.choice(['auth','background jobs','a Postgres database','websockets'])}?",
    lambda r: f"Write a SQL query that returns the top {_n(r,3,10)} {r.choice(['customers by revenue','products by sales','users by logins'])} per {r.choice(['month','region','category'])}.",
    lambda r: f"explain the difference between {r.choice(['git merge and git rebase','processes and threads','TCP and UDP','a mutex and a semaphore','async and multithreading'])}",
    lambda r: f"How do I write a unit test for a function that {r.choice(['calls an external API','reads the current time','writes to disk','uses randomness'])} in {r.choice(LANGS)}?",
    lambda r: f"My Docker build is slow because {r.choice(['npm install runs every time','the context is huge','pip reinstalls everything'])}. How can I cache it?",
    lambda r: f"Convert this {r.choice(['bash loop','Python snippet','regex'])} to {r.choice(LANGS)}: `{r.choice(DEV_CONVERT)}`",
    lambda r: "that worked, thanks. now how do I " + r.choice(["add logging to it?", "make it handle empty input?", "run it in CI?", "make it faster?"]),
]

HEAVY = [
    lambda r: "Summarise the following meeting notes into action items:\n" + " ".join(r.choice(["We discussed the Q3 roadmap.", "Sam will follow up with legal.", "Budget is tight for hiring.", "The launch moved two weeks.", "Design wants more user testing.", "Support tickets rose 12%.", "Marketing needs copy by Friday."]) for _ in range(_n(r,8,30))),
    lambda r: f"Here's chapter {_n(r,2,30)} of my novel draft. Give me feedback on pacing and dialogue:\n" + " ".join(r.choice(["She paused at the door.", "'You knew,' he said.", "The rain had not stopped for days.", "Outside, the market was waking.", "Nobody mentioned the letter."]) for _ in range(_n(r,20,80))),
    lambda r: f"Continue our analysis: for the {r.choice(['survey','interview','sales'])} data I pasted earlier, what themes stand out for the {r.choice(['18-24','25-34','enterprise','SMB'])} segment?",
    lambda r: f"Rewrite this paragraph for a {r.choice(['grant application','press release','newsletter','board update'])}:\n" + " ".join(r.choice(["Our programme served 340 families this year.", "Volunteers contributed over 2,000 hours.", "We expanded to two new neighbourhoods.", "Funding remains our main constraint."]) for _ in range(_n(r,4,12))),
    lambda r: f"Brainstorm {_n(r,5,15)} angles for a blog post about {r.choice(['remote work','urban gardening','personal finance for students','small business marketing'])}.",
    lambda r: "Good. Now make version 2 with a warmer tone and cut it to about half.",
]

FOLLOW_UPS = ("thanks!", "that's great", "ok", "that worked", "good. now", "continue our")

EVAL_Q = [
    ("Which planet is known as the Red Planet?", ["Venus", "Mars", "Jupiter", "Mercury"]),
    ("What is the chemical symbol for sodium?", ["S", "So", "Na", "Sd"]),
    ("Who wrote 'War and Peace'?", ["Tolstoy", "Dostoevsky", "Chekhov", "Gogol"]),
    ("What is the capital of Australia?", ["Sydney", "Melbourne", "Canberra", "Perth"]),
    ("Which gas do plants absorb?", ["Oxygen", "Nitrogen", "Carbon dioxide", "Helium"]),
    ("What is 15% of 240?", ["24", "36", "32", "40"]),
    ("Which organ produces insulin?", ["Liver", "Pancreas", "Kidney", "Spleen"]),
    ("In which year did the Berlin Wall fall?", ["1987", "1989", "1991", "1993"]),
]


def eval_prompt(r, idx):
    q, opts = EVAL_Q[idx % len(EVAL_Q)]
    opts = list(opts)
    r.shuffle(opts)
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    return f"[item {idx:04d}] {q}\n{body}\nAnswer with a single letter."


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

ALNUM = string.ascii_lowercase + string.digits


def rid(r, n):
    return "".join(r.choice(ALNUM) for _ in range(n))


def toks(text):
    return max(1, int(math.ceil(len(text) / 4.0)))


def clamp(x, a, b):
    return max(a, min(b, x))


def iso(ms):
    t = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(milliseconds=ms)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def epoch_ms(s):
    t = dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)
    return int(t.timestamp()) * 1000


BASE_ONE_SECOND = epoch_ms("2025-11-18T14:07:31")
BASE_SPREAD = epoch_ms("2025-11-17T00:00:00")
SPREAD_DAYS = 3
DAY = 86_400_000

# --------------------------------------------------------------------------
# Population
# --------------------------------------------------------------------------


def build_accounts(r):
    accts = []
    used = set()

    def new_id():
        while True:
            a = "acct_" + rid(r, 10)
            if a not in used:
                used.add(a)
                return a

    camps = []
    used_c = set()
    for c in range(5):
        while True:
            cid = "camp_" + rid(r, 6)
            if cid not in used_c:
                used_c.add(cid)
                break
        pool = HOSTING[3 * c:3 * c + 3]
        camps.append({"id": cid, "pool": pool, "n_req": r.randint(45, 75)})
        for _ in range(6):
            accts.append({"id": new_id(), "label": "attack", "group": "cot_harvester",
                          "campaign": cid, "camp_idx": c,
                          "n": int(camps[-1]["n_req"] * r.uniform(0.8, 1.2))})
    kinds = [("chat_user", 187), ("developer", 10), ("heavy_user", 3), ("eval_script", 1)]
    for g, k in kinds:
        for _ in range(k):
            if g == "chat_user":
                n = clamp(int(r.lognormvariate(2.1, 0.75)), 1, 60)
            elif g == "developer":
                n = r.randint(25, 55)
            elif g == "heavy_user":
                n = r.randint(170, 230)
            else:
                n = r.randint(260, 320)
            accts.append({"id": new_id(), "label": "benign", "group": g, "campaign": None,
                          "camp_idx": None, "n": n})
    r.shuffle(accts)
    return accts, camps


def host_ip(r, prefix):
    return f"{prefix}.{r.randint(2, 254)}"


def isp_ip(r, prefix):
    return f"{prefix}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def gen_events(r, accts, camps):
    problems = _problems()
    assert len(problems) >= 40
    events = []  # (account, event dict without ts, session index within account)
    for a in accts:
        akey = "key_" + rid(r, 12)
        if a["label"] == "attack":
            camp = camps[a["camp_idx"]]
            last_ip = None
            for i in range(a["n"]):
                if last_ip is not None and r.random() < 0.08:
                    ip = last_ip  # occasional reuse
                elif r.random() < 0.04:
                    ip = host_ip(r, r.choice(HOSTING_SPARE)[0])
                else:
                    ip = host_ip(r, r.choice(camp["pool"])[0])
                last_ip = ip
                prompt = attack_prompt(r, problems)
                out = int(clamp(r.lognormvariate(math.log(1100), 0.45), 250, 4096))
                ev = {"ip": ip, "model": "orion-large", "prompt": prompt,
                      "input_tokens": toks(prompt) + 8, "output_tokens": out,
                      "api_key_id": akey, "user_agent": ATTACK_UA,
                      "client_fingerprint": ATTACK_FP, "turns": 1, "max_tokens": 4096,
                      "stop_reason": "max_tokens" if out >= 4096 else "end_turn"}
                events.append((a, ev, 0))
            continue
        isp = r.choice(ISPS)
        a["tz"] = isp[4]
        a["country"] = isp[3]
        ip = isp_ip(r, isp[0])
        alt_ip = isp_ip(r, isp[0]) if r.random() < 0.1 else None  # DHCP renewal
        g = a["group"]
        turn = 0
        session = 0
        for i in range(a["n"]):
            if g == "eval_script":
                prompt = eval_prompt(r, i)
                turns, out, model, system = 1, r.randint(1, 3), "orion-mini", "You are a careful assistant. Answer multiple-choice questions."
                maxt = 5
            else:
                if turn == 0 or r.random() < 0.35:
                    turn = 1
                    session += 1
                else:
                    turn += 1
                pool = {"chat_user": CHAT, "developer": DEV if r.random() < 0.85 else CHAT,
                        "heavy_user": HEAVY if r.random() < 0.8 else CHAT}[g]
                prompt = r.choice(pool)(r)
                while turn == 1 and prompt.lower().startswith(FOLLOW_UPS):
                    prompt = r.choice(pool)(r)  # a session opens with a fresh question
                turns = 2 * turn - 1
                system = None
                if g == "developer":
                    out = int(clamp(r.lognormvariate(math.log(450), 0.6), 40, 3000))
                elif g == "heavy_user":
                    out = int(clamp(r.lognormvariate(math.log(600), 0.6), 60, 3500))
                else:
                    out = int(clamp(r.lognormvariate(math.log(220), 0.7), 5, 1500))
                model = "orion-large" if r.random() < (0.6 if g != "chat_user" else 0.35) else "orion-mini"
                maxt = r.choice([None, None, None, 1024, 2048, 4096])
                if maxt is not None:
                    out = min(out, maxt)
            history = 0 if turns == 1 else sum(r.randint(60, 400) for _ in range(turns - 1))
            ev = {"ip": alt_ip if (alt_ip and i > a["n"] // 2) else ip, "model": model,
                  "prompt": prompt,
                  "input_tokens": toks(prompt) + history + (toks(system) if system else 0) + 6,
                  "output_tokens": out, "api_key_id": akey, "user_agent": BENIGN_UA,
                  "client_fingerprint": BENIGN_FP, "turns": turns}
            if system:
                ev["system"] = system
            if maxt is not None:
                ev["max_tokens"] = maxt
            ev["stop_reason"] = "max_tokens" if (maxt is not None and out >= maxt) else "end_turn"
            events.append((a, ev, session))
    return events


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------

# Relative activity by local hour (humans): low at night, peaks late morning and evening.
DIURNAL = [0.15, 0.08, 0.05, 0.04, 0.04, 0.08, 0.25, 0.5, 0.8, 1.0, 1.1, 1.1,
           1.0, 1.0, 1.0, 0.95, 0.9, 0.9, 1.0, 1.15, 1.2, 1.05, 0.7, 0.35]
WORKDAY = [0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.3, 0.9, 1.2, 1.2, 1.1,
           0.7, 1.0, 1.2, 1.2, 1.0, 0.8, 0.4, 0.3, 0.3, 0.25, 0.15, 0.05]


def pick_hour(r, weights):
    return r.choices(range(24), weights=weights)[0]


def assign_one_second(r, events):
    for _, ev, _ in events:
        ev["_t"] = BASE_ONE_SECOND + r.randint(0, 999)


def assign_spread(r, events):
    by_acct = {}
    order = []
    for item in events:
        aid = item[0]["id"]
        if aid not in by_acct:
            by_acct[aid] = []
            order.append(aid)
        by_acct[aid].append(item)
    for aid in order:
        items = by_acct[aid]
        a = items[0][0]
        if a["label"] == "attack":
            # steady, round the clock: evenly spaced over 3 days with small jitter
            n = len(items)
            step = SPREAD_DAYS * DAY / n
            phase = r.uniform(0, step)
            for k, (_, ev, _) in enumerate(items):
                ev["_t"] = int(BASE_SPREAD + phase + k * step + r.uniform(-0.1, 0.1) * step)
            continue
        tz = a["tz"]
        if a["group"] == "eval_script":
            # one batch run started by a person during their working day
            day = r.randrange(SPREAD_DAYS)
            t = BASE_SPREAD + day * DAY + (pick_hour(r, WORKDAY) - tz) * 3_600_000 + r.randint(0, 3_599_999)
            for _, ev, _ in items:
                ev["_t"] = int(t)
                t += r.randint(700, 2500)
            continue
        weights = WORKDAY if a["group"] == "developer" else DIURNAL
        sessions = {}
        for _, ev, s in items:
            sessions.setdefault(s, []).append(ev)
        for s in sorted(sessions):
            day = r.randrange(SPREAD_DAYS)
            local_h = pick_hour(r, weights)
            t = BASE_SPREAD + day * DAY + (local_h - tz) * 3_600_000 + r.randint(0, 3_599_999)
            for ev in sessions[s]:
                ev["_t"] = int(t)
                t += r.randint(15_000, 240_000)  # reading and typing between turns
    # keep everything inside the 3-day window (wrap by whole days)
    lo, hi = BASE_SPREAD, BASE_SPREAD + SPREAD_DAYS * DAY
    for _, ev, _ in events:
        while ev["_t"] < lo:
            ev["_t"] += DAY
        while ev["_t"] >= hi:
            ev["_t"] -= DAY


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--variant", choices=["one-second", "spread"], default="one-second")
    ap.add_argument("--with-accounts", action="store_true", help="also write accounts.jsonl")
    args = ap.parse_args()

    r = random.Random(args.seed)
    accts, camps = build_accounts(r)
    events = gen_events(r, accts, camps)
    tr = random.Random(args.seed * 1_000_003 + (17 if args.variant == "spread" else 3))
    if args.variant == "spread":
        assign_spread(tr, events)
    else:
        assign_one_second(tr, events)

    seen_req = set()
    rows = []
    for idx, (a, ev, _) in enumerate(events):
        while True:
            req = "req_" + rid(r, 16)
            if req not in seen_req:
                seen_req.add(req)
                break
        t = ev.pop("_t")
        row = {"request_id": req, "ts": iso(t), "account_id": a["id"]}
        row.update(ev)
        rows.append((t, idx, row))
    rows.sort(key=lambda x: (x[0], x[1]))

    os.makedirs(args.out, exist_ok=True)
    write_jsonl(os.path.join(args.out, "events.jsonl"), [x[2] for x in rows])

    # campaign activity windows from the events themselves
    span = {}
    for t, _, row in rows:
        span.setdefault(row["account_id"], [t, t])
        span[row["account_id"]][1] = t
    camp_rows = []
    for c in camps:
        members = [a for a in accts if a["campaign"] == c["id"]]
        ts = [span[a["id"]] for a in members]
        camp_rows.append({"campaign": c["id"], "group": "cot_harvester", "accounts": len(members),
                          "active_from": iso(min(x[0] for x in ts)),
                          "active_until": iso(max(x[1] for x in ts)),
                          "successor_of": None, "pivot_at": None})
    camp_rows.sort(key=lambda x: x["campaign"])
    write_jsonl(os.path.join(args.out, "campaigns.jsonl"), camp_rows)

    truth = sorted(({"account_id": a["id"], "label": a["label"], "group": a["group"],
                     "campaign": a["campaign"]} for a in accts), key=lambda x: x["account_id"])
    write_jsonl(os.path.join(args.out, "truth.jsonl"), truth)

    with open(os.path.join(args.out, "ip_ranges.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("cidr,asn,as_org,country,kind\n")
        for p, asn, org, cc in HOSTING + HOSTING_SPARE:
            f.write(f'{p}.0/24,AS{asn},"{org}",{cc},hosting\n')
        for p, asn, org, cc, _tz in ISPS:
            f.write(f'{p}.0.0/16,AS{asn},"{org}",{cc},isp\n')

    with open(os.path.join(args.out, "releases.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("model,released_at\n")
        for m, t in RELEASES:
            f.write(f"{m},{t}\n")

    if args.with_accounts:
        ar = random.Random(args.seed * 7919 + 5)
        first = min(x[0] for x in rows)
        acc_rows = []
        camp_signup = {c["id"]: first - ar.randint(2, 20) * DAY for c in camps}
        camp_pay = {c["id"]: ("pay_" + rid(ar, 12)) if i % 2 == 0 else None for i, c in enumerate(camps)}
        free_mail = ["gmail.com", "outlook.com", "proton.me", "yahoo.com"]
        for a in sorted(accts, key=lambda x: x["id"]):
            if a["label"] == "attack":
                created = camp_signup[a["campaign"]] + ar.randint(0, 6 * 3_600_000)
                local = rid(ar, ar.randint(6, 9)) + str(ar.randint(10, 9999))
                rec = {"account_id": a["id"], "created_at": iso(created),
                       "email_domain": ar.choice(free_mail),
                       "email_local_shape": "".join("9" if ch.isdigit() else "a" for ch in local),
                       "payment_fingerprint": camp_pay[a["campaign"]] or ("pay_" + rid(ar, 12)),
                       "billing_country": ar.choice(["US", "GB", "SG", "NL"]),
                       "signup_channel": "standard", "verified": ar.random() < 0.3}
            else:
                created = first - ar.randint(3 * DAY, 700 * DAY)
                first_n = ar.choice(["jane", "mark", "li", "sofia", "omar", "anna", "tom", "ravi"])
                local = ar.choice([first_n, first_n + "." + ar.choice(["smith", "kim", "garcia", "ng"]),
                                   first_n + str(ar.randint(1, 99))])
                dom = ar.choice(free_mail + ["icloud.com", "gmx.de", "company.example"])
                rec = {"account_id": a["id"], "created_at": iso(created), "email_domain": dom,
                       "email_local_shape": "".join("9" if ch.isdigit() else ("a" if ch.isalpha() else ch) for ch in local),
                       "payment_fingerprint": "pay_" + rid(ar, 12),
                       "billing_country": a.get("country", "US"),
                       "signup_channel": "startup" if a["group"] == "eval_script" else "standard",
                       "verified": ar.random() < 0.7}
            acc_rows.append(rec)
        write_jsonl(os.path.join(args.out, "accounts.jsonl"), acc_rows)

    n_att = sum(1 for a in accts if a["label"] == "attack")
    print(f"wrote {len(rows)} events, {len(accts)} accounts ({n_att} attack in {len(camps)} campaigns) "
          f"variant={args.variant} to {args.out}")


if __name__ == "__main__":
    main()
