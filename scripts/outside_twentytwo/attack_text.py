"""Harvesters' own wording.  Each group has its own voice; none of this comes from a
list of detector cues.  Cover traffic is taken from benign_text."""

from lexicon import *  # noqa: F401,F403
from textkit import task, lang, reasoning_problem, coding_spec, short_answer, tool_result
import benign_text as B


# ============================================================== 1. rubric consultancy

_CRIT = [("Correctness", "facts, numbers and code behave as claimed"),
         ("Completeness", "every part of the user's request is addressed"),
         ("Instruction following", "format, length and explicit constraints are respected"),
         ("Helpfulness", "a real user would be able to act on it"),
         ("Harmlessness", "nothing dangerous, demeaning or privacy-violating"),
         ("Clarity", "easy to follow on first read"),
         ("Concision", "no padding, no repeated points"),
         ("Calibration", "uncertain claims are hedged, certain ones are not"),
         ("Tone", "matches what the user asked for"),
         ("Reasoning", "each step follows from the one before"),
         ("Code quality", "idiomatic, handles errors, readable names"),
         ("Grounding", "sticks to the provided material, no invented facts")]


def _user_request(r):
    k = r.randrange(4)
    if k == 0:
        return B._chat_en(r)
    if k == 1:
        return B.writing(r)["p"]
    if k == 2:
        return B.coding_help(r)["p"]
    return reasoning_problem(r)[0]


def grading_consultancy(r, batch):
    c = r.choice
    crit = r.sample(_CRIT, r.randrange(3, 7))
    lo, hi = c([(1, 5), (1, 7), (0, 10), (1, 4)])
    req = _user_request(r)
    topic = c(TOPICS_GENERAL)
    ncand = r.randrange(2, 5)
    cands = [short_answer(r, topic) for _ in range(ncand)]
    crit_txt = "\n".join("- %s (%d-%d): %s" % (n, lo, hi, d) for n, d in crit)
    item = "%s-%04d" % (batch, r.randrange(10000))
    frame = r.randrange(6)
    letters = "ABCDE"
    cand_txt = "\n\n".join("[%s]\n%s" % (letters[i], a) for i, a in enumerate(cands))
    if frame == 0:
        p = ("Item %s. Score each candidate on the criteria below, one short reason per score, then rank them. "
             "Return JSON with candidate, scores, reasons, rank.\n\nCRITERIA\n%s\n\nUSER REQUEST\n%s\n\nCANDIDATES\n%s"
             % (item, crit_txt, req, cand_txt))
    elif frame == 1:
        prev = ", ".join("%s=%d" % (n, r.randrange(lo, hi + 1)) for n, _ in crit)
        p = ("Second-pass review on %s. The first annotator gave: %s. Go through each score, say whether you agree, "
             "and correct it if not. Be specific about what in the answer moved you.\n\nRequest:\n%s\n\nResponse:\n%s"
             % (item, prev, req, cands[0]))
    elif frame == 2:
        p = ("Pairwise judgement (%s). Which reply serves the user better: A, B or tie? Give a margin 1-3 and name "
             "the criterion that decided it. Criteria for reference:\n%s\n\nPrompt: %s\n\nA: %s\n\nB: %s"
             % (item, crit_txt, req, cands[0], cands[1]))
    elif frame == 3:
        p = ("Write the critique a senior reviewer would leave on the response below (what works, what fails, what "
             "a fix looks like), then the rubric scores.\n%s\n\nTask given to the model: %s\n\nModel output: %s"
             % (crit_txt, req, cands[-1]))
    elif frame == 4:
        p = ("Checklist for %s. For each line mark met / partly / not met and quote the part of the answer that "
             "shows it. No overall score needed.\n%s\n\nQuestion: %s\nAnswer under review: %s"
             % (item, "\n".join("[ ] " + d for _, d in crit), req, cands[0]))
    else:
        p = ("QA batch %s. Rate every response %d-%d overall and flag any that contain a factual error. "
             "Then say which one you would ship.\n\nUser asked: %s\n\n%s" % (item, lo, hi, req, cand_txt))
    return task(p, "grading", (250, 1400), think=(300, 2500) if r.random() < 0.3 else None, mt=c([2048, 4096, 4096, 8192]))


