"""Everyday prompts: what individuals ask, in many topics and a dozen languages.

`prompt(rng, topic)` returns (text, capability, (out_lo, out_hi)). The same topic generators serve the ordinary
population and anyone who imitates it.
"""
from tk import Grammar, L, P, casual

R = {
    "city": P("Lisbon|Porto|Kyoto|Osaka|Seoul|Busan|Hanoi|Da Nang|Bangkok|Chiang Mai|Mexico City|Oaxaca|Lima|Cusco|"
              "Buenos Aires|Cape Town|Marrakech|Istanbul|Athens|Crete|Dubrovnik|Prague|Vienna|Budapest|Krakow|Berlin|"
              "Amsterdam|Copenhagen|Edinburgh|Dublin|Reykjavik|Montreal|Vancouver|Chicago|New Orleans|Denver|Austin|"
              "Nashville|San Diego|Seattle|Boston|Savannah|Tokyo|Taipei|Singapore|Bali|Sydney|Melbourne|Queenstown|Nairobi|Zanzibar"),
    "dish": P("lasagna|chicken tikka masala|shakshuka|pad thai|beef stew|risotto|banana bread|sourdough|ramen|chili|"
              "pierogi|paella|falafel|mac and cheese|pho|bibimbap|moussaka|jollof rice|empanadas|carrot cake|"
              "lentil soup|pumpkin soup|apple crumble|butternut squash curry|focaccia|pulled pork|gnocchi|tacos al pastor"),
    "ingredient": P("eggs|butter|buttermilk|heavy cream|fish sauce|cumin|fresh basil|yeast|cornstarch|white wine|"
                    "brown sugar|coconut milk|tahini|gochujang|ricotta|shallots|cilantro|sour cream|miso|lemongrass"),
    "plant": P("monstera|fiddle leaf fig|pothos|snake plant|tomato plants|basil|rosemary|lemon tree|orchid|hydrangea|"
               "peace lily|zucchini|blueberry bush|lavender|succulents|garlic|tulip bulbs|peony|rubber plant|calathea"),
    "symptom": P("yellow leaves|brown crispy tips|white powder on the leaves|drooping stems|tiny flies in the soil|"
                 "black spots|leaves curling inward|sticky residue|no new growth|root rot smell"),
    "pet": P("my cat|my dog|our puppy|my senior dog|my rabbit|our kitten|my parrot|my hamster|my rescue greyhound|my bearded dragon"),
    "petissue": P("keeps scratching the couch|won't stop barking at night|is not eating much|throws up after meals|"
                  "pulls on the leash|is scared of the vacuum|pees outside the litter box|chews everything|"
                  "is losing fur around the tail|hides when guests come"),
    "appliance": P("dishwasher|washing machine|fridge|oven|garbage disposal|water heater|furnace|dryer|toilet|"
                   "bathroom fan|kitchen faucet|thermostat|garage door opener|sump pump"),
    "fault": P("makes a grinding noise|leaks from the bottom|won't turn on|trips the breaker|smells like burning|"
               "runs constantly|shows error code E‹#1-9›‹#0-9›|doesn't drain|keeps beeping|gets hot but doesn't heat"),
    "car": P("2014 Honda Civic|2018 Toyota RAV4|2011 Ford Focus|2016 VW Golf|2020 Tesla Model 3|2009 Subaru Outback|"
             "2015 Mazda 3|2019 Kia Sportage|2013 BMW 320d|2017 Hyundai Tucson|2012 Skoda Octavia|2021 Ford F-150"),
    "carissue": P("squeals when braking|shakes at highway speed|check engine light came on|battery keeps dying|"
                  "AC blows warm air|smells like coolant|makes a clunk over bumps|hesitates when accelerating|"
                  "pulls to the left|won't start when it's cold"),
    "job": P("nurse|software engineer|teacher|accountant|barista|project manager|graphic designer|electrician|"
             "data analyst|paralegal|warehouse supervisor|marketing coordinator|pharmacist|chef|UX researcher|"
             "customer success manager|mechanical engineer|social worker|sales rep|lab technician"),
    "relation": P("my sister|my best friend|my coworker|my landlord|my neighbour|my mother-in-law|my roommate|"
                  "my teenage son|my boss|my ex|my partner|my dad|a friend from college"),
    "lang": P("Spanish|French|German|Japanese|Korean|Italian|Portuguese|Mandarin|Dutch|Turkish|Arabic|Greek|Polish|Swedish"),
    "hobby": P("guitar|piano|running|bouldering|knitting|chess|photography|woodworking|watercolour painting|"
               "birdwatching|baking bread|3D printing|home brewing|sourdough|drawing|swimming|tennis|cycling"),
    "game": P("Baldur's Gate 3|Elden Ring|Stardew Valley|Minecraft|Factorio|Civilization VII|Hades II|Zelda|"
              "Cyberpunk 2077|Hollow Knight: Silksong|Balatro|Satisfactory|Skyrim|Terraria|Rimworld|Dota 2"),
    "artist": P("Radiohead|Taylor Swift|Bach|Fleetwood Mac|Kendrick Lamar|Bjork|Miles Davis|Chopin|Daft Punk|"
                "Joni Mitchell|Arctic Monkeys|Beyonce|Debussy|Nick Drake|BTS|Fela Kuti"),
    "money": P("‹#2-9›,‹#100-999›|‹#10-95›,000|‹#120-900›|‹#1-4›,‹#100-999›|‹#300-999›,000"),
    "usstate": P("Ohio|Texas|California|New York|Florida|Illinois|Georgia|Washington|Pennsylvania|Arizona|Colorado|"
                 "North Carolina|Michigan|Oregon|Minnesota|Virginia|Massachusetts|Tennessee"),
    "month": P("January|February|March|April|May|June|July|August|September|October|November|December"),
    "weekday": P("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
    "hcity": P("my town|our city|the suburbs|a small village|a rural area|a mid-size city"),
    "var": P("x|y|n|t|k|a|b"),
    "fn": P("f(x) = x^‹#2-5› - ‹#2-9›x + ‹#1-20›|g(x) = ‹#2-9›x/(x^2 + ‹#1-9›)|h(t) = e^(‹#2-5›t) sin(t)|"
            "f(x) = ln(x^2 + ‹#1-9›)|y = ‹#2-7›x^3 - ‹#2-9›x^2 + x - ‹#1-9›|f(x) = sqrt(‹#2-9›x + ‹#1-9›)|"
            "p(x) = (x - ‹#1-6›)^2 (x + ‹#1-5›)|r(x) = (‹#2-5›x + 1)/(x - ‹#1-4›)"),
    "stat_ctx": P("exam scores of two classes|reaction times before and after caffeine|weights of apples from two orchards|"
                  "blood pressure in a drug trial|customer wait times at two branches|plant heights under two fertilisers|"
                  "daily step counts of ‹#12-40› volunteers|delivery times from two couriers|test scores across three teaching methods"),
    "element": P("sodium|magnesium|aluminium|iron|copper|zinc|calcium|potassium|silver|lithium"),
    "compound": P("NaCl|CaCO3|H2SO4|NaOH|KMnO4|C6H12O6|NH3|CH4|C2H5OH|HCl|Na2CO3|MgO|Fe2O3|CuSO4|KNO3|C3H8"),
    "subject": P("the French Revolution|the fall of the Roman Republic|the Meiji Restoration|the Cold War|"
                 "the Industrial Revolution|the partition of India|apartheid|the Black Death|the Silk Road|"
                 "decolonisation in Africa|the Reformation|the Space Race|the Ottoman Empire's decline|the Harlem Renaissance"),
    "book": P("1984|Pride and Prejudice|Frankenstein|Beloved|The Great Gatsby|Things Fall Apart|Jane Eyre|"
              "One Hundred Years of Solitude|Macbeth|Of Mice and Men|The Handmaid's Tale|Dracula|Hamlet|"
              "To Kill a Mockingbird|Never Let Me Go|The Remains of the Day|Crime and Punishment|Middlemarch"),
    "econ": P("minimum wage|rent control|tariffs on steel|quantitative easing|a sugar tax|universal basic income|"
              "congestion pricing|a carbon tax|price caps on energy|raising interest rates"),
    "pyconcept": P("list comprehensions|decorators|recursion|classes and objects|dictionaries|async/await|"
                   "generators|lambda functions|file reading|exceptions|the difference between == and is|f-strings"),
    "xltask": P("count cells that contain a word|sum values by month|look up a price from another sheet|"
                "highlight duplicates|split a full name into first and last|calculate age from a birth date|"
                "get the last non-empty value in a column|combine two columns with a comma|"
                "rank sales people within each region|flag rows where the date is older than 90 days"),
    "event": P("my sister's wedding|my dad's 60th birthday|a retirement party|my best friend's funeral|"
               "a team offsite|our 10-year anniversary|a baby shower|my brother's graduation"),
    "costume": P("a group of four friends|a couple|a toddler|my dog|an office party|someone who hates face paint|"
                 "a last-minute costume with stuff from home|a family with two kids"),
    "trip_len": P("‹#3-6› days|a long weekend|two weeks|‹#7-10› days|a week"),
    "budget": P("on a tight budget|mid-range|without a car|with two kids|with my elderly parents|solo|as a vegetarian|"
                "in the rainy season|in late October|over Christmas"),
    "exercise": P("deadlifts|squats|running a 10k|pull-ups|swimming laps|cycling|yoga|kettlebell swings|rowing"),
    "goal": P("lose ‹#3-15› kg|run my first half marathon|get stronger without a gym|fix my posture|"
              "sleep better|build muscle at ‹#40-65›|get back in shape after a baby|lower my blood pressure"),
    "product": P("robot vacuum|air fryer|standing desk|mechanical keyboard|noise-cancelling headphones|e-bike|"
                 "espresso machine|mattress|running shoes|laptop for university|baby stroller|air purifier|"
                 "budget phone|4K monitor|electric toothbrush|dehumidifier"),
    "riddle_obj": P("coins|boxes|doors|hats|switches|bridges|cards|eggs|bottles|keys"),
}

TOPICS = {
    "taxes": ("chat", (250, 900), L("""
I filed an extension and the deadline is October 15. I'm a freelancer in ‹usstate› who made about $‹money› — what do I still need to pull together?
Can I deduct a home office if I rent and only work from home ‹#2-4› days a week?
I sold some stock I'd held for ‹#8-30› months at a gain of about $‹money›. Roughly how is that taxed compared to my salary?
My employer messed up my W-2 and the box 1 number is wrong. Do I wait for a corrected one or file with what I have?
How do quarterly estimated taxes work if I just started driving for a delivery app in ‹month›?
I moved from ‹usstate› to ‹usstate› in the middle of last year. Do I file two state returns?
Is it worth paying someone to do my taxes if I have a rental property and a day job?
We got married in ‹month›. Is filing jointly always better, or are there cases where separate is cheaper?
I got a 1099-K from a resale app for stuff I sold at a loss. Do I owe anything on that?
""")),
    "cooking": ("chat", (200, 800), L("""
I want to make ‹dish› for ‹#4-12› people tonight but I don't have ‹ingredient›. What can I use instead?
Give me a weeknight ‹dish› recipe that takes under 40 minutes.
My ‹dish› always comes out ‹bland|too salty|soggy|dry|greasy›. What am I doing wrong?
What can I make with ‹ingredient›, ‹ingredient›, rice and a bag of frozen spinach?
How long can cooked ‹dish› stay in the fridge, and can I freeze it?
Plan a vegetarian dinner menu for a ‹casual|fancy› party of ‹#6-14› with one dish I can prep the day before.
Convert this to metric please: 2 cups flour, 1 stick butter, 3/4 cup sugar, 1 tbsp baking powder.
Is there a way to make ‹dish› in an air fryer?
I have ‹#2-6› pounds of apples from picking. Ideas besides pie?
""")),
    "garden": ("chat", (180, 700), L("""
My ‹plant› has ‹symptom›. What's going on and how do I fix it?
When should I plant ‹garlic|tulip bulbs|daffodils|spring onions|broad beans› if I live in zone ‹#4-9›?
Is it too late in October to ‹plant grass seed|divide perennials|move a shrub|prune roses|plant a hedge›?
How often should I water a ‹plant› indoors during winter?
What's a good low-maintenance ground cover for a shady slope?
Can I compost ‹citrus peels|coffee grounds|cardboard|weeds with seeds|cooked rice›?
My neighbour's tree drops leaves into my gutters every fall — what's the easiest way to deal with that?
""")),
    "travel": ("chat", (300, 1200), L("""
Plan ‹trip_len› in ‹city› ‹budget›.
Is ‹city› or ‹city› better for a first trip in ‹month›?
What's the cheapest way to get from ‹city› airport to the old town late at night?
Do I need a visa to visit ‹city› with a ‹Brazilian|Indian|Nigerian|Filipino|Mexican|Turkish|US|UK› passport?
I have a ‹#5-11› hour layover in ‹city›. Is it worth leaving the airport?
Rough daily budget for ‹city› if we eat street food and stay in hostels?
Help me write a polite message to our Airbnb host asking for a late checkout.
What should I pack for ‹city› in ‹month› if I only bring a carry-on?
""")),
    "health": ("chat", (200, 700), L("""
I want to ‹goal›. Can you give me a simple ‹#3-5›-day-a-week plan?
What's the difference between ‹ibuprofen and paracetamol|a cold and the flu|a sprain and a strain|HIIT and steady cardio›?
Is it bad to do ‹exercise› every day?
I get headaches most afternoons around 3pm. What are common causes I could check before seeing a doctor?
How much protein do I actually need if I weigh ‹#55-110› kg and lift ‹#2-5› times a week?
My knee hurts after ‹exercise›. Should I rest or keep moving?
Any tips for falling asleep when my mind won't shut off?
""")),
    "parenting": ("chat", (200, 700), L("""
My ‹#2-6› year old refuses to ‹sleep in her own bed|eat vegetables|brush his teeth|leave the playground|get dressed in the morning›. Any strategies that actually work?
How do I explain ‹death of a grandparent|divorce|a new baby coming|moving house› to a ‹#3-9› year old?
What are good screen time rules for a ‹#8-14› year old?
My teenager got caught ‹vaping|skipping school|lying about where she was›. How should I handle the conversation?
Ideas for a rainy day at home with ‹two|three› kids under ‹#5-9›?
Is it normal that my ‹#10-18›-month-old isn't ‹walking|talking|sleeping through› yet?
""")),
    "pets": ("chat", (150, 600), L("""
‹pet› ‹petissue›. What should I try?
How do I introduce ‹a new kitten|a second dog|a rescue cat› to ‹pet›?
Is it safe for dogs to eat ‹grapes|peanut butter|pumpkin|cheese|apples|cooked bones›?
What's a fair price for a dog walker in ‹city›?
‹pet› is ‹#9-16› years old and sleeping much more than usual. When should I worry?
""")),
    "home": ("chat", (150, 700), L("""
My ‹appliance› ‹fault›. Is this something I can fix myself?
How do I get rid of ‹mould in the shower grout|fruit flies|a musty smell in the basement|condensation on windows›?
What's the right way to patch a fist-sized hole in drywall?
Cheapest way to make a drafty rental warmer this winter without annoying the landlord?
Should I paint over wallpaper or strip it first?
How do I bleed radiators and how often should I do it?
""")),
    "cars": ("chat", (150, 600), L("""
My ‹car› ‹carissue›. What could it be?
Is it worth fixing a ‹car› with ‹#140-260›k km if the repair is $‹#900-3800›?
How do I know if I need new tyres or just a rotation?
Lease vs buy for someone who drives about ‹#8-25›,000 miles a year?
What should I check before buying a used ‹car›?
""")),
    "legal": ("chat", (250, 900), L("""
My landlord is keeping $‹#300-2400› of my deposit for ‹normal wear and tear|cleaning|a stain on the carpet›. What are my options in ‹usstate|England|Ontario|Victoria|Ireland›?
Can my employer ‹make me work unpaid overtime|change my shift with one day notice|deduct a broken laptop from my pay›?
I bought a ‹product› that broke after ‹#2-10› weeks and the shop refuses a refund. What can I do?
My flight was delayed ‹#3-9› hours. Am I entitled to compensation?
What's the difference between a will and a living trust?
A debt collector keeps calling about a debt I don't recognise. What should I say?
""")),
    "writing": ("rewrite", (200, 800), L("""
Help me write a speech for ‹event›. About 3 minutes, warm but a bit funny.
Write a cover letter for a ‹job› position. I have ‹#1-12› years of experience, mostly in ‹retail|hospitals|startups|public schools|logistics›.
Can you make this sound more professional? "hey, just checking if u had time to look at my application, would really love to hear back"
Rewrite my LinkedIn summary so it doesn't sound so stiff: I am a results-driven ‹job› with a passion for excellence.
Write a short condolence message for a coworker who lost her ‹father|mother|dog|grandmother›.
Proofread this and fix anything awkward: "Me and my team has been working hard to deliver the project on time, however their was some delays."
Turn these bullet points into a friendly email to the neighbours about the ‹street party|noise from the renovation|shared bin rota›.
I need a resignation letter. I'm leaving on good terms after ‹#2-9› years.
""")),
    "rewrite": ("rewrite", (120, 500), L("""
Make this less passive aggressive: "As I already mentioned in my previous email, the report was due on ‹weekday›."
Shorten this to one paragraph for a text message: "‹relation› asked me to help them move on ‹weekday› but I already promised to help my parents and I don't know how to say no without it becoming a thing."
Rewrite this review so it's constructive instead of angry: the food was cold, we waited an hour and nobody apologised.
Can you rephrase "per my last email" in a way that's polite?
Translate this into ‹lang› and keep it casual: "Thanks so much for having us, the dinner was amazing!"
Make this sound more confident for a job interview answer: I think maybe I'm good at working in teams, I guess.
""")),
    "math": ("reasoning", (300, 1400), L("""
Find the derivative of ‹fn›.
Where does ‹fn› have local maxima or minima?
Integrate x^‹#2-4› e^x from 0 to ‹#1-3›.
Solve for ‹var›: ‹#2-9›‹var› + ‹#3-20› = ‹#1-5›(‹var› - ‹#1-9›) + ‹#10-50›.
A train leaves at ‹#7-10›:‹#10-50› going ‹#60-120› km/h; another leaves ‹#20-90› minutes later at ‹#80-160› km/h on the same track. When does the second catch up?
How many ways can ‹#5-9› people sit around a round table if two of them refuse to sit next to each other?
I got ‹#12-40› for this and the answer key says ‹#10-44›: a rectangle has perimeter ‹#30-90› and its length is ‹#2-4› times its width. What's the area?
If I roll ‹#2-4› dice, what's the probability the sum is at least ‹#8-16›?
Prove that the sum of the first n odd numbers is n^2. I don't get how induction works here.
The limit as x goes to 0 of (sin ‹#2-7›x)/x — why is it not 1?
What is the sum of the infinite series 1/‹#2-5› + 1/‹#2-5›^2 + ...? Show how you know it converges.
A ladder ‹#4-9› m long slides down a wall at ‹~0.2-1.5› m/s. How fast is the top falling when the foot is ‹#2-4› m from the wall?
Simplify (x^2 - ‹#4-49›)/(x^2 + ‹#2-12›x + ‹#4-35›) and tell me what values x can't take.
A bag has ‹#3-9› red and ‹#2-8› blue marbles. I draw ‹#2-3› without replacement — what's P(all the same colour)?
Find all real solutions of x^4 - ‹#5-13›x^2 + ‹#4-36› = 0.
My kid's homework: a shirt costs $‹#18-60› after a ‹#10-40›% discount. What was the original price? I keep getting a different answer than her.
""")),
    "physics": ("reasoning", (300, 1300), L("""
A ‹#2-20› kg box is pushed up a ‹#15-40› degree ramp with coefficient of friction ‹~0.1-0.5›. What force keeps it moving at constant speed?
A ball is thrown at ‹#10-30› m/s at ‹#20-70› degrees. How far does it land, ignoring air resistance?
Why does a spinning ice skater speed up when she pulls her arms in?
Two resistors of ‹#10-220› and ‹#10-470› ohms are in parallel with a ‹#5-24› V battery. Current through each?
A ‹#500-2000› kg car goes from 0 to ‹#60-110› km/h in ‹#5-12› s. Average power, roughly?
How does a transformer step voltage down? My textbook explanation makes no sense.
A pendulum is ‹~0.3-2.5› m long. What is its period on the Moon?
What happens to the pressure of a gas if I halve the volume and double the temperature in kelvin?
An object is ‹#10-60› cm from a converging lens with focal length ‹#5-25› cm. Where's the image and is it real?
Explain why the sky is blue but sunsets are red without hand-waving.
""")),
    "chemistry": ("reasoning", (250, 1100), L("""
Balance this equation: ‹compound› + ‹compound› -> ?
How many grams of ‹compound› are in ‹~0.1-2.5› mol?
What is the pH of a ‹~0.001-0.5› M solution of ‹HCl|NaOH|acetic acid|ammonia›?
Why does ‹element› react more violently with water than ‹element›?
I need to make ‹#100-1000› mL of a ‹~0.1-2.0› M ‹NaCl|glucose|CuSO4› solution. How much do I weigh out?
What's the difference between SN1 and SN2 reactions, and how do I tell which one happens?
Draw out (in words) the mechanism for the esterification of ethanol with acetic acid.
Why is ice less dense than water?
Limiting reagent question: ‹#5-40› g of ‹element› reacts with ‹#5-40› g of chlorine. Which runs out first?
""")),
    "stats": ("reasoning", (300, 1200), L("""
I have ‹stat_ctx›. Should I use a t-test, a Mann-Whitney test, or something else?
What does a p-value of 0.0‹#1-9› actually mean? My professor said my interpretation was wrong.
Mean is ‹#40-90›, standard deviation ‹#3-15›. What percentage of values fall above ‹#50-110› if it's normal?
How do I interpret an R-squared of 0.‹#12-89› in a regression of ‹house prices on size|sales on ad spend|grades on hours studied›?
Explain the difference between correlation and causation with an example that isn't ice cream and shark attacks.
I surveyed ‹#80-600› people and ‹#20-70›% said yes. What's the 95% confidence interval?
When should I use the median instead of the mean?
Is a sample size of ‹#20-150› enough to detect a difference of ‹#2-10›% between two groups?
""")),
    "logic": ("reasoning", (200, 900), L("""
Riddle: there are ‹#3-12› ‹riddle_obj›, one is different. With a balance scale used ‹#2-3› times, how do I find it?
Three friends each say one sentence and exactly one of them is lying. Ana: "Ben did it." Ben: "Carla did it." Carla: "I didn't do it." Who did it?
What's the trick to the Monty Hall problem? I still think it's 50/50.
A snail climbs ‹#3-5› m up a ‹#10-30› m well each day and slides back ‹#1-2› m at night. How many days?
If all bloops are razzies and some razzies are lazzies, does it follow that some bloops are lazzies?
I'm stuck on a logic grid puzzle: five houses, the ‹red|green|blue› house is left of the ‹white|yellow› one... how should I even start these?
Is "this statement is false" true or false? My kid asked me and I have no idea.
""")),
    "econ": ("reasoning", (300, 1100), L("""
What would happen to unemployment if ‹econ› were introduced? Give both sides.
Can you explain ‹econ› like I'm not an economist?
Why does the central bank raising rates lower inflation? What's the actual mechanism?
If demand is Q = ‹#100-500› - ‹#2-9›P and supply Q = ‹#10-60› + ‹#2-8›P, find the equilibrium and what happens with a $‹#2-10› tax.
What's the difference between GDP and GNI and why would Ireland's numbers be weird?
Is it true that tariffs are paid by the importing country's consumers?
""")),
    "finance": ("reasoning", (250, 1000), L("""
If I invest $‹#100-900› a month for ‹#10-35› years at ‹#4-9›% a year, roughly what do I end up with?
Should I pay off my ‹#4-24›% credit card or put money in my 401k match first?
Mortgage question: $‹#180-750›k at ‹~4.5-7.5›% for ‹15|20|25|30› years — monthly payment and total interest?
Is it better to rent or buy in ‹city› if I might move in ‹#2-6› years?
How does an index fund actually work and why do people say fees matter so much?
I'm ‹#22-58› with $‹money› saved. Is that behind? How should I think about an emergency fund?
How much would I save by refinancing from ‹~6.5-8.0›% to ‹~5.0-6.4›% with $‹#3-8›k closing costs?
""")),
    "history": ("chat", (400, 1400), L("""
What were the main causes of ‹subject›?
Help me outline a ‹#1200-3000› word essay on ‹subject›.
Who were the key figures in ‹subject› and what did each want?
Was ‹subject› inevitable? Give me arguments for a class debate.
Summarise ‹subject› in five paragraphs for a ‹#14-17› year old.
What's a good thesis statement for an essay on symbolism in ‹book›?
Compare the main character of ‹book› with the one in ‹book›.
I have to discuss the ending of ‹book› tomorrow and I only skimmed it. What's the significance?
""")),
    "coding_help": ("coding", (250, 1100), L("""
Can someone explain ‹pyconcept› in Python with a simple example?
My Python code says "IndexError: list index out of range" on the line with my for loop. I'm looping with range(len(items)+1). Why?
How do I ‹xltask› in Excel?
Google Sheets formula to ‹xltask›?
How do I read a CSV in Python and get the average of one column without pandas?
Write a small Python script that renames all photos in a folder by the date they were taken.
What's the difference between JavaScript's let, const and var?
I'm learning SQL. How do I get the top 3 customers by total order value?
Why does my HTML button not do anything when I click it? I put onclick="submit()" and have a function called submit.
How do I make a simple website for my ‹bakery|photography|tutoring|dog walking› business without paying for Squarespace?
""")),
    "language": ("rewrite", (150, 700), L("""
What's the difference between ‹por and para|ser and estar|imparfait and passé composé|wa and ga|der, die and das›?
Correct my ‹lang› please and explain the mistakes: ‹Yo soy cansado porque trabajé mucho ayer|Je suis allé au magasin et j'ai acheté des pommes rouge|Ich habe gestern ins Kino gegangen|Watashi wa kinou eiga o mimasu›.
Give me ‹#10-20› everyday phrases for ordering food in ‹lang›.
How long does it realistically take to reach B2 in ‹lang› with ‹#20-60› minutes a day?
Make me a short dialogue in ‹lang› at a ‹pharmacy|train station|doctor|hairdresser› with the translation underneath.
""")),
    "games": ("chat", (150, 700), L("""
Best build for a ‹melee|ranged|stealth|support› character in ‹game›?
I'm stuck in ‹game› at the part after ‹the second boss|the bridge|the city gate|the swamp›. Hints without full spoilers?
Is ‹game› worth it if I only have about ‹#3-8› hours a week?
Give me ideas for a D&D one-shot set in a ‹haunted lighthouse|floating market|frozen monastery|sunken city› for ‹#3-6› level ‹#2-8› players.
How do I set up a Minecraft server for ‹#3-10› friends?
Help me name my ‹Stardew farm|guild|Factorio base|D&D tavern›.
""")),
    "music": ("chat", (150, 600), L("""
I'm learning ‹guitar|piano|violin|ukulele|drums|to sing|bass›. What should I practise in the first month?
Recommend albums if I like ‹artist› and ‹artist›.
Why does ‹artist›'s music sound so different after their ‹third|second|latest› album?
Explain the circle of fifths like I'm a complete beginner.
Make me a ‹#20-60›-minute playlist for ‹a rainy Sunday|a dinner party|studying|a long drive|Halloween›.
""")),
    "shopping": ("chat", (200, 800), L("""
What should I look for when buying a ‹product›?
‹product› under $‹#80-600› — what are the trade-offs between the popular options?
Is it worth paying more for a ‹product› with ‹better battery|a longer warranty|more storage|a metal body›?
I need a gift for ‹relation› who likes ‹hobby›. Budget around $‹#20-150›.
""")),
    "career": ("chat", (250, 900), L("""
I'm a ‹job› thinking about switching to ‹job›. Where do I start?
How do I answer "what's your biggest weakness" without sounding fake?
I got an offer for $‹#45-180›k. How do I negotiate without losing it?
My manager keeps giving me work outside my role. How do I bring it up?
Is it bad to leave a job after ‹#4-11› months?
Prepare me for a ‹job› interview tomorrow — ask me ‹#5-8› likely questions.
""")),
    "social": ("chat", (200, 800), L("""
‹relation› keeps ‹cancelling plans last minute|borrowing money and not paying back|making comments about my weight|texting me at work›. How do I bring it up without a fight?
How do I make friends in a new city at ‹#25-55›?
I said something dumb at a party and can't stop thinking about it. How do people move on from that?
What's a kind way to tell ‹relation› I don't want to be a bridesmaid?
""")),
    "creative": ("chat", (300, 1200), L("""
Write a short bedtime story about ‹a shy dragon|a lighthouse cat|a robot who collects leaves|a lost mitten› for my ‹#3-8› year old.
Write a poem about ‹autumn in ‹city›|my grandmother's kitchen|the last ferry home|quitting a job›.
Give me ‹#5-15› prompts for a horror short story set in ‹a laundromat|an office at night|a ski lodge|a group chat›.
Help me name a ‹bakery|podcast|band|cat|boat|newsletter› — vibe is ‹cosy|weird|retro|minimal|nerdy›.
Continue this story: "The letter arrived ‹#12-40› years late, and it was addressed to me."
""")),
    "halloween": ("chat", (150, 600), L("""
Costume ideas for ‹costume›?
Easy Halloween party food for ‹#10-40› people that looks spooky?
How do I keep a carved pumpkin from rotting in a week?
Ideas for a Halloween scavenger hunt for kids aged ‹#5-11›?
Write a funny Halloween invite for our ‹office|street|book club|neighbourhood›.
""")),
    "curiosity": ("chat", (200, 900), L("""
Why do ‹cats purr|we get goosebumps|onions make you cry|planes leave contrails|leaves change colour in autumn|we yawn›?
How do ‹noise-cancelling headphones|vaccines|credit scores|heat pumps|submarines|GPS satellites› actually work?
Is it true that ‹we only use 10% of our brain|goldfish have a 3 second memory|lightning never strikes twice|cracking knuckles causes arthritis›?
What would happen if the Moon were ‹#2-5› times closer?
How big is the universe compared to the observable universe?
""")),
}

VISION = L("""
What plant is this and is it safe for cats?
Can you read the handwriting on this old postcard?
What does this warning light on my dashboard mean?
Is this mushroom edible? (I won't eat it, just curious)
What breed do you think my dog is?
Here's my electricity bill — why is it so much higher than last month?
Can you help me understand this error on my screen?
What's this bug I found in my kitchen?
Translate the menu in this photo.
Rate my living room layout and suggest how to rearrange it.
Solve the maths problem in this picture and show me where I went wrong.
What's wrong with my sourdough crumb?
""")

FOLLOW = {
    "chat": L("""
‹ack› what about if ‹#2-9› people are coming instead?
‹ack› can you make that shorter
‹ack› and what would you do first?
hmm that doesn't really fit my situation — I'm in ‹city› and it's ‹month›
‹ack› can you put that in a table?
‹ack› what are the downsides though?
give me ‹#2-6› more options
‹ack› what if my budget is more like $‹#20-900›?
‹ack› is that still true in ‹#2024-2026›?
I forgot to say: ‹fu_fact›. Does that change anything?
‹ack› which of those would you pick for ‹relation›?
can you redo that but ‹fu_style›
‹ack› how long would that take realistically?
and if I only have ‹#10-90› minutes?
"""),
    "reasoning": L("""
why did you ‹fu_op› in step ‹#2-6›?
‹ack› can you check my answer, I got ‹#3-120›‹|.5|/‹#2-9››
I don't get the part where ‹fu_part›
what if the numbers were ‹#2-9› and ‹#10-40› instead?
can you show it another way? my ‹teacher|textbook|professor|tutor› uses ‹fu_method›
wait, shouldn't the ‹sign|exponent|denominator|units› be ‹negative|different|squared|in metres›?
‹ack› the answer key says ‹#2-99›‹|.5|/‹#2-9›› though. who's right?
how would I know to ‹fu_op› on an exam without being told?
can you do a similar one with different numbers so I can practise?
"""),
    "rewrite": L("""
‹ack› a bit more formal please
‹ack› now make it sound less stiff
shorter — ‹two|three› sentences max
can you keep my original first line though
‹ack› now a version for ‹text message|LinkedIn|an email to my manager|a card›
can you redo that but ‹fu_style›
it needs to be under ‹#40-200› words
"""),
    "coding": L("""
it still gives the same error
now I get ‹pyerr_short›
what if the file has a header row?
can you explain line ‹#2-30›?
how do I run this on ‹Windows|a Mac|my Chromebook|Google Colab›?
it works! how would I make it faster for ‹#10-500›k rows?
‹ack› what does line ‹#2-12› do exactly?
my ‹Excel|Python|Sheets› version is ‹#2016-2024|3.‹#8-13›› — does that matter?
can you add comments so I can follow it?
"""),
}
R["ack"] = P("ok|thanks!|thanks,|hmm,|great,|cool.|got it.|nice —|ah ok.|right,|perfect.|wow ok.||||")
R["fu_fact"] = P("we have a dog|I'm vegetarian|my partner is pregnant|I don't drive|it's for work|I have a bad knee|"
                 "we're on a tight budget|I'm renting|my kids are ‹#3-12› and ‹#5-15›|I'm left-handed|the deadline is ‹weekday›")
R["fu_style"] = P("more casual|for a ‹#8-15› year old|with fewer bullet points|in a friendlier tone|without the jargon|as a checklist")
R["fu_op"] = P("divide by ‹#2-9›|square both sides|take the log|use the chain rule|flip the inequality|multiply by the conjugate|"
               "subtract ‹#2-20›|factor it|use the complement")
R["fu_part"] = P("the derivative becomes zero|you move the x to the other side|the ‹#2-9› disappears|you use the formula for the sum|"
                 "the units cancel|you assume it's independent|you take the square root")
R["fu_method"] = P("a table|the quadratic formula|a tree diagram|the substitution method|a graph|elimination|dimensional analysis")
R["pyerr_short"] = P("KeyError: '‹#0-9›'|TypeError: 'NoneType' object is not iterable|NameError: name 'df' is not defined|"
                     "#VALUE!|#REF!|#N/A|SyntaxError: invalid syntax|IndentationError: unexpected indent|"
                     "FileNotFoundError: [Errno 2] No such file or directory: 'data.csv'")

LEAD = P("Quick question:|Hi!|ok so|Sorry if this is a dumb question, but|Asking for my ‹mum|dad|partner|roommate|sister›:|"
         "Two-part question.|Hey,|Random one:|Help please —|Settle an argument:|Need advice.|Question for you:")
TAIL = P("Thanks in advance.|Keep it short please.|I'm in ‹city› if that matters.|(complete beginner here)|"
         "Explain like I'm ‹#10-15›.|Be honest.|bullet points please|No need for a long answer.|"
         "I've read conflicting things online.|Thank you!|This is for ‹#2-5› people.|"
         "Last time I asked I got a weird answer.|Use metric units.|I'm in ‹usstate›.|Please be specific.")
R["lead"] = LEAD
R["tail"] = TAIL


# native-language prompts
FOREIGN = {
    "de": L("""
Wie lange muss ich ‹#2-6› Kilo Rinderbraten im Ofen bei ‹#150-180› Grad lassen?
Kannst du mir diese E-Mail an meinen Vermieter höflicher formulieren? Die Heizung ist seit ‹#3-12› Tagen kaputt.
Erklär mir bitte den Unterschied zwischen ETF und Fonds, ich will ‹#50-500› Euro im Monat sparen.
Was muss ich bei der Steuererklärung als Student mit Minijob beachten?
Meine Tochter (‹#8-14›) hat Probleme mit Bruchrechnung. Wie erkläre ich ihr das Kürzen?
Schreib mir einen kurzen Text für eine Geburtstagskarte für meinen Opa, er wird ‹#70-95›.
Wann sollte ich im Herbst meine Rosen zurückschneiden?
"""),
    "fr": L("""
Peux-tu m'aider à écrire une lettre de motivation pour un poste de ‹infirmière|comptable|développeur|vendeuse›?
Comment calculer la dérivée de x^‹#2-5› ln(x) ? Je n'arrive pas à appliquer la règle du produit.
Quelle est la différence entre un PEA et une assurance-vie ?
Mon lave-linge fait un bruit bizarre pendant l'essorage, qu'est-ce que ça peut être ?
Propose-moi un menu pour ‹#6-12› personnes avec un budget de ‹#40-90› euros.
Corrige mon texte s'il te plaît : "Hier je suis aller au marché et j'ai acheter des pomme."
"""),
    "es": L("""
¿Cómo le explico a mi jefe que necesito días libres por un tema familiar sin dar muchos detalles?
Hazme una rutina de ejercicio de ‹#20-45› minutos para hacer en casa sin pesas.
¿Qué diferencia hay entre una hipoteca fija y una variable ahora mismo?
Resuelve esta ecuación y explícame los pasos: ‹#2-9›x - ‹#3-15› = ‹#1-6›x + ‹#4-30›
Necesito ideas para el cumpleaños de mi hija de ‹#5-12› años, con poco presupuesto.
¿Es normal que mi perro duerma tanto? Tiene ‹#8-15› años.
Escríbeme un mensaje para felicitar a mi compañero por su jubilación.
"""),
    "pt": L("""
Como faço para declarar imposto de renda sendo MEI?
Me ajuda a escrever um e-mail pedindo aumento de salário de forma educada?
Qual é a diferença entre CDB e Tesouro Direto para quem está começando?
Minha planta ‹está com folhas amarelas|não floresce mais|está murcha›, o que pode ser?
Explica a fórmula de Bhaskara com um exemplo: x² - ‹#3-11›x + ‹#2-24› = 0
Quais lugares visitar em ‹Lisboa|Salvador|Florianópolis|Porto|Recife› em ‹#3-6› dias?
"""),
    "it": L("""
Mi aiuti a scrivere una mail al condominio per lamentarmi dei rumori notturni?
Come si calcola l'IMU sulla seconda casa?
Dammi una ricetta veloce con zucca e salsiccia.
Qual è la differenza tra passato prossimo e passato remoto? Mio figlio non lo capisce.
"""),
    "nl": L("""
Kun je deze mail aan mijn huisbaas wat vriendelijker maken? De verwarming doet het al een week niet.
Hoe werkt de hypotheekrenteaftrek ongeveer?
Wat kan ik koken met prei, aardappels en een beetje kaas?
"""),
    "pl": L("""
Jak napisać reklamację do sklepu internetowego, który nie chce zwrócić pieniędzy?
Wytłumacz mi proszę, jak obliczyć pole trójkąta, gdy znam trzy boki.
Co zrobić, żeby pies przestał szczekać na sąsiadów?
"""),
    "sv": L("""
Kan du hjälpa mig skriva ett kort tal till min pappas ‹#60-80›-årsdag?
Hur räknar jag ut ränta på ränta om jag sparar ‹#500-3000› kr i månaden?
"""),
    "ja": L("""
来週の会議で使う資料の構成を考えてほしいです。テーマは‹新商品の販売戦略|社内DXの進め方|採用計画›です。
この文章をもっと丁寧な敬語に直してください：「明日の打ち合わせ、時間変更できますか？」
二次関数 y = x² - ‹#2-9›x + ‹#1-20› の最小値の求め方を教えてください。
‹京都|大阪|札幌|福岡|金沢›で‹#2-4›泊するならおすすめの回り方は？
子どもが宿題をやりたがらないとき、どう声をかければいいですか？
簡単な晩ごはんのレシピを教えて。冷蔵庫に豚肉とキャベツと卵があります。
"""),
    "ko": L("""
자기소개서 첫 문장을 좀 더 자연스럽게 고쳐 주세요: "저는 책임감이 강한 사람입니다."
이 수학 문제 풀이 과정 알려줘: ‹#2-9›x + ‹#3-19› = ‹#30-90›
‹부산|제주도|강릉|전주› ‹#2-4›박 3일 여행 코스 추천해 줘.
회사 동료한테 서운한 점을 어떻게 말하면 좋을까요?
"""),
    "id": L("""
Tolong buatkan caption Instagram untuk jualan ‹kue kering|baju muslim|kopi susu|sambal› saya.
Bagaimana cara menghitung cicilan KPR ‹#200-900› juta selama ‹#10-20› tahun?
Jelaskan perbedaan asam dan basa untuk anak SMP.
"""),
    "vi": L("""
Giúp mình viết email xin nghỉ phép ‹#2-5› ngày cho sếp một cách lịch sự.
Giải thích giúp mình cách tính lãi kép với ví dụ cụ thể.
Gợi ý thực đơn ăn kiêng trong một tuần cho người muốn giảm ‹#3-8› kg.
"""),
    "tr": L("""
Kiracı olarak ev sahibi depozitomu geri vermiyor, ne yapabilirim?
Bana ‹#3-5› günlük ‹Kapadokya|Antalya|İzmir› gezi planı yapar mısın?
Bu cümleyi daha resmi hale getir: "Toplantıya gelemiyorum, kusura bakmayın."
"""),
    "uk": L("""
Допоможи написати супровідний лист на посаду ‹бухгалтера|програміста|менеджера з продажу›.
Поясни, як розв'язувати квадратні рівняння через дискримінант.
"""),
    "ar": L("""
ساعدني في كتابة رسالة رسمية لمديري أطلب فيها إجازة لمدة ‹#2-7› أيام.
ما الفرق بين الفائدة البسيطة والفائدة المركبة؟ أعطني مثالاً.
اقترح علي وصفة سهلة للعشاء باستخدام الدجاج والأرز.
"""),
}

G = Grammar(R)
TOPIC_NAMES = sorted(TOPICS)
REASONING_TOPICS = ["math", "physics", "chemistry", "stats", "logic", "econ", "finance"]


def decorate(rng, s, p=0.4):
    """A lead-in or a trailing remark, as people add them."""
    r = rng.random()
    if r < p * 0.45:
        return G(rng, "‹lead›") + " " + s
    if r < p:
        return s + " " + G(rng, "‹tail›")
    return s


def prompt(rng, topic=None, casual_p=0.45):
    if topic is None:
        topic = rng.choice(TOPIC_NAMES)
    cap, out, temps = TOPICS[topic]
    return casual(rng, decorate(rng, G(rng, rng.choice(temps))), casual_p), cap, out


def vision(rng):
    return casual(rng, G(rng, rng.choice(VISION)), 0.4)


def follow(rng, cap):
    return casual(rng, G(rng, rng.choice(FOLLOW.get(cap, FOLLOW["chat"]))).strip(), 0.6)


def foreign(rng, lang):
    t = FOREIGN.get(lang)
    if not t:
        return None
    return G(rng, rng.choice(t))


def interests(rng, k=None):
    """A person's favourite topics (weighted toward general chat)."""
    k = k or rng.randint(3, 7)
    base = ["cooking", "travel", "health", "home", "writing", "rewrite", "curiosity", "shopping", "career", "social",
            "creative", "halloween", "garden", "pets", "cars", "legal", "taxes", "parenting", "games", "music",
            "language", "coding_help", "finance", "math", "history", "physics", "chemistry", "stats", "logic", "econ"]
    w = [9, 7, 7, 6, 7, 6, 7, 5, 6, 5, 6, 4, 4, 4, 3, 4, 3, 4, 4, 3, 4, 5, 4, 4, 3, 2, 2, 2, 2, 2]
    out = []
    while len(out) < k:
        t = rng.choices(base, weights=w)[0]
        if t not in out:
            out.append(t)
    return out
