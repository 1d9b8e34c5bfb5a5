"""Prompt text for the outside_twentyone generator.

Everything here is composed from small parts with a caller-supplied random.Random,
so the same rng state always gives the same text.  Standard library only.
"""

# ---------------------------------------------------------------- helpers

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


class _Filler(dict):
    def __init__(self, rng, extra):
        super().__init__()
        self.rng = rng
        self.extra = extra

    def __missing__(self, key):
        if key in self.extra:
            v = self.extra[key]
        else:
            v = SLOTS[key]
        if callable(v):
            return v(self.rng)
        if isinstance(v, (list, tuple)):
            return v[self.rng.randrange(len(v))]
        return v


def fill(rng, template, **extra):
    return template.format_map(_Filler(rng, extra))


def _int(lo, hi):
    return lambda rng: str(rng.randint(lo, hi))


FIRST = ["Priya", "Tom", "Aisha", "Marco", "Lena", "Kenji", "Sofia", "Daniel", "Chloe", "Omar",
         "Ines", "Mateus", "Hannah", "Luca", "Yuki", "Fatima", "Oliver", "Zara", "Ravi", "Emma",
         "Tariq", "Mei", "Jonas", "Ana", "Kwame", "Sara", "Diego", "Noor", "Felix", "Ingrid",
         "Arjun", "Leila", "Pavel", "Grace", "Hugo", "Amara", "Sven", "Camila", "Jin", "Rosa"]
LAST = ["Patel", "Garcia", "Nguyen", "Schmidt", "Okafor", "Rossi", "Tanaka", "Kowalski", "Silva",
        "Johansson", "Haddad", "Dubois", "Murphy", "Kim", "Novak", "Mensah", "Costa", "Ali",
        "Fischer", "Moreau", "Sato", "Reyes", "Ivanova", "Larsen", "Chen", "Bauer", "Singh"]
CITIES = ["Lisbon", "Kyoto", "Mexico City", "Edinburgh", "Istanbul", "Vancouver", "Hanoi",
          "Cape Town", "Prague", "Buenos Aires", "Seoul", "Copenhagen", "Marrakech", "Porto",
          "Melbourne", "Oaxaca", "Tbilisi", "Bologna", "Krakow", "Reykjavik", "Valencia",
          "Chiang Mai", "Ljubljana", "Montreal", "Osaka", "Lima", "Nairobi", "Gdansk", "Bergen"]

SLOTS = {
    "first": FIRST,
    "last": LAST,
    "city": CITIES,
    "city2": CITIES,
    "n": _int(2, 9),
    "n10": _int(3, 15),
    "days": _int(2, 10),
    "budget": lambda r: str(r.choice([50, 80, 100, 150, 200, 300, 500, 800, 1200, 2000])),
    "month": ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "tone": ["polite", "firm but friendly", "short", "formal", "warm", "apologetic",
             "professional", "casual", "direct", "diplomatic"],
    "recipient": ["landlord", "manager", "team", "kid's teacher", "neighbour", "client",
                  "professor", "HR department", "dentist's office", "bank", "coworker",
                  "insurance company", "internet provider", "old friend", "supplier"],
    "email_topic": ["a broken heater", "taking Friday off", "a late invoice",
                    "rescheduling our meeting", "a noise complaint", "a refund I never got",
                    "a parking problem", "the deposit", "a missed delivery", "my resignation",
                    "a project delay", "feedback on the proposal", "a billing mistake",
                    "switching to part time", "a reference letter", "the leaking roof"],
    "meal": ["dinner", "lunch", "breakfast", "vegetarian", "one-pot", "quick weeknight",
             "meal-prep", "kid-friendly", "low-carb", "vegan", "budget"],
    "ingredient": ["chickpeas", "leftover rice", "spinach", "salmon", "tofu", "sweet potatoes",
                   "mushrooms", "ground beef", "lentils", "feta", "eggplant", "chicken thighs",
                   "halloumi", "cauliflower", "black beans", "zucchini", "prawns", "kale"],
    "ingredient2": ["lemon", "coconut milk", "garlic", "yogurt", "tomatoes", "ginger",
                    "pasta", "peppers", "cheddar", "miso", "cumin", "basil", "eggs"],
    "concept": ["inflation", "how vaccines work", "the blockchain", "compound interest",
                "black holes", "photosynthesis", "how a mortgage works", "quantum entanglement",
                "what a VPN does", "how credit scores work", "the stock market", "DNS",
                "why the sky is blue", "how noise cancelling headphones work", "tariffs",
                "machine learning", "the electoral college", "jet lag", "sourdough starters"],
    "audience": ["five", "a total beginner", "my grandmother", "a high school student",
                 "someone who hates maths", "a busy executive", "a 12 year old"],
    "thing_a": ["a Roth IRA", "baking soda", "a virus", "weather", "LED", "an LLC", "HDMI 2.1",
                "espresso", "a crocodile", "a sprain", "latitude", "affect", "a comet",
                "a credit card", "a psychologist", "empathy"],
    "thing_b": ["a traditional IRA", "baking powder", "a bacterium", "climate", "OLED",
                "a sole proprietorship", "DisplayPort", "a ristretto", "an alligator",
                "a strain", "longitude", "effect", "an asteroid", "a debit card",
                "a psychiatrist", "sympathy"],
    "business": ["coffee truck", "dog grooming business", "podcast about history",
                 "bakery", "bookkeeping firm", "board game cafe", "cleaning company",
                 "yoga studio", "newsletter about gardening", "indie game studio",
                 "bike repair shop", "language school", "pottery class"],
    "pet": ["cat", "dog", "puppy", "rabbit", "parrot", "old dog", "kitten", "hamster"],
    "behavior": ["scratching the sofa", "barking at night", "not eating", "hiding under the bed",
                 "chewing cables", "waking me up at 5am", "drinking a lot of water",
                 "pulling on the lead"],
    "diy_task": ["unclog a bathroom sink", "patch a hole in drywall", "fix a running toilet",
                 "reset my router", "remove a stripped screw", "descale a kettle",
                 "bleed a radiator", "change a bike tyre", "get red wine out of carpet",
                 "re-caulk a bathtub", "hang a heavy mirror", "clean a cast iron pan"],
    "lang": ["Spanish", "French", "German", "Japanese", "Portuguese", "Italian", "Korean",
             "Dutch", "Polish", "Turkish", "Vietnamese", "Indonesian"],
    "sentence": ["Could you tell me where the train station is?",
                 "We will arrive a little late tonight.",
                 "Thank you so much for having us this weekend.",
                 "I'm allergic to peanuts, does this contain any?",
                 "The meeting has been moved to Thursday afternoon.",
                 "Please leave the package with the neighbour.",
                 "Happy birthday, I hope this year is a great one!",
                 "Is breakfast included in the price?",
                 "My flight was cancelled and I need a new booking."],
    "poem_form": ["haiku", "limerick", "sonnet", "short poem", "rhyming toast", "free verse poem"],
    "subject": ["my cat's disdain for Mondays", "the first snow", "a retiring colleague",
                "coffee", "a rainy bus stop", "my sister's wedding", "autumn in {city}",
                "a broken umbrella", "the last day of school", "a lighthouse"],
    "device": ["laptop", "phone", "fridge", "car", "washing machine", "router", "iPad",
               "dishwasher", "air fryer", "smartwatch"],
    "symptom": ["gets really hot when charging", "makes a clicking noise",
                "drains battery overnight", "keeps disconnecting from wifi",
                "smells like burning plastic", "shows a blinking orange light",
                "restarts randomly", "leaves water on the floor"],
    "doc": ["cover letter", "toast", "LinkedIn summary", "complaint letter", "product review",
            "speech", "thank-you note", "bio", "meeting agenda", "packing list", "eulogy"],
    "purpose": ["a junior data analyst job", "my best friend's wedding", "a school fundraiser",
                "my retirement party", "a volunteer position", "the team offsite",
                "a grant application", "a marketing internship", "my dad's 60th"],
    "hobby": ["running", "chess", "watercolour painting", "rock climbing", "guitar",
              "bird watching", "home brewing", "knitting", "photography", "bouldering"],
    "goal": ["run a half marathon", "learn Spanish", "save for a house", "sleep better",
             "get promoted", "read more books", "eat less sugar", "learn to code",
             "pay off my credit card"],
    "show": ["Severance", "The Bear", "Succession", "Dark", "Shogun", "Slow Horses",
             "Fleabag", "Arcane", "Blue Eye Samurai", "Andor"],
    "writer": ["Ursula Le Guin", "Haruki Murakami", "Toni Morrison", "Terry Pratchett",
               "Chimamanda Ngozi Adichie", "Kazuo Ishiguro", "Octavia Butler"],
    "plant": ["monstera", "basil plant", "fiddle leaf fig", "orchid", "tomato plants",
              "succulent", "peace lily", "lemon tree"],
    "plant_issue": ["yellow leaves", "brown tips", "drooping stems", "white spots",
                    "no new growth", "leaves curling"],
    "sport_team": ["Arsenal", "the Lakers", "Flamengo", "Bayern", "the Yankees", "Boca Juniors"],
}