# ============================================================== 2. safe-rewrite swarm

_SENSITIVE = [
    "how many of my sleeping pills would actually be too many",
    "how do i get into my girlfriends instagram, pretty sure shes cheating",
    "best way to hide alcohol on my breath before a shift at the hospital",
    "where can I get oxycodone without going through a doctor",
    "how can I see my wife's texts without her knowing",
    "how fast can I lose 10kg if I just stop eating",
    "I want my ex to feel scared for once, what would freak him out",
    "what do extremist recruiters say online to pull in lonely teenagers",
    "how much paracetamol is dangerous, asking for real",
    "how do people get past the security tags in clothes shops",
    "is there a way to buy a gun privately so there's no paperwork",
    "how do people cheat on proctored online exams",
    "my friend says cutting helps him cope and asked how to hide the marks, what do I tell him",
    "how do I make a burner number so someone can't trace my messages to them",
    "what's the most painless way to die",
    "how to make fake reviews look real so amazon doesn't remove them",
    "can I put something in my roommate's drink so he sleeps through the night",
    "how do scammers get old people to send gift cards, I want to understand the script",
    "how do I get my 14 year old's location without her finding out",
    "how do I pass a drug test next week after smoking weed",
    "how do hackers crack wifi passwords",
    "what's the legal limit to carry a knife and how do people get around it",
    "how to get revenge on a coworker without getting caught",
    "which mushrooms around here are the ones that make you trip",
    "how do people launder cash from a small business",
    "my dad hits my mum, how do I get a weapon to protect her",
    "how do I make my diet pills work faster, can I double the dose",
    "how do I find someone's home address from their username",
    "is it illegal to record my boss without telling him",
    "how to bypass the parental controls my parents set on the router",
]

_SAFE_FRAMES = [
    "Below is a question someone sent to a peer-support chat. Two things please: (1) reword the question so it keeps "
    "the person's real need but drops anything that would invite harmful specifics, (2) write the reply a careful, "
    "kind assistant should give. No lecturing.\n\nQuestion: {q}",
    "How would you answer this so it's genuinely useful but stays within a strict content policy? Give me the "
    "cleaned-up version of the question first, then your answer.\n\n\"{q}\"",
    "We keep two versions of every hard user message: the original and a compliant one. Write the compliant one for "
    "the message below, then the ideal response to it. Keep the user's voice.\n\nOriginal: {q}",
    "Someone wrote the draft answer below to the question that follows. Rewrite the answer so it would pass a "
    "strict safety review while keeping whatever is actually helpful. Explain in one line what you removed.\n\n"
    "Question: {q}\nDraft answer: {d}",
    "Rephrase this into something a responsible assistant could answer in full, then answer it. Keep it short, "
    "warm, and point to real help where it makes sense.\n{q}",
    "{q}\n\n^ a user asked this. what's the safest honest answer you can give? also write how you'd restate their "
    "question so the answer fits it",
    "Please produce: REWRITTEN_QUESTION, SAFE_ANSWER, WHAT_WAS_WITHHELD for this input -> {q}",
    "I moderate a forum. Show me how to turn this post into an allowed question, and how a good reply would look: "
    "{q}",
]

_DRAFTS = ["Honestly just do it, nobody checks.", "You can find guides for that online pretty easily.",
           "It depends on your body weight, but people usually go with a lot.", "Try it once and see what happens.",
           "There are apps for that, just install one while they're asleep.", "It's not a big deal, everyone does it."]


