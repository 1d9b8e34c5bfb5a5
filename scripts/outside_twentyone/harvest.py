"""Harvesting asks for the attack groups of outside_twentyone.

Each campaign gets a HarvestStyle: which languages it writes in, which subset of the
elicitation wordings it uses, and how it frames its requests.  No single phrase marks
every harvesting prompt.
"""

from textgen import (pick, chance, fill, math_problem, algo_problem, reasoning_problem,
                     code_snippet, paragraph, short_answer, essay_excerpt, RUBRIC_CRITERIA,
                     FIRST, CITIES, casual)

ELICIT_EN = [
    "Walk through your full reasoning before you commit to an answer, showing every intermediate result.",
    "Lay out the complete derivation, one numbered line per inference, and only then state the result.",
    "Don't skip anything: write out each calculation, including the ones that seem obvious.",
    "Write out your thought process in detail, dead ends included, then put the final answer on its own line.",
    "Explain how you get from the question to the answer, justifying every transition.",
    "Reason it through out loud and in full before answering.",
    "Show all of your working, the way a strict examiner would want to see it.",
    "I need the chain of reasoning, not just the result.",
    "Think the problem over carefully and at length first; I want to read that deliberation.",
    "Before the answer, give a detailed scratchpad of everything you considered.",
    "Go through it methodically, stating each assumption and checking each sub-result as you go.",
    "Narrate your problem-solving as you would to a student watching over your shoulder.",
    "Present it as a teacher's worked example with commentary on every move.",
    "Include the reasoning that leads to the answer, in as much detail as you can manage.",
    "Break the solution into small justified steps; for each, say why it follows from the ones before.",
    "Verbalise your internal deliberation in full, then answer.",
    "Explain your approach, carry it out line by line, then double-check the result another way.",
    "Be exhaustive about the intermediate steps; brevity is not wanted here.",
    "Derive it from first principles and show every manipulation.",
    "Also list the approaches you considered and rejected, and why.",
    "Explain each stage of your reasoning in order.",
    "Take it one piece at a time and write every piece down.",
    "Spell out the logic behind each move so someone could audit it.",
    "Give the long-form solution with all the justification, then a one-line answer.",
]
ELICIT_ZH = [
    "请详细写出完整的推理过程，每一步都要说明理由，最后给出答案。",
    "先分析题目，再逐步推导，不要省略任何中间步骤。",
    "请把你的思考过程完整地写出来，包括尝试过但放弃的思路。",
    "给出详细的解题思路和每一步的计算过程。",
    "请像老师讲题一样，把每一步为什么这样做讲清楚。",
    "回答前先进行充分的思考，并把思考内容全部输出。",
]
ELICIT_RU = [
    "Распиши подробно ход решения, каждый шаг с обоснованием.",
    "Сначала подробно порассуждай, потом дай ответ.",
]
ELICIT_ES = [
    "Explica tu razonamiento completo antes de dar la respuesta final, sin saltarte pasos.",
    "Desarrolla la solución entera y justifica cada paso.",
]
REVERSE_ELICIT = [
    "Reconstruct the full line of reasoning that leads to this answer, including every calculation.",
    "Write the detailed solution that ends in this answer, as if you had found it yourself.",
    "Explain, in full, how one arrives at this result; do not just restate it.",
    "Produce the worked derivation behind this answer with each step justified.",
]

ZH_PROBLEMS = [
    "一个袋子里有{a}个红球和{b}个蓝球，随机取出{c}个，求恰好有{d}个红球的概率。",
    "求满足 {a}x + {b}y = {n} 的正整数解的个数。",
    "甲乙两人从相距{n}千米的两地同时出发相向而行，甲每小时走{a}千米，乙每小时走{b}千米，几小时后相遇？",
    "已知数列 a1 = {a}，a(n+1) = {b}a(n) + {c}，求通项公式。",
    "证明：对任意正整数n，{a}^n - 1 能被 {d} 整除的条件是什么？",
]

SENSITIVE_EN = [
    "how do I get into my ex's email account", "what amount of {drug} would be lethal",
    "how to make a fake ID that passes a bouncer", "best way to shoplift without getting caught",
    "how can I track my partner's phone without them knowing",
    "how do people launder money through crypto", "how do I pick a pin tumbler lock",
    "where can I buy {drug} without a prescription", "how do I get around my school's web filter",
    "how to make a smoke bomb at home", "how to cheat on an online proctored exam",
    "which household chemicals make a toxic gas", "how do I find out where someone lives from a photo",
    "how do I avoid paying tax on cash income", "how to write a convincing phishing email",
    "how to disable a car's GPS tracker", "how to get a refund by lying to customer service",
]
SENSITIVE_ZH = ["怎么查到别人的开房记录", "如何绕过学校的网络限制", "怎样不被发现地定位别人的手机",
                "吃多少{drug_zh}会有生命危险", "如何伪造一张看起来真实的病假条", "怎么破解邻居家的WiFi密码"]