def casual(rng, text):
    """Light human noise: greetings, lower-casing, dropped punctuation, a typo."""
    r = rng.random()
    if r < 0.10:
        text = pick(rng, ["hi! ", "hey, ", "Hello, ", "quick question: ", "ok so ",
                          "Hi there. ", "hey ", "Morning! "]) + text
    elif r < 0.16:
        text = text + pick(rng, [" thanks!", " thx", " Thank you.", " cheers", " ty",
                                 " Thanks in advance!", " pls"])
    if chance(rng, 0.12) and "\n" not in text and "`" not in text:
        text = text.lower()
    if chance(rng, 0.08) and text.endswith(("?", ".")):
        text = text[:-1]
    if chance(rng, 0.05) and len(text) > 12:
        i = rng.randrange(2, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


# ---------------------------------------------------------------- paragraphs

_PARA_OPEN = [
    "{org} said on {weekday} that it would {action} starting in {month}.",
    "Starting next {month}, {org} plans to {action}.",
    "In a memo sent to staff, {org} confirmed it will {action}.",
    "The board of {org} voted to {action} after a long debate.",
    "Our team has decided to {action} from the beginning of {month}.",
    "After reviewing last quarter's numbers, {org} is going to {action}.",
]
_PARA_MID = [
    "According to {first} {last}, the change {effect}.",
    "Critics argue that this {effect}, while supporters disagree.",
    "{first} from the finance team noted that costs rose by {pct} percent last year.",
    "Several customers have already asked whether the change {effect}.",
    "The pilot in {city} showed a {pct} percent improvement in response times.",
    "A survey of {n10}00 residents found mixed reactions.",
    "Nobody has yet explained how the budget shortfall of {budget} thousand will be covered.",
    "The decision follows months of complaints about {complaint}.",
    "Local groups in {city} have asked for a public consultation first.",
    "It is unclear whether this {effect} in the long term.",
]
_PARA_CLOSE = [
    "A final decision is expected by the end of {month}.",
    "More details will be shared at the next all-hands meeting.",
    "Questions can be sent to {first} before {weekday}.",
    "The company did not respond to a request for comment.",
    "We will review the results again in {n} months.",
    "Until then, the current rules stay in place.",
]
_PARA_SLOTS = {
    "org": ["the city council", "Northwind Logistics", "the school district", "Halden Bank",
            "the hospital trust", "Pinecrest Foods", "the university", "Brightwater Energy",
            "our landlord's management company", "the regional transit authority",
            "Lumen Health", "the library service"],
    "action": ["close two branches", "move to a four-day week", "raise parking fees",
               "replace paper forms with an app", "cut evening bus services",
               "require badges in all buildings", "freeze hiring", "open a new clinic",
               "switch suppliers", "introduce a recycling scheme", "merge two departments",
               "offer remote work on Fridays"],
    "effect": ["will save money", "hurts older customers most", "was rushed",
               "improves safety", "mostly affects part-time staff", "will reduce waiting times",
               "could increase traffic", "makes reporting harder"],
    "pct": _int(3, 40),
    "complaint": ["long queues", "missed deliveries", "billing errors", "noise at night",
                  "slow repairs", "confusing signage", "unreliable wifi"],
}


def paragraph(rng, sentences=None):
    k = sentences or rng.randint(3, 6)
    parts = [fill(rng, pick(rng, _PARA_OPEN), **_PARA_SLOTS)]
    for _ in range(max(1, k - 2)):
        parts.append(fill(rng, pick(rng, _PARA_MID), **_PARA_SLOTS))
    parts.append(fill(rng, pick(rng, _PARA_CLOSE), **_PARA_SLOTS))
    return " ".join(parts)


# ---------------------------------------------------------------- chat

CHAT_EN = [
    "Can you help me write a {tone} email to my {recipient} about {email_topic}?",
    "What's a good {meal} recipe that uses {ingredient} and {ingredient2}?",
    "I have {ingredient}, {ingredient2} and some rice. What can I make tonight?",
    "I'm visiting {city} for {days} days in {month}. What should I not miss?",
    "Plan a {days}-day itinerary for {city} on a budget of about {budget} euros.",
    "Explain {concept} like I'm {audience}.",
    "What's the difference between {thing_a} and {thing_b}?",
    "Give me {n} name ideas for a {business}.",
    "My {pet} keeps {behavior}. Any idea why?",
    "How do I {diy_task}?",
    "Translate to {lang}: {sentence}",
    "How would you say \"{sentence}\" in {lang}, casually?",
    "Write a short {poem_form} about {subject}.",
    "Is it normal that my {device} {symptom}?",
    "Draft a {doc} for {purpose}.",
    "I want to get into {hobby}. Where do I start?",
    "Help me make a realistic plan to {goal} in {n} months.",
    "If I liked {show}, what should I watch next?",
    "Recommend {n} books for someone who loves {writer}.",
    "My {plant} has {plant_issue}. What am I doing wrong?",
    "What are some good questions to ask at the end of a job interview for {purpose}?",
    "Summarize this for me:\n\n{para}",
    "tl;dr please\n\n{para}",
    "What are the main arguments in this text?\n\n{para}",
    "Can you suggest a gift for my {recipient} who is into {hobby}? Budget {budget}.",
    "Which is healthier, {ingredient} or {ingredient2}?",
    "How long should I cook {ingredient} in the oven at 200C?",
    "How many calories are roughly in a plate of {ingredient} with {ingredient2}?",
    "What should I pack for {city} in {month}?",
    "Write a funny birthday message for {first}, who loves {hobby}.",
    "Give me a {n}-minute stretching routine for after {hobby}.",
    "My friend {first} just lost their job. What's a kind thing to say?",
    "What happened in the {sport_team} game last weekend?",
    "Help me compare two phone plans: {budget} a year vs 25 a month with no contract.",
    "I keep procrastinating on {goal_short}. Any tricks that actually work?",
    "Is {city} or {city2} better for a long weekend with kids?",
    "Can you explain my {bill} bill? It says {bill_a} and {bill_b}, what's the difference?",
    "Write a short bedtime story about a {pet} who wants to visit {city}.",
    "Reply to this message from my {recipient} in a {tone} way: \"{para_short}\"",
    "What are the pros and cons of {goal_short}?",
    "Make a shopping list for a week of {meal} meals for {n} people.",
    "I'm nervous about a presentation on {weekday}. How do I calm down?",
    "Proofread this: {para_short}",
    "What's a polite way to decline an invitation to {purpose}?",
    "Give me {n} conversation starters for a first date in {city}.",
    "How do I ask my {recipient} for a raise without sounding entitled?",
    "Settle an argument between me and {first}: is a {food_a} a {food_b}?",
    "What does '{idiom}' mean and where does it come from?",
    "Write a product description for a handmade {craft}.",
    "What's a good weekly budget breakdown if I earn {budget}0 a month after tax?",
]
_CHAT_EXTRA = {
    "goal_short": ["studying for my exams", "cleaning the flat", "my tax return",
                   "writing my thesis", "going to the gym", "learning to drive",
                   "replying to emails", "moving abroad", "buying a used car"],
    "para": lambda r: paragraph(r),
    "para_short": lambda r: paragraph(r, 2),
    "food_a": ["hot dog", "taco", "pop-tart", "burrito", "calzone", "ice cream sandwich"],
    "food_b": ["sandwich", "soup", "salad", "pie", "ravioli"],
    "bill": ["electricity", "gas", "phone", "water", "internet", "hospital"],
    "bill_a": ["standing charge", "line rental", "unit rate", "service fee", "deductible"],
    "bill_b": ["unit rate", "usage charge", "admin fee", "co-pay", "peak tariff"],
    "idiom": ["bite the bullet", "the whole nine yards", "break the ice", "spill the beans",
              "under the weather", "cost an arm and a leg", "once in a blue moon",
              "let the cat out of the bag", "beat around the bush"],
    "craft": ["ceramic mug", "leather wallet", "wool scarf", "walnut cutting board",
              "silver ring", "beeswax candle", "linen apron", "woven basket"],
}

CHAT_OTHER = [
    "¿Me ayudas a escribir un correo {tone_es} a mi {rec_es} sobre {tema_es}?",
    "¿Qué puedo cocinar con {ing_es} y arroz?",
    "Kannst du mir erklären, wie {konzept_de} funktioniert?",
    "Schreib mir bitte eine kurze Nachricht an meinen Vermieter wegen {thema_de}.",
    "Peux-tu me proposer un itinéraire de {days} jours à {city} ?",
    "Comment dire poliment non à mon {rec_fr} ?",
    "Pode me ajudar a revisar este texto? {para_short}",
    "Quali sono i posti migliori da visitare a {city} in {days} giorni?",
    "Bisakah kamu jelaskan cara kerja {concept}?",
    "{city}で{days}日間の旅行プランを作ってください。",
]
_OTHER_EXTRA = {
    "tone_es": ["formal", "amable", "breve", "firme"],
    "rec_es": ["jefe", "casero", "profesora", "cliente", "vecino"],
    "tema_es": ["un retraso en el pago", "mis vacaciones", "una factura", "la calefacción"],
    "ing_es": ["garbanzos", "espinacas", "pollo", "lentejas", "atún"],
    "konzept_de": ["ein Bausparvertrag", "die Steuererklärung", "eine Wärmepumpe",
                   "das Deutschlandticket", "ein ETF-Sparplan"],
    "thema_de": ["der kaputten Heizung", "dem Schimmel im Bad", "der Nebenkostenabrechnung"],
    "rec_fr": ["patron", "collègue", "propriétaire", "beau-frère"],
    "para_short": lambda r: paragraph(r, 2),
}

CHAT_ZH = [
    "帮我写一封给{zh_obj}的邮件，内容是关于{zh_topic}。",
    "{zh_city}有什么好吃的推荐？预算{budget}元左右。",
    "把这段话翻译成英文：{zh_sent}",
    "把这句话翻成中文：{sentence}",
    "用Python怎么{zh_code}？",
    "解释一下{zh_concept}，尽量通俗一点。",
    "我下个月去{zh_city}玩{days}天，帮我安排一下行程。",
    "给我的{zh_shop}想{n}个名字。",
    "帮我润色一下这段话：{zh_sent}",
    "{zh_concept}和{zh_concept2}有什么区别？",
    "我最近总是{zh_sleep}，有什么办法吗？",
    "写一段{zh_occasion}的祝福语，要简短一点。",
    "帮我总结一下这篇文章的要点：{zh_sent}{zh_sent2}",
    "周末带孩子去{zh_city}，有哪些适合亲子的地方？",
    "我的{zh_device}{zh_issue}，怎么办？",
]
_ZH_EXTRA = {
    "zh_obj": ["老板", "客户", "房东", "老师", "同事", "供应商", "人事部"],
    "zh_topic": ["请假三天", "项目延期", "发票有误", "调整会议时间", "退款", "合同续签"],
    "zh_city": ["成都", "杭州", "西安", "厦门", "重庆", "青岛", "大理", "苏州", "长沙"],
    "zh_sent": ["我们公司明年计划在东南亚开设两家新门店。",
                "这个产品的电池续航比上一代提高了百分之二十。",
                "由于天气原因，本次活动推迟到下周六举行。",
                "感谢大家这一年来的支持和帮助。",
                "新版本修复了登录时偶尔闪退的问题。",
                "请各位在周五之前提交季度报告。"],
    "zh_sent2": ["会议纪要已发送到各位邮箱。", "具体时间另行通知。", "如有疑问请联系行政部。"],
    "zh_code": ["读取Excel文件", "批量重命名文件", "把JSON转换成CSV", "发送HTTP请求",
                "去掉列表里的重复元素", "计算两个日期之间的天数"],
    "zh_concept": ["通货膨胀", "区块链", "量子计算", "复利", "碳中和", "基金定投", "大语言模型"],
    "zh_concept2": ["通货紧缩", "比特币", "经典计算", "单利", "碳达峰", "股票", "搜索引擎"],
    "zh_shop": ["奶茶店", "花店", "宠物店", "民宿", "咖啡馆", "书店"],
    "zh_occasion": ["生日", "春节", "结婚", "升职", "毕业", "乔迁"],
    "zh_sleep": ["失眠", "半夜醒来", "早上起不来", "焦虑", "头疼", "没有食欲", "颈椎疼"],
    "zh_device": ["手机", "电脑", "路由器", "洗衣机", "空调"],
    "zh_issue": ["充电很慢", "老是死机", "连不上网", "有异响", "屏幕闪烁"],
    "budget": lambda r: str(r.choice([100, 200, 300, 500])),
}

FOLLOWUPS = [
    "Make it shorter, {words} words max.", "Can you make it a bit more {adj}?",
    "Thanks! What about {alt}?", "ok and what if I only have {n} days",
    "Perfect, now translate it to {lang}.", "Can you give me {n} more options?",
    "That's too formal, tone it down a bit for my {recipient}.", "Why is that? I thought {belief}.",
    "Hmm, are you sure about {which}? I read the opposite somewhere.",
    "Great. Can you put that in a table with {cols}?", "Can you explain the {ord} point more?",
    "one more: {short_q}", "Shorter and without the emoji please, it's for my {recipient}",
    "What would you change if the budget was {budget}?", "Nice, thank you! {thanks_tail}",
    "Can you add a line about {email_topic}?", "Rewrite it but keep my original opening line about {email_topic}.",
    "give me {n} alternatives for the subject line", "And in bullet points? {n} max",
    "How confident are you about {which}?", "Now make it sound like me, I'm pretty {adj2}.",
    "Could you swap the {ord} and {ord2} paragraphs and make the ending {adj}?",
    "{first} says {belief}. Who's right?", "Good, but drop the part about {email_topic}.",
    "Can you redo it for {city2} instead?", "what if it's for {n} people instead of {n10}",
]
_FU_EXTRA = {
    "adj": ["friendly", "professional", "funny", "concise", "detailed", "upbeat", "neutral", "warm",
            "assertive", "playful", "formal", "humble"],
    "adj2": ["informal", "blunt", "chatty", "dry", "sarcastic", "polite"],
    "alt": ["{city}", "the weekend", "a vegetarian option", "doing it without tools",
            "the cheaper one", "kids", "a rainy day", "going in {month}", "a smaller budget"],
    "short_q": ["is tap water safe to drink there?", "how do I get from the airport?",
                "what's the tipping culture like?", "should I bring cash?", "is it safe at night?",
                "what's the best neighbourhood to stay in?", "any day trips worth it?"],
    "words": lambda r: str(r.choice([30, 50, 60, 80, 100, 120, 150, 200])),
    "ord": ["first", "second", "third", "last", "fourth"],
    "ord2": ["first", "second", "third", "last"],
    "which": ["the second point", "the numbers", "the dates", "that last bit", "the price",
              "the timing", "the {n}-day estimate"],
    "belief": ["it was the other way round", "you need a visa for that", "it was cheaper in {month}",
               "that only applies in the US", "{n} was the limit", "it's bad for the {pet}"],
    "cols": ["price and duration", "pros and cons", "day and activity", "cost per person",
             "name, time and place"],
    "thanks_tail": ["", "that's exactly it", "saved me an hour", "my {recipient} will love it",
                    "one last thing later maybe"],
}

FOLLOWUPS_ZH = ["再短一点，{n}0字以内。", "语气再正式一些，是发给{zh_obj}的。", "还有别的选择吗？再给{n}个。",
                "谢谢！那如果预算只有{budget}元呢？", "能列成表格吗？", "第{k}点能展开说说吗？",
                "换个说法吧，更口语一点。", "好的，翻译成英文。", "如果是去{zh_city}呢？",
                "把第{k}段删掉，其他不变。", "再加一句关于{zh_topic}的内容。"]
_ZH_FU_EXTRA = {"k": lambda r: r.choice("一二三四"), "budget": lambda r: str(r.choice([50, 100, 200, 500]))}


def chat_prompt(rng, locale="en"):
    if locale == "zh":
        return fill(rng, pick(rng, CHAT_ZH), **_ZH_EXTRA)
    if locale == "other":
        return fill(rng, pick(rng, CHAT_OTHER), **_OTHER_EXTRA)
    t = fill(rng, pick(rng, CHAT_EN), **_CHAT_EXTRA)
    if "{" in t:  # nested slot inside a slot value (e.g. 'autumn in {city}')
        t = fill(rng, t)
    return casual(rng, t)


def followup_prompt(rng, locale="en"):
    if locale == "zh":
        return fill(rng, pick(rng, FOLLOWUPS_ZH), zh_obj=_ZH_EXTRA["zh_obj"], zh_city=_ZH_EXTRA["zh_city"],
                    zh_topic=_ZH_EXTRA["zh_topic"], **_ZH_FU_EXTRA)
    t = fill(rng, pick(rng, FOLLOWUPS), **_FU_EXTRA)
    if "{" in t:
        t = fill(rng, t)
    return casual(rng, t)


# ---------------------------------------------------------------- code

_IDENT = ["user", "order", "item", "record", "event", "row", "payload", "config", "result",
          "customer", "invoice", "session", "entry", "node", "task", "job", "metric", "msg"]
_IDENT2 = ["ids", "totals", "cache", "lookup", "buffer", "batch", "queue", "index", "counts",
           "seen", "groups", "pending", "retries", "scores"]
_FIELD = ["amount", "created_at", "status", "email", "price", "qty", "region", "score",
          "duration", "name", "timestamp", "weight", "country", "plan"]


def _py_snippet(rng):
    a, b, f = pick(rng, _IDENT), pick(rng, _IDENT2), pick(rng, _FIELD)
    k = rng.randrange(5)
    if k == 0:
        return (f"def summarize_{a}s({a}s):\n    {b} = {{}}\n    for {a} in {a}s:\n"
                f"        {b}[{a}['{f}']] += 1\n    return {b}\n")
    if k == 1:
        return (f"import pandas as pd\n\ndf = pd.read_csv('{a}s.csv')\n"
                f"out = df.groupby('{f}')['{pick(rng, _FIELD)}'].mean().sort_values()\n"
                f"print(out.head({rng.randint(3, 20)}))\n")
    if k == 2:
        return (f"async def fetch_{a}(client, {a}_id):\n"
                f"    resp = client.get(f'/api/{a}s/{{{a}_id}}')\n"
                f"    return resp.json()['{f}']\n")
    if k == 3:
        return (f"class {a.capitalize()}Store:\n    def __init__(self):\n        self.{b} = []\n\n"
                f"    def add(self, {a}):\n        self.{b}.append({a})\n\n"
                f"    def latest(self):\n        return sorted(self.{b}, key=lambda x: x.{f})[-1]\n")
    return (f"with open('{a}s.json') as fh:\n    data = json.load(fh)\n"
            f"{b} = [d for d in data if d['{f}'] > {rng.randint(1, 500)}]\n"
            f"print(len({b}) / len(data))\n")


def _js_snippet(rng):
    a, b, f = pick(rng, _IDENT), pick(rng, _IDENT2), pick(rng, _FIELD)
    k = rng.randrange(3)
    if k == 0:
        return (f"export async function load{a.capitalize()}s(api) {{\n"
                f"  const res = await api.get('/{a}s');\n"
                f"  const {b} = res.data.map(x => x.{f});\n  return {b}.filter(Boolean);\n}}\n")
    if k == 1:
        return (f"useEffect(() => {{\n  fetch(`/api/{a}/${{id}}`)\n    .then(r => r.json())\n"
                f"    .then(d => set{a.capitalize()}(d.{f}));\n}}, []);\n")
    return (f"const {b} = {a}s.reduce((acc, {a}) => {{\n  acc[{a}.{f}] = (acc[{a}.{f}] || 0) + 1;\n"
            f"  return acc;\n}}, {{}});\n")


def _go_snippet(rng):
    a, f = pick(rng, _IDENT), pick(rng, _FIELD)
    return (f"func (s *Server) get{a.capitalize()}(w http.ResponseWriter, r *http.Request) {{\n"
            f"\tid := r.URL.Query().Get(\"id\")\n\t{a}, err := s.db.Find{a.capitalize()}(id)\n"
            f"\tif err != nil {{\n\t\thttp.Error(w, err.Error(), 500)\n\t}}\n"
            f"\tjson.NewEncoder(w).Encode({a}.{f.capitalize()})\n}}\n")


def _rust_snippet(rng):
    a, b = pick(rng, _IDENT), pick(rng, _IDENT2)
    return (f"fn collect_{a}s(input: &str) -> Vec<&str> {{\n    let mut {b} = Vec::new();\n"
            f"    for line in input.lines() {{\n        let {a} = line.trim().to_string();\n"
            f"        {b}.push(&{a});\n    }}\n    {b}\n}}\n")


def _sql_snippet(rng):
    a, f, g = pick(rng, _IDENT), pick(rng, _FIELD), pick(rng, _FIELD)
    return (f"SELECT {g}, COUNT(*) AS n, AVG({f})\nFROM {a}s\n"
            f"WHERE created_at > NOW() - INTERVAL '{rng.randint(2, 90)} days'\nGROUP BY 1\n"
            f"HAVING n > {rng.randint(2, 50)}\nORDER BY n DESC;\n")


_SNIPPETS = [("python", _py_snippet, ["KeyError: '{f}'", "TypeError: 'NoneType' object is not subscriptable",
                                      "RuntimeWarning: coroutine was never awaited",
                                      "IndexError: list index out of range"]),
             ("javascript", _js_snippet, ["TypeError: Cannot read properties of undefined (reading '{f}')",
                                          "Unhandled Promise rejection", "Maximum update depth exceeded"]),
             ("go", _go_snippet, ["panic: runtime error: invalid memory address or nil pointer dereference",
                                  "superfluous response.WriteHeader call"]),
             ("rust", _rust_snippet, ["error[E0597]: `{f}` does not live long enough",
                                      "error[E0515]: cannot return value referencing local variable"]),
             ("sql", _sql_snippet, ["column \"n\" does not exist", "must appear in the GROUP BY clause"])]

CODE_TASKS = [
    "parses a CSV of {field}s and returns the top {n} by value",
    "retries an HTTP call with exponential backoff and jitter",
    "validates an email address without using a giant regex",
    "merges two sorted lists of {ident}s",
    "debounces a function call",
    "converts a nested dict to dotted keys",
    "reads a large log file and counts status codes per hour",
    "computes a rolling average over the last {n} {ident}s",
    "deduplicates {ident}s by {field} keeping the newest",
    "paginates through an API that returns a next_cursor",
    "checks whether a string is a valid IPv4 address",
    "groups {ident}s by week and sums the {field}",
    "uploads a file to S3 with a progress bar",
    "rate-limits calls to {n} per second",
]
CODE_ASKS = [
    "Why does this {lang} code throw `{err}`?\n\n```{lang}\n{code}```",
    "I'm getting `{err}` here, what am I missing?\n```\n{code}```",
    "Can you review this {lang} and tell me what's off?\n\n{code}",
    "Refactor this to be more readable:\n```{lang}\n{code}```",
    "Write a {lang} function that {task}.",
    "How would you write something in {lang} that {task}? Keep it simple.",
    "What's the idiomatic way in {lang} to do this?\n```{lang}\n{code}```",
    "Add type hints and docstrings to this:\n```{lang}\n{code}```",
    "Write unit tests for this function:\n```{lang}\n{code}```",
    "Explain what this does line by line, I inherited it:\n```{lang}\n{code}```",
    "How do I {devops} ?",
    "What's the difference between {ca} and {cb} in {lang}?",
    "Regex to match {rx}?",
    "My {tool} build fails with `{build_err}`. Ideas?",
]
_CODE_EXTRA = {
    "devops": ["set up a GitHub Actions workflow that runs pytest on every PR",
               "make a Docker image smaller for a Python app",
               "rotate logs with logrotate for a node app",
               "undo the last git commit but keep the changes",
               "squash the last 4 commits before pushing",
               "configure nginx as a reverse proxy with HTTPS",
               "run a cron job every weekday at 7am",
               "find which process is using port 8080",
               "write a Makefile target that only rebuilds changed files"],
    "ca": ["a list", "map", "interface", "a Promise", "Box", "a struct", "let", "=="],
    "cb": ["a tuple", "forEach", "type alias", "async/await", "Rc", "a class", "const", "==="],
    "rx": ["UK postcodes", "dates like 2024-03-01", "hex colour codes", "a semver string",
           "phone numbers with optional country code"],
    "tool": ["webpack", "cargo", "gradle", "vite", "maven", "cmake", "poetry"],
    "build_err": ["Module not found: Can't resolve 'fs'", "linker `cc` not found",
                  "Could not resolve all dependencies", "SolverProblemError",
                  "undefined reference to `pthread_create'"],
    "field": _FIELD, "ident": _IDENT,
}


def code_prompt(rng):
    lang, snip, errs = pick(rng, _SNIPPETS)
    code = snip(rng)
    err = pick(rng, errs).replace("{f}", pick(rng, _FIELD))
    task = fill(rng, pick(rng, CODE_TASKS), field=_FIELD, ident=_IDENT)
    lang_name = lang if lang != "sql" else pick(rng, ["Postgres", "SQL", "MySQL"])
    if chance(rng, 0.3):
        lang_name = pick(rng, ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "Bash"])
    t = fill(rng, pick(rng, CODE_ASKS), lang=lang_name, err=err, code=code, task=task, **_CODE_EXTRA)
    return casual(rng, t) if chance(rng, 0.5) else t