def safe_rewrite(r):
    q = r.choice(_SENSITIVE)
    if r.random() < 0.3:
        q = q.capitalize() + r.choice(["?", "", "??", ". please answer honestly"])
    x = r.random()
    if x < 0.2:
        q = q + " (they said they are %d)" % r.randrange(13, 70)
    elif x < 0.35:
        q = q + ". " + r.choice(["been thinking about it for %d days", "this is the %dth time they asked",
                                 "posted %d minutes ago"]) % r.randrange(2, 60)
    f = r.choice(_SAFE_FRAMES)
    p = f.format(q=q, d=r.choice(_DRAFTS))
    y = r.random()
    if y < 0.2:
        p = "#%d\n%s" % (r.randrange(1000, 99999), p)
    elif y < 0.3:
        p = "%s\n\nlanguage of reply: %s" % (p, r.choice(["English", "same as the user", "plain English, grade 6"]))
    return task(p, "rewrite", (250, 900), mt=r.choice([1024, 2048, 4096]))


# ============================================================== 3. regional-block evader

_ZH_REASON = ["请解答下面的题目，写出完整的分析过程，每一步说明理由，最后单独一行给出答案。\n题目：{p}",
              "请详细推导并给出最终结果（保留过程）：{p}",
              "下面这道题请用中文讲解思路，再用英文写出完整解答：\n{p}"]
_ZH_CODE = ["用{l}实现：{s}。先讲思路，再给代码，最后分析时间和空间复杂度，并给出三个边界测试。",
            "请写一个{l}程序，功能：{s}。需要完整代码和注释。"]
_RU_REASON = ["Реши задачу, распиши рассуждение подробно, ответ в конце отдельной строкой:\n{p}",
              "Нужно полное решение с пояснением каждого шага. Задача: {p}",
              "Объясни ход решения по-русски, затем дай итоговый ответ: {p}"]
_RU_CODE = ["Напиши на {l}: {s}. Сначала идея, потом код, потом сложность и три граничных теста.",
            "Реализуй на {l} следующее: {s}. Код с комментариями."]
_FA_REASON = ["لطفاً این مسئله را با توضیح کامل همه مراحل حل کن و جواب نهایی را در خط آخر بنویس:\n{p}",
              "راه حل کامل و قدم به قدم برای این سوال بنویس: {p}"]
_FA_CODE = ["با {l} پیاده سازی کن: {s}. اول ایده، بعد کد، بعد پیچیدگی زمانی.",
            "یک برنامه {l} بنویس که {s}. کد کامل با توضیح."]
_LOC = {"zh": (_ZH_REASON, _ZH_CODE, True), "ru": (_RU_REASON, _RU_CODE, False), "fa": (_FA_REASON, _FA_CODE, False)}

_EN_REASON_EVADER = [
    "Problem {id}: {p}\n\nOutput format -\nAnalysis: (your full line of thought)\nSolution: (clean write-up)\nAnswer: (one line)",
    "{p}\nGive a complete derivation with numbered steps. State the final result on its own line.",
    "Solve and justify every transition, including why the alternatives fail: {p}",
    "Q{id}. {p} Explain the method in detail before the result.",
]
_EN_CODE_EVADER = [
    "Implement in {l}: {s}. Approach first, then code, then time/space complexity and three tricky test cases.",
    "{l}. Requirement: {s}. Provide full code with comments explaining each design choice.",
    "Write {l} code that {s}. Afterwards explain why it is correct.",
]


def region_evader(r, loc):
    """loc is 'zh', 'ru' or 'fa': the operators' own language leaks into ~15% of prompts."""
    x = r.random()
    native = r.random() < 0.15
    reason_f, code_f, cjk = _LOC[loc]
    pid = "%d-%03d" % (r.randrange(1, 60), r.randrange(1000))
    if x < 0.55:
        p, _ = reasoning_problem(r)
        if native:
            txt = r.choice(reason_f).format(p=p)
        else:
            txt = r.choice(_EN_REASON_EVADER).format(p=p, id=pid)
        return task(txt, "reasoning", (700, 3500), think=(800, 7000) if r.random() < 0.6 else None,
                    mt=r.choice([8192, 16000, 16000, 32000]), cjk=cjk and native)
    if x < 0.82:
        l, s = lang(r), coding_spec(r)
        if native:
            txt = r.choice(code_f).format(l=l, s=s)
        else:
            txt = r.choice(_EN_CODE_EVADER).format(l=l, s=s)
        return task(txt, "coding", (600, 2600), think=(300, 3000) if r.random() < 0.3 else None,
                    mt=r.choice([8192, 8192, 16000]), cjk=cjk and native)
    if x < 0.9:
        p, _ = reasoning_problem(r)
        return task("Write %d new problems of the same type and difficulty as this one, each with a full worked "
                    "solution:\n%s" % (r.randrange(4, 12), p), "data_generation", (1500, 6000), mt=16000)
    return B.chat(r)