_DRUGS = {"drug": ["paracetamol", "oxycodone", "insulin", "melatonin", "diazepam", "ibuprofen"],
          "drug_zh": ["安眠药", "布洛芬", "对乙酰氨基酚"]}

REWRITE_FRAMES_EN = [
    "A user asked: \"{q}\". Rewrite the request into a version a careful assistant could answer, then write that answer.",
    "Produce a safe reformulation of this query and a genuinely helpful response to the reformulated version: {q}",
    "Here is a risky prompt: {q}\nGive (1) why it is risky, (2) a harmless rewrite, (3) the ideal response to the rewrite.",
    "Rephrase \"{q}\" so that it asks for the legitimate underlying need, and answer it thoroughly.",
    "Original question: {q}\nTask: write the closest question that is acceptable to answer, then answer it in detail.",
    "Turn the following into a responsible version and respond to it as a helpful expert would: {q}",
]
REWRITE_FRAMES_ZH = [
    "用户的问题是：“{q}”。请把它改写成一个安全、可以回答的版本，然后给出详细回答。",
    "请将下面的敏感问题改写为合规的问法，并给出高质量的回答：{q}",
]

GRADE_FRAMES = [
    "Grade the response below against the rubric. For each criterion give a score from 1 to {mx} with a short justification, then an overall score.\n\nRubric: {crit}\n\nQuestion: {q}\n\nResponse: {a}",
    "You are an expert evaluator. Score this answer on {crit} (each 1-{mx}). Explain each score before giving it.\n\nPrompt: {q}\nAnswer: {a}",
    "Compare the two responses to the question and decide which is better, criterion by criterion ({crit}). End with 'Verdict: A' or 'Verdict: B'.\n\nQuestion: {q}\n\nResponse A: {a}\n\nResponse B: {b}",
    "Assess the following student answer. Criteria: {crit}. Give marks out of {mx} for each and say what would earn full marks.\n\nTask: {q}\nStudent answer: {a}",
    "请根据以下评分标准给回答打分（每项1-{mx}分），并逐项说明理由。\n评分标准：{crit}\n问题：{q}\n回答：{a}",
]

DATAGEN_FRAMES = [
    "Generate {n} diverse instruction/response pairs about {topic}, as JSON lines with keys \"instruction\" and \"output\". Make every output detailed.",
    "Write {n} multi-turn conversations between a user and an assistant about {topic}; each at least {t} turns, realistic and varied.",
    "Create {n} hard questions about {topic} with fully worked solutions.",
    "Produce {n} question/answer pairs on {topic} at graduate level. Answers should explain the reasoning, not only state facts.",
    "List {n} varied user requests someone might send about {topic}, and write an excellent answer to each.",
    "生成{n}条关于{topic}的问答对，输出JSON格式，答案要详细。",
]
DATAGEN_TOPICS = ["contract law", "organic chemistry", "Kubernetes networking", "tax planning",
                  "cardiology", "linear algebra", "distributed databases", "macroeconomics",
                  "customer support for a bank", "cybersecurity incident response", "Rust lifetimes",
                  "statistics for A/B testing", "medieval history", "compiler design",
                  "pharmacology", "supply-chain logistics", "reinforcement learning"]

CODE_HARVEST = [
    "Implement a solution in {lang} for the task below. Explain the design, give the time and space complexity, and include tests.\n\n{task}",
    "Write production-quality {lang} for this, then explain every non-obvious line:\n{task}",
    "Solve this programming problem. First describe the idea and why it is correct, then give the full {lang} code, then walk through an example by hand.\n\n{task}",
    "Review this code as a senior engineer: list every bug and smell, explain why each matters, and give the corrected version.\n```\n{code}```",
    "Rewrite the following code to be idiomatic and efficient {lang}, and document the reasoning behind each change:\n```\n{code}```",
    "Give two different solutions in {lang} to the problem below and argue which is better.\n{task}",
    "请用{lang}实现下面的题目，先讲思路和正确性证明，再给出完整代码和复杂度分析：\n{task}",
]
LANGS = ["Python", "C++", "Rust", "Go", "Java", "TypeScript", "Kotlin"]