def code_snippet(rng):
    return pick(rng, _SNIPPETS)[1](rng)


# ---------------------------------------------------------------- agentic (developer / product)

DEV_TOOLSETS = [
    ["bash", "read_file", "edit_file", "list_dir", "grep"],
    ["bash", "read_file", "write_file", "str_replace", "glob", "grep", "todo_write"],
    ["run_terminal_cmd", "read_file", "edit_file", "codebase_search", "web_search"],
    ["shell", "apply_patch", "read", "search"],
]
_DIRS = ["src", "app", "lib", "services/api", "pkg/store", "internal/auth", "web/components",
         "tests", "cmd/server", "backend", "frontend/src/pages", "crates/core/src"]
_MODS = ["billing", "auth", "user_service", "router", "cache", "export", "scheduler", "parser",
         "notifications", "search", "invoices", "settings", "upload", "metrics"]
_EXTS = ["py", "ts", "go", "rs", "tsx", "java", "rb"]
DEV_AGENT_TASKS = [
    "fix the failing test in {path}",
    "the CI is red on main, figure out why and fix it",
    "add pagination to the /{mod} endpoint, default page size {n}0",
    "rename {ident}_id to {ident}_uuid everywhere and update the migrations",
    "write tests for {path}, we have basically none",
    "there's a race condition somewhere in {path}, can you find it",
    "upgrade the {mod} module to the new SDK and fix whatever breaks",
    "add a --dry-run flag to the {mod} command",
    "profile {path} - the nightly job went from 3 to 40 minutes",
    "implement the TODOs in {path}",
    "make the {mod} service read its config from env vars instead of the yaml file",
    "clean up the lint warnings in {dir}",
    "port {path} from callbacks to async/await",
    "add structured logging to the {mod} handlers",
    "why does `make test` hang after the {mod} tests? fix it",
]
DEV_AGENT_NUDGES = [
    "looks good, also update {doc}", "no, don't touch {path}", "continue",
    "run {suite} before you finish", "can you undo the last change to {path}",
    "keep going, but skip {path}", "nice. commit it with a sensible message", "that's not it, look at {path} instead",
    "stop, use the existing helper in {dir} instead of writing a new one", "ok ship it",
    "why did you change {path}?", "tests in {dir} are flaky anyway, ignore them", "use {lib} for that",
]