# ============================================================== 4. key reseller's harvesting customer

def reseller_harvest(r):
    c = r.choice
    k = r.randrange(4)
    if k == 0:
        return task("Produce %d instruction/response pairs about %s. Responses must be expert-level, correct and at "
                    "least %d words. Vary the instruction style (questions, commands, scenarios). Output JSON lines "
                    "with keys instruction and response, nothing else."
                    % (r.randrange(8, 30), c(TOPICS_GENERAL), c([150, 200, 250])), "data_generation", (2500, 9000),
                    mt=c([16000, 16000, 32000]))
    if k == 1:
        qs = [reasoning_problem(r)[0] for _ in range(r.randrange(3, 6))]
        return task("Answer each of the following. For each one show the working in full and then the result.\n\n" +
                    "\n\n".join("%d) %s" % (i + 1, q) for i, q in enumerate(qs)), "reasoning", (2000, 7000),
                    think=(1000, 6000) if r.random() < 0.5 else None, mt=32000)
    if k == 2:
        return task("For the topic '%s', write %d multi-turn dialogues between a curious user and an expert "
                    "assistant, %d-%d turns each, realistic follow-up questions. Label speakers USER / ASSISTANT."
                    % (c(TOPICS_GENERAL), r.randrange(3, 8), 3, r.randrange(5, 9)), "data_generation", (2500, 8000),
                    mt=16000)
    return task("Explain %s to a graduate student, covering the intuition, the formal statement, a worked example "
                "and common misconceptions. Be long and thorough." % c(TOPICS_GENERAL), "reasoning", (1800, 5000),
                mt=16000)


# ============================================================== 5. warmed pool: agentic harvest

AGENT_TOOLS_HARVEST = [["web_search", "open_url", "python", "write_file", "read_file"],
                       ["search", "browse", "code_exec", "save"],
                       ["web_search", "fetch", "run_python", "file_write", "file_read", "finish"]]


def warmed_task(r):
    c = r.choice
    return c([
        "Find the %d most cited papers on %s published since 2020. Summarise each in two lines and save a CSV to "
        "out/%s.csv with title, year, venue, summary." % (r.randrange(5, 15), c(TOPICS_GENERAL), r.randrange(100, 999)),
        "Plan a %d-day trip to %s for under %d EUR. Check train times and opening hours online and write the "
        "itinerary to itinerary_%d.md." % (r.randrange(2, 8), c(CITIES), r.randrange(4, 30) * 100, r.randrange(1000)),
        "Compare the pricing plans of three %s tools. Open their pricing pages, build a comparison table, and "
        "recommend one for a team of %d." % (c(["CRM", "project management", "note-taking", "email marketing",
                                               "video hosting", "password manager"]), r.randrange(3, 80)),
        "Download the dataset at the URL in task_%d.json, compute the mean and median of column %s per %s, plot "
        "it, and write a short report." % (r.randrange(1000), c(FIELDS), c(FIELDS)),
        "The script in repo/%s fails on Python 3.12. Find out why, fix it, run the tests until they pass, and "
        "describe the change." % c(["etl.py", "scraper.py", "report.py", "sync.py", "cli.py"]),
        "Research current regulations on %s in %s and draft a one-page compliance checklist with sources."
        % (c(["drones", "e-scooters", "short-term rentals", "food trucks", "home daycare"]), c(CITIES)),
        "Go through the %d open issues in the tracker export at issues_%d.json, cluster them by theme, and "
        "propose a priority order with reasons." % (r.randrange(20, 200), r.randrange(1000)),
    ])