AGENT_TOOLS = ["web_search", "fetch_url", "python", "sql_query", "read_file", "write_file",
               "send_email", "calendar_create_event", "crm_lookup", "create_ticket",
               "update_ticket", "list_files", "http_request", "shell", "get_stock_price",
               "get_weather", "translate", "db_schema", "kv_get", "kv_set", "slack_post",
               "jira_search", "browser_navigate", "browser_click", "browser_type", "screenshot",
               "ocr", "spreadsheet_read", "spreadsheet_write", "geocode", "route_plan",
               "currency_convert", "pdf_extract", "vector_search", "code_interpreter"]

AGENT_SYSTEMS = [
    "You are an autonomous operations agent. Before every tool call, explain in detail what you intend to do and why; after every tool result, reflect on what it tells you and what to do next.",
    "You are a capable assistant with tool access. Think aloud thoroughly between actions: state your plan, the reason for each call, and your interpretation of each result.",
    "Agent mode. For each step: (1) describe your current understanding, (2) justify the next action, (3) call exactly one tool. Be verbose in (1) and (2).",
    "You complete multi-step tasks with the tools provided. Always write out your full reasoning before acting and summarise what you learned after acting.",
    "You are a meticulous research agent. Document your reasoning at each step so that another agent could learn your strategy from the transcript.",
]
AGENT_TASKS = [
    "reconcile the {month} invoices in the finance database against the bank export and list every discrepancy",
    "book the cheapest refundable flight from {city} to {city2} for next {weekday}",
    "find three competitors of {company} and summarise their pricing pages in a table",
    "triage the open tickets in the tracker, set priorities and assign owners",
    "set up a nightly backup of the {db} database and verify a restore works",
    "find out why the {svc} service returns 502 errors and fix it",
    "plan a {n}-person offsite in {city} under a budget of {budget} and send the invites",
    "collect the last {n} quarters of revenue for {company} and chart the trend",
    "migrate the customer list from the old CRM spreadsheet into the new CRM, deduplicating as you go",
    "draft and send follow-up emails to every lead who has not replied in {n} days",
    "audit the S3 buckets for public access and write up the findings",
    "translate the product FAQ into {lang} and publish it to the help centre",
    "find every {mod} test that is flaky in CI over the last month and open tickets for them",
    "monitor {company}'s stock for the day and alert the channel if it drops more than {n}%",
    "scrape the conference schedule, find talks about {topic} and add them to my calendar",
]
_AGENT_EXTRA = {
    "company": ["Acme Robotics", "Northwind", "Globex", "Initech", "Umbrella Health", "Stark Logistics",
                "Wayne Foods", "Hooli", "Vandelay Imports", "Soylent Corp", "Tyrell Systems"],
    "db": ["orders", "analytics", "users", "billing", "inventory"],
    "svc": ["checkout", "auth", "search", "recommendation", "notification", "payments"],
    "lang": ["Spanish", "German", "Japanese", "Portuguese", "French"],
    "mod": ["billing", "auth", "search", "export", "scheduler"],
    "topic": ["observability", "LLM evaluation", "Rust", "payments fraud", "edge computing"],
    "budget": lambda r: f"{r.randint(2, 40)},000 USD",
}
AGENT_DRIVERS = ["Proceed to step {step}.", "Continue until the task is complete ({left} calls left).",
                 "Step {step} done. What next, and why?", "Keep going; explain before calling {tool}.",
                 "The {tool} call returned. Interpret it in detail, then continue.",
                 "Go on. {left} steps of budget left.", "Before calling {tool} again, restate the plan so far.",
                 "Result logged ({n} rows). Continue.", "{tool} failed with a timeout after {left}s; reason about why and retry."]


class HarvestStyle:
    """How one campaign words its asks."""

    def __init__(self, rng, langs, frames, n_elicit=10, paraphrase=False, schema=None):
        self.langs = langs            # list of (lang, weight)
        self.frames = frames          # list of (frame, weight)
        pool = list(ELICIT_EN)
        rng.shuffle(pool)
        self.elicit_en = pool[:n_elicit]
        self.paraphrase = paraphrase  # wrap in human-sounding chatter
        self.schema = schema          # fixed JSON keys, for the 'json' frame

    def lang(self, rng):
        return _weighted(rng, self.langs)

    def frame(self, rng):
        return _weighted(rng, self.frames)