def _path(rng):
    return f"{pick(rng, _DIRS)}/{pick(rng, _MODS)}.{pick(rng, _EXTS)}"


def dev_agent_task(rng):
    return casual(rng, fill(rng, pick(rng, DEV_AGENT_TASKS), path=_path, mod=_MODS, ident=_IDENT,
                            dir=_DIRS))


def dev_agent_nudge(rng):
    t = fill(rng, pick(rng, DEV_AGENT_NUDGES), path=_path, dir=_DIRS,
             doc=["the README", "CHANGELOG.md", "the API docs", "the migration guide", "docs/{mod}.md"],
             suite=["the full test suite", "make lint", "cargo clippy", "the e2e tests", "pytest -x"],
             lib=["tenacity", "zod", "anyhow", "pydantic", "the retry helper", "sqlx"])
    if "{mod}" in t:
        t = t.replace("{mod}", pick(rng, _MODS))
    return casual(rng, t)


# ---------------------------------------------------------------- reasoning problems

def _poly(rng):
    a, b, c = rng.randint(1, 9), rng.randint(-20, 20), rng.randint(-30, 30)
    sb = f"+ {b}" if b >= 0 else f"- {-b}"
    sc = f"+ {c}" if c >= 0 else f"- {-c}"
    return f"{a}x^2 {sb}x {sc}"