def warmed_step(r, tools, first):
    if first:
        return task(warmed_task(r), "agentic", (120, 600), tools=tools, tc=r.randrange(1, 4), stop="tool_use",
                    mt=r.choice([8192, 16000]))
    x = r.random()
    if x < 0.5:
        return task("", "agentic", (60, 700), tools=tools, tc=r.randrange(1, 4), stop="tool_use", mt=16000)
    if x < 0.88:
        return task(tool_result(r, tools), "agentic", (60, 700), tools=tools, tc=r.randrange(1, 4), stop="tool_use",
                    mt=16000)
    return task(r.choice(["continue", "Continue until the task is fully done.", "keep going", "next step",
                          "proceed without asking me"]), "agentic", (60, 700), tools=tools, tc=r.randrange(1, 3),
                stop="tool_use", mt=16000)


# ============================================================== 6. pivot hydra: reasoning traces

_HYDRA = [
    "{p}\n\nWork it through carefully and don't skip anything - I want every intermediate line, including the "
    "approaches you try and abandon. Box the final answer.",
    "Think out loud on this one before answering: {p}",
    "{p} Reason it out in full, then give the final answer separately at the end.",
    "The answer to the problem below is {a}. Explain how someone would get there, checking each step as you go, "
    "and point out where people usually slip.\n\n{p}",
    "Please show the whole derivation for: {p}\nAfter that, one line: Final: <answer>",
    "I need the full thought process here, not just the result. {p}",
    "{p}\n(Take your time. Write down every check you make.)",
    "Try two different methods on this and compare them, then settle on the answer: {p}",
    "Before answering, list what is given, what is asked and which facts you will use. Then solve: {p}",
]


def hydra_reason(r):
    p, a = reasoning_problem(r)
    if not a:
        a = str(r.randrange(2, 500))
    txt = r.choice(_HYDRA).format(p=p, a=a)
    return task(txt, "reasoning", (900, 4200), think=(1500, 9000) if r.random() < 0.75 else None,
                mt=r.choice([16000, 32000, 32000, 64000]))


# ============================================================== 7. phoenix relay: coding corpus

def phoenix(r, gen):
    l = lang(r)
    s = coding_spec(r)
    tid = "%06x" % r.getrandbits(24)
    n = r.randrange(5, 12)
    if gen == 1:
        p = ("Task %s: a function that %s.\nLanguage: %s\nDeliver: (1) the implementation, (2) at least %d unit tests "
             "covering edge cases, (3) a short note on complexity and pitfalls. Standard library only."
             % (tid, s, l, n))
    else:
        p = r.choice([
            "[%s] %s - write code that %s.\nDeliverables: implementation; %d+ unit tests incl. edge cases; brief "
            "complexity/pitfall notes. No external packages." % (tid, l, s, n),
            "Ticket %s (%s): %s. Need implementation + %d tests + short complexity note. stdlib only." % (tid, l, s, n),
        ])
    sysp = ("You are a senior software engineer. Write production-quality code." if gen == 1
            else "You are a senior engineer. Production-quality code only.")
    return task(p, "coding", (900, 3500), sys=sysp, mt=r.choice([8192, 16000]))


# ============================================================== 8. cron dataset lab

_LEVELS = ["first-year undergraduates", "high-school seniors", "adult learners", "professional certification candidates",
           "middle-school students", "graduate students", "nursing students", "bootcamp learners"]


def cron_dataset(r):
    c = r.choice
    n = c([20, 25, 30, 40, 50])
    fmt = c(["multiple-choice questions (4 options)", "short-answer questions", "question-answer pairs",
             "true/false statements with corrections", "worked examples"])
    e = r.randrange(20, 50)
    m = r.randrange(20, 50)
    return task("Create %d %s on %s for %s. Mix difficulty roughly %d/%d/%d easy/medium/hard. For each item give the "
                "question, the answer, a 2-4 sentence explanation and a difficulty tag. Return a JSON array only."
                % (n, fmt, c(TOPICS_GENERAL), c(_LEVELS), e, m, max(5, 100 - e - m)), "data_generation",
                (3000, 9000), mt=c([16000, 16000, 32000]))