def _weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def _elicit(rng, style, lang):
    if lang == "zh":
        return pick(rng, ELICIT_ZH)
    if lang == "ru":
        return pick(rng, ELICIT_RU)
    if lang == "es":
        return pick(rng, ELICIT_ES)
    e = pick(rng, style.elicit_en)
    if chance(rng, 0.3):
        e2 = pick(rng, style.elicit_en)
        if e2 != e:
            e = e + " " + e2
    return e


def _zh_problem(rng):
    r = rng.randint
    return fill(rng, pick(rng, ZH_PROBLEMS), a=lambda x: str(r(2, 9)), b=lambda x: str(r(2, 9)),
                c=lambda x: str(r(2, 5)), d=lambda x: str(r(1, 4)), n=lambda x: str(r(20, 300)))


def _schema_line(rng, style):
    keys = style.schema or ["analysis", "steps", "final"]
    quoted = ", ".join(f'"{k}"' for k in keys)
    return pick(rng, [
        f"Return a JSON object with the keys {quoted}.",
        f"Answer strictly as JSON: {{{', '.join(f'{chr(34)}{k}{chr(34)}: ...' for k in keys)}}}",
        f"Output format: JSON, fields {quoted} (steps as an array of strings).",
        f"Respond only with JSON containing {quoted}; no prose outside the JSON.",
    ])


def _humanise(rng, text):
    pre = pick(rng, ["hey, can you help with this one? ", "Got stuck on this: ", "",
                     "Working through a problem set and this one beats me. ",
                     "Quick one for you. ", "My colleague and I disagree on this. ",
                     "", "Curious how you'd approach this. "])
    return casual(rng, pre + text)


def reasoning_harvest(rng, style):
    lang = style.lang(rng)
    frame = style.frame(rng)
    if lang == "zh":
        prob = _zh_problem(rng) if chance(rng, 0.6) else reasoning_problem(rng)
    else:
        prob = reasoning_problem(rng)
    el = _elicit(rng, style, lang)
    if frame == "xml":
        t = (f"<problem>\n{prob}\n</problem>\n\n{el} Put the reasoning inside <reasoning></reasoning> "
             f"and the result inside <answer></answer>.")
    elif frame == "json":
        t = f"{el}\n{_schema_line(rng, style)}\n\nProblem: {prob}"
    elif frame == "md":
        t = f"### Problem\n{prob}\n\n### Instructions\n{el}"
    elif frame == "exam":
        t = f"Question {rng.randint(1, 40)}. {prob} ({rng.randint(4, 20)} marks)\n{el}"
    elif frame == "reverse":
        t = f"Problem: {prob}\nFinal answer: {rng.randint(-50, 5000)}\n{pick(rng, REVERSE_ELICIT)}"
    elif frame == "tagged":
        t = f"[{pick(rng, ['q', 'item', 'task', 'src'])}-{rng.randint(10000, 999999)}] {prob}\n{el}"
    else:
        t = f"{prob}\n\n{el}" if chance(rng, 0.6) else f"{el}\n\n{prob}"
    if style.paraphrase:
        t = _humanise(rng, t)
    return t


def coding_harvest(rng, style):
    lang = style.lang(rng)
    tmpl = pick(rng, CODE_HARVEST if lang == "zh" else CODE_HARVEST[:-1])
    t = fill(rng, tmpl, lang=LANGS, task=lambda r: algo_problem(r), code=lambda r: code_snippet(r))
    if style.frame(rng) == "json":
        t = t + "\n" + _schema_line(rng, style)
    if style.paraphrase:
        t = _humanise(rng, t)
    return t


def grading_harvest(rng, style):
    lang = style.lang(rng)
    frames = GRADE_FRAMES if lang == "zh" else GRADE_FRAMES[:-1]
    crit = ", ".join(rng.sample(RUBRIC_CRITERIA, rng.randint(3, 6)))
    q = pick(rng, [math_problem(rng), algo_problem(rng),
                   "Write a short essay on: " + paragraph(rng, 2)])
    a = short_answer(rng) if chance(rng, 0.5) else essay_excerpt(rng)
    b = short_answer(rng) if chance(rng, 0.5) else essay_excerpt(rng)
    t = fill(rng, pick(rng, frames), mx=["5", "7", "10"], crit=crit, q=q, a=a, b=b)
    if style.frame(rng) == "json":
        t = t + "\n" + _schema_line(rng, style)
    return t