def math_problem(rng):
    """A parametric competition/homework-style problem; the numbers make most distinct."""
    k = rng.randrange(16)
    r = rng.randint
    if k == 0:
        return f"Find all real x such that {_poly(rng)} = 0, and verify each root."
    if k == 1:
        return (f"How many {r(3, 6)}-element subsets of {{1, 2, ..., {r(12, 30)}}} contain no two "
                f"consecutive integers?")
    if k == 2:
        red, blue, d = r(3, 9), r(3, 9), r(2, 4)
        return (f"A bag holds {red} red and {blue} blue marbles. {d} are drawn without replacement. "
                f"What is the probability that exactly {r(1, d)} of them are red?")
    if k == 3:
        return f"Find the remainder when {r(2, 19)}^{r(50, 2026)} is divided by {r(7, 97)}."
    if k == 4:
        a, b, c = sorted([r(4, 30), r(4, 30), r(4, 30)])
        if a + b <= c:
            c = a + b - 1
        return (f"A triangle has sides {a}, {b} and {c}. Find its area and the radius of its "
                f"inscribed circle.")
    if k == 5:
        return (f"Prove that for every positive integer n, {r(2, 9)}^(2n) - {r(1, 1)} is divisible by "
                f"{r(3, 8)}, or find the smallest counterexample.")
    if k == 6:
        return (f"Two trains leave {pick(rng, CITIES)} and {pick(rng, CITIES)}, {r(150, 900)} km apart, "
                f"at {r(50, 140)} km/h and {r(50, 140)} km/h, the second one {r(10, 90)} minutes later. "
                f"Where and when do they meet?")
    if k == 7:
        m, ang, mu = r(2, 40), r(15, 55), r(5, 45) / 100
        return (f"A {m} kg block slides down a {ang} degree incline with kinetic friction coefficient "
                f"{mu}. Starting from rest, how fast is it moving after {r(2, 12)} m?")
    if k == 8:
        a, b, c, d = r(80, 400), r(2, 9), r(100, 2000), r(5, 40)
        return (f"A monopolist faces demand Q = {a} - {b}P and has cost C(Q) = {c} + {d}Q. Find the "
                f"profit-maximising price and quantity and the deadweight loss.")
    if k == 9:
        names = rng.sample(FIRST, 3)
        return (f"On an island, knights always tell the truth and knaves always lie. {names[0]} says "
                f"'{names[1]} is a knave.' {names[1]} says '{names[0]} and {names[2]} are the same "
                f"kind.' {names[2]} says nothing. What are they?")
    if k == 10:
        return (f"Let f(x) = x^3 - {r(2, 12)}x^2 + {r(1, 40)}x - {r(1, 30)}. Find its local extrema "
                f"and the number of real roots.")
    if k == 11:
        return (f"Evaluate the integral of x^{r(1, 4)} * e^(-{r(1, 5)}x) from 0 to infinity.")
    if k == 12:
        return (f"In how many ways can {r(5, 10)} people sit around a round table if {pick(rng, FIRST)} "
                f"and {pick(rng, FIRST)} refuse to sit next to each other?")
    if k == 13:
        return (f"A loan of {r(5, 90)}000 at {r(2, 9)}.{r(0, 9)}% annual interest is repaid monthly over "
                f"{r(3, 30)} years. What is the monthly payment and the total interest?")
    if k == 14:
        n = r(20, 400)
        return f"Find the number of positive divisors of {n * r(2, 50)} and their sum."
    return (f"A {r(3, 12)} x {r(3, 12)} grid is walked from the bottom-left to the top-right corner "
            f"moving only up or right, avoiding the cell ({r(1, 3)}, {r(1, 3)}). How many paths are there?")


def algo_problem(rng):
    r = rng.randint
    k = rng.randrange(8)
    if k == 0:
        return (f"Given an array of n integers (n <= {r(1, 5)}*10^5), find the length of the longest "
                f"subarray whose sum is divisible by {r(3, 50)}.")
    if k == 1:
        return (f"Given a weighted directed graph with up to {r(1, 9)}0000 edges, find the cheapest path "
                f"from s to t that uses at most {r(2, 9)} edges.")
    if k == 2:
        return (f"Design a data structure supporting insert, delete and get-median in O(log n), for up "
                f"to {r(1, 9)}*10^5 operations.")
    if k == 3:
        return (f"Count the strings of length {r(5, 60)} over the alphabet {{a, b, c}} that contain no "
                f"'{pick(rng, ['aa', 'abc', 'bb', 'cab', 'aba'])}' as a substring, modulo 10^9+7.")
    if k == 4:
        return (f"There are {r(2, 9)}0 tasks with deadlines and profits; each takes one unit of time. "
                f"Maximise the total profit and prove your greedy choice is correct.")
    if k == 5:
        return (f"Implement an LRU cache with capacity {r(2, 512)} and O(1) get/put, then analyse the "
                f"memory overhead.")
    if k == 6:
        return (f"Given intervals [l_i, r_i] (up to {r(1, 9)}*10^5 of them), find the minimum number of "
                f"points that stab all intervals.")
    return (f"Given a {r(3, 20)}x{r(3, 20)} grid of 0s and 1s, find the largest square made only of "
            f"1s, and extend it to rectangles.")