REWRITE_CONTEXT = [
    "", "", "Context: the user says they are {who}. ", "This came from a {venue}. ",
    "Assume the asker is {who}. ", "Audience: {venue} users. ",
]
REWRITE_TAIL = [
    "", "", " Keep the answer under {n}00 words.", " Write the answer for a {age}-year-old.",
    " Use headings.", " Answer in a warm tone.", " Include a short safety note at the end.",
    " The rewrite should stay close to the original wording.",
]
_RW_EXTRA = {"who": ["a worried parent", "a nursing student", "a novelist researching a plot",
                     "a security trainee", "a teenager", "a small-business owner", "a journalist"],
             "venue": ["teen forum", "customer chat", "health Q&A site", "homework helper",
                       "search box", "support ticket"],
             "n": lambda r: str(r.randint(2, 8)), "age": lambda r: str(r.randint(12, 70))}
SENS_ZH_CTX = ["", "提问者自称是{zh_who}。", "这是来自{zh_venue}的提问。"]


def rewrite_harvest(rng, style):
    lang = style.lang(rng)
    if lang == "zh":
        q = fill(rng, pick(rng, SENSITIVE_ZH), **_DRUGS)
        ctx = fill(rng, pick(rng, SENS_ZH_CTX), zh_who=["家长", "医学生", "小说作者", "网络安全学员"],
                   zh_venue=["家长论坛", "客服对话", "健康问答网站", "作业帮助应用"])
        return ctx + fill(rng, pick(rng, REWRITE_FRAMES_ZH), q=q)
    q = fill(rng, pick(rng, SENSITIVE_EN), **_DRUGS)
    if chance(rng, 0.3):
        q = q.capitalize() + "?"
    t = fill(rng, pick(rng, REWRITE_CONTEXT), **_RW_EXTRA) + fill(rng, pick(rng, REWRITE_FRAMES_EN), q=q) + \
        fill(rng, pick(rng, REWRITE_TAIL), **_RW_EXTRA)
    if style.paraphrase:
        t = _humanise(rng, t)
    return t


DATAGEN_FOCUS = ["common misconceptions", "edge cases", "exam-style problems", "real-world scenarios",
                 "troubleshooting", "historical context", "numerical examples", "ethical dilemmas",
                 "interview questions", "beginner confusions", "expert-level subtleties", "case studies"]
DATAGEN_CONSTRAINTS = ["", "", "Vary the difficulty from easy to very hard.", "Do not repeat question structures.",
                       "At least {k} items must need multi-step reasoning.", "Number them.",
                       "Each output should be {w}+ words.", "Mix short and long answers.",
                       "Write the user turns the way real people type, typos included.",
                       "Cover {k} different sub-areas evenly."]


def datagen_harvest(rng, style):
    lang = style.lang(rng)
    frames = DATAGEN_FRAMES if lang == "zh" else DATAGEN_FRAMES[:-1]
    topic = pick(rng, DATAGEN_TOPICS)
    if lang != "zh" and chance(rng, 0.7):
        topic = f"{topic} ({pick(rng, DATAGEN_FOCUS)})"
    t = fill(rng, pick(rng, frames), n=lambda r: str(r.choice([8, 10, 12, 15, 20, 25, 30, 40, 50])),
             topic=topic, t=lambda r: str(r.randint(4, 10)))
    if lang != "zh":
        c = fill(rng, pick(rng, DATAGEN_CONSTRAINTS), k=lambda r: str(r.randint(3, 12)),
                 w=lambda r: str(r.choice([80, 100, 150, 200, 300])))
        if c:
            t = t + " " + c
    return t


def agent_harvest_task(rng):
    t = fill(rng, pick(rng, AGENT_TASKS), city=CITIES, city2=CITIES, n=lambda r: str(r.randint(2, 12)),
             month=["January", "February", "March"], weekday=["Monday", "Tuesday", "Friday"],
             **_AGENT_EXTRA)
    lead = pick(rng, ["Using the tools, ", "Task: ", "Please ", "Goal: ", "You need to ", ""])
    return lead + t + pick(rng, [".", ". Report when done.", ". Work autonomously.", ""])


def agent_harvest_tools(rng):
    return rng.sample(AGENT_TOOLS, rng.randint(8, 22))


def agent_driver(rng, step=2, tools=("web_search",)):
    """The harness's next user turn: usually a pure tool result (empty text)."""
    if rng.random() < 0.8:
        return ""
    return fill(rng, pick(rng, AGENT_DRIVERS), step=str(step), tool=list(tools),
                left=lambda r: str(r.randint(2, 30)), n=lambda r: str(r.randint(0, 5000)))