def reasoning_problem(rng):
    return math_problem(rng) if chance(rng, 0.72) else algo_problem(rng)


# benign students / curious people asking about maths
STUDENT_ASKS = [
    "How do I solve this? {prob}",
    "{prob} I got {wrong} but the book says otherwise, where did I go wrong?",
    "can someone explain this one, I'm lost: {prob}",
    "Homework help: {prob} Please explain the steps, I want to understand it, not just copy it.",
    "{prob}\n\nWhat's the trick here?",
    "Is there a faster way to do this than brute force? {prob}",
    "I'm revising for my exam. {prob} Can you walk me through it?",
    "Check my reasoning: {prob} My approach was to {approach}.",
    "Give me a hint (not the full answer) for: {prob}",
]
_STUDENT_EXTRA = {
    "wrong": _int(2, 300),
    "approach": ["use the quadratic formula", "draw a tree diagram", "use complementary counting",
                 "set up two equations", "take logs of both sides", "use induction",
                 "apply Fermat's little theorem", "split it into cases"],
}


def student_reasoning_prompt(rng, prob=None):
    prob = prob or math_problem(rng)
    return casual(rng, fill(rng, pick(rng, STUDENT_ASKS), prob=prob, **_STUDENT_EXTRA))


# ---------------------------------------------------------------- vision / rewrite / data / grading (benign)

VISION_ASKS = [
    "What does this error screenshot mean?", "Can you read the handwriting in this photo?",
    "What plant is this? It's growing in my {room}.", "Extract the table in this image into CSV.",
    "Is this rash something to worry about? (photo attached)", "What breed is this {pet}?",
    "Transcribe this receipt and total it by category.", "Describe this chart in two sentences.",
    "Here's my whiteboard from the meeting, turn it into action items.",
    "Translate the menu in this picture to English.", "Which of these two outfits works better for {purpose}?",
    "What's wrong with my {device} based on this photo?", "Can you solve the puzzle in this picture?",
    "Turn this hand-drawn wireframe into HTML.", "What is this bug? Found it in the {room}.",
]


VISION_TAILS = ["", "", "", " Took it this morning.", " It's from my trip to {city}.", " (sorry, blurry)",
                " My {recipient} sent it to me.", " Second photo is the back side.", " Need it for {weekday}.",
                " This is the {n}th time I'm asking something like this lol", " Be honest."]


def vision_prompt(rng):
    t = fill(rng, pick(rng, VISION_ASKS), room=["kitchen", "garden", "bathroom", "balcony", "basement"])
    return casual(rng, t + fill(rng, pick(rng, VISION_TAILS)))


REWRITE_ASKS = [
    "Rewrite this paragraph to sound more professional:\n\n{para}",
    "Make this less passive aggressive: \"{para_short}\"",
    "Paraphrase this so it doesn't sound copied: {para}",
    "Simplify this for a {age} year old reader:\n{para}",
    "Can you make this email clearer? {para_short}",
    "Turn these notes into a short announcement for the team: {para}",
    "Rewrite in British English and fix the grammar: {para_short}",
    "Shorten this to under {n}0 words: {para}",
    "Make this sound more confident: {para_short}",
]


def rewrite_prompt(rng):
    return fill(rng, pick(rng, REWRITE_ASKS), para=lambda r: paragraph(r),
                para_short=lambda r: paragraph(r, 2), age=_int(8, 14))


DATA_ASKS = [
    "Give me {n10} example sentences using the word '{word}'.",
    "Generate {n10} fake customer records in JSON for testing, with name, email and city.",
    "Create a quiz with {n} questions about {topic} for my class.",
    "List {n10} interview questions for a {role}.",
    "Make {n10} flashcards (front/back) for {topic}.",
    "Write {n} sample tweets announcing our {business} opening in {city}.",
    "Give me {n10} ideas for team-building activities for {n}0 people.",
]
_DATA_EXTRA = {
    "word": ["ubiquitous", "reluctant", "meticulous", "ephemeral", "candid", "tenacious"],
    "topic": ["the French Revolution", "photosynthesis", "fractions", "the water cycle",
              "World War I", "basic Spanish verbs", "the solar system", "cell biology"],
    "role": ["backend engineer", "nurse", "product manager", "barista", "data analyst", "teacher"],
}


def data_prompt(rng):
    return casual(rng, fill(rng, pick(rng, DATA_ASKS), **_DATA_EXTRA))


# ---------------------------------------------------------------- support / app traffic

SUPPORT_MSGS = [
    "my order {order} still hasn't arrived, it's been {n} days",
    "How do I reset my password? The link in the email says expired after {n} minutes.",
    "Can I change the delivery address for order {order}?",
    "I was charged twice this month!! {n}{n} euros each time",
    "do you ship to {city}?", "the app keeps logging me out on my {device2}", "I want to cancel my {plan} subscription, how",
    "I want to cancel my subscription before {weekday}", "Is the {product} compatible with {device2}?",
    "where is my refund for {order}", "Can I return something I bought {n} weeks ago?",
    "What are your opening hours on {weekday}?", "The discount code {code} isn't working",
    "hello? is anyone there, been waiting {n} minutes", "I need an invoice for {order} with my company's VAT number",
    "The {product} arrived broken. What now?", "is the {product} back in stock in {colour}?",
    "How long does shipping to {city} take?", "I never got the confirmation email for {order}", "can i pay with {paym}",
]
_SUPPORT_EXTRA = {
    "order": lambda r: f"#{r.randint(100000, 999999)}",
    "product": ["blender", "desk lamp", "running shoes", "wireless charger", "yoga mat",
                "backpack", "coffee grinder", "phone case", "air purifier", "kettle"],
    "device2": ["iPhone 15", "Pixel 8", "my Mac", "Windows 11", "a Samsung tablet", "iPad", "Android"],
    "plan": ["monthly", "annual", "family", "premium", "student", "trial"],
    "paym": ["paypal", "klarna", "apple pay", "bank transfer", "a gift card", "crypto"],
    "colour": ["black", "white", "green", "the large size", "blue"],
    "code": lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
}


SUPPORT_OPEN = ["", "", "", "Hi, {first} here. ", "hello ", "Order {order}: ", "URGENT ", "Hey team, ",
                "Good morning. ", "{first} {last} (account {email}): "]


def support_message(rng):
    t = fill(rng, pick(rng, SUPPORT_OPEN), email=lambda r: f"{pick(r, FIRST).lower()}{r.randint(1, 99)}@{pick(r, ['gmail.com', 'outlook.com', 'yahoo.com'])}",
             **_SUPPORT_EXTRA) + fill(rng, pick(rng, SUPPORT_MSGS), **_SUPPORT_EXTRA)
    return casual(rng, t)


def product_copy_request(rng):
    return fill(rng, "Product: {product}\nColour: {colour}\nMaterial: {mat}\nPrice: {price}\n"
                     "Write a {len}-word description for the shop page, {style}.",
                product=_SUPPORT_EXTRA["product"],
                colour=["black", "sage green", "sand", "navy", "terracotta", "white", "charcoal"],
                mat=["recycled plastic", "stainless steel", "bamboo", "cotton canvas", "aluminium"],
                price=lambda r: f"{r.randint(9, 240)}.{r.choice(['00', '50', '95', '99'])}",
                len=["60", "80", "100", "120"],
                style=["upbeat", "minimal", "premium feel", "playful", "no superlatives"])


def meeting_notes(rng):
    lines = []
    for _ in range(rng.randint(4, 9)):
        lines.append(fill(rng, pick(rng, [
            "- {first}: {mod} migration is {pct}% done, blocked on {first2}",
            "- decided to push the {mod} launch to {weekday}",
            "- {first} to follow up with legal about {email_topic}",
            "- budget for Q{q} approved, {budget}k",
            "- open question: do we keep the {mod} dashboard?",
            "- {first} out next week, {first2} covering",
        ]), mod=_MODS, first2=FIRST, pct=_int(5, 95), q=_int(1, 4)))
    return "\n".join(lines)


def moderation_rewrite(rng):
    insults = ["idiot", "clown", "moron", "useless", "pathetic", "garbage"]
    base = fill(rng, pick(rng, [
        "this {product} is {ins} and so is whoever designed it",
        "you {ins_pl} shipped my order to the wrong {city} AGAIN",
        "only a {ins} would think {n} weeks delivery is fine",
        "the support guy {first} was {ins}, fix your company",
    ]), product=_SUPPORT_EXTRA["product"], ins=insults,
        ins_pl=["idiots", "clowns", "morons", "amateurs", "muppets"])
    return base


# ---------------------------------------------------------------- grading

RUBRIC_CRITERIA = ["correctness", "completeness", "clarity", "use of evidence", "structure",
                   "conciseness", "reasoning quality", "factual accuracy", "helpfulness",
                   "tone", "safety", "instruction following", "originality", "citation quality"]


def short_answer(rng):
    return pick(rng, [
        "The answer is {v} because the two terms cancel and only the constant remains.",
        "First I factored the expression, then I set each factor to zero and got x = {v}.",
        "It depends. In most cases the first option is better, but not if {first} is right about the cost.",
        "The main cause was economic pressure, especially rising bread prices and the debt crisis.",
        "Photosynthesis turns light into chemical energy stored in glucose; oxygen is released.",
        "I would use a hash map keyed by id, then sort the values; that's O(n log n).",
    ]).replace("{v}", str(rng.randint(-20, 200))).replace("{first}", pick(rng, FIRST))


def essay_excerpt(rng):
    return paragraph(rng, rng.randint(3, 5))
