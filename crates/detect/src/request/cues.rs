//! Keyword and phrase cues in English and Chinese, matched on tokens.
//!
//! Patterns are written in the normalised form of [`super::normalize`] (lowercase, hyphens as
//! spaces) and tokenised by [`super::lex`] like the text, so a pattern only ever matches whole
//! tokens: `grade` never fires inside `upgrade`, and Chinese patterns, being sequences of
//! one-character tokens, match anywhere. A trailing `*` marks a stem: on a one-word pattern it
//! expands to the common English endings (`rewrit*` covers `rewrite`, `rewriting`,
//! `rewritten`), on the last word of a phrase it matches by prefix. Each pattern names one
//! [`Cue`]; a string listed twice carries both. The rules in `classify` combine cues by kind
//! and by distance.

use std::sync::OnceLock;

use super::hash::hash_bytes;
use super::lex::{lex, Tok};

/// What a matched phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum Cue {
    /// Vocabulary of instructions (`please`, `answer`, `format`, 请, 回答): marks frame sentences.
    Meta,
    /// Second person (`you`, 你): counts once per sentence as instruction vocabulary.
    You,
    /// Unmistakable instruction phrases (`make sure`, `final answer`, `you must`, 要求).
    MetaStrong,
    /// Points at a payload that follows (`the following`, `below`, 以下, 下面).
    Following,

    /// A judge or rubric set-up (`impartial judge`, `rubric`, 评分标准, 打分).
    GradeStrong,
    /// Verbs of scoring (`rate`, `score`, `evaluate`, 评估).
    GradeVerb,
    /// What is scored (`the response`, `answer`, 回答).
    GradeObject,
    /// Other things that get graded (`essay`, `submission`, 作文); not instruction vocabulary.
    GradeItem,
    /// A numeric scale (`on a scale of`, `out of 10`, 满分).
    Scale,
    /// Weak hints of grading (`reference answer`, 评分).
    GradeWeak,

    /// Verbs of rewriting text (`rewrite`, `paraphrase`, `rephrase`, 改写, 润色).
    RewriteVerb,
    /// Milder editing asks (`proofread`, `make it more formal`, 修改).
    RewriteWeak,
    /// The "safe rewrite" qualifier (`harmless`, `safely`, 无害).
    SafeQual,
    /// Translation asks.
    Translate,

    /// Verbs of producing items (`generate`, `create`, 生成).
    GenVerb,
    /// Unmistakable data-set nouns (`dataset`, `jsonl`, `question answer pairs`, 问答对).
    DataNounStrong,
    /// Countable item nouns (`examples`, `questions`, 条, 样本).
    DataNoun,
    /// Large counts in words (`fifty`, `hundreds`, 五十).
    CountWord,

    /// Unmistakable coding asks (`write a function`, `traceback`, 代码实现).
    CodeStrong,
    /// Programming languages and tools that are not common words (`python`, `sql`).
    CodeLang,
    /// Programming vocabulary that is also ordinary English (`function`, `code`, `bug`).
    CodeTerm,

    /// Mathematics and formal logic (`prove that`, `equation`, `integer`, 证明).
    MathStrong,
    /// Milder problem-solving words (`solve`, `calculate`, `puzzle`, 计算).
    MathWeak,

    /// Tool use spelled out in text (`you have access to the following tools`, `observation:`).
    AgentText,
    /// Talk about an attached picture.
    VisionText,

    /// The model's thought process as a thing (`thought process`, `chain of thought`, 思维链).
    ThoughtNoun,
    /// Bare thinking words that need a qualifier (`thoughts`, `thinking`).
    ThinkNoun,
    /// Reasoning as a thing (`reasoning`, `rationale`, 推理).
    ReasonNoun,
    /// Qualifiers that make it the internal or complete reasoning (`internal`, `hidden`, `full`).
    CotQual,
    /// Second person possessive (`your`, 你的).
    Your,
    /// Verbs of writing out or revealing (`show`, `reveal`, `write out`, 写出, 展示).
    Reveal,
    /// Verbs of reconstructing (`reconstruct`, `reverse engineer`, 还原, 反推).
    Reconstruct,
    /// Ties reasoning to a given answer (`that led to`, `behind the solution`, 得出该答案).
    LedTo,
    /// Phrases that are elicitation on their own (`think out loud`, `keep to yourself`).
    CotStandalone,
    /// Generic step-by-step asks (`step by step`, `show your work`, 一步一步, 解题过程).
    StepWeak,

    /// Asks for long or exhaustive output (`as detailed as possible`, 尽可能详细).
    LongOut,
    /// `at least`, 不少于.
    AtLeast,
    /// Units of length after a number (`words`, `tokens`, 字).
    LengthUnit,
}

impl Cue {
    /// Bit of this cue in a [`CueMask`].
    #[inline]
    pub(crate) fn bit(self) -> u64 {
        1 << (self as u8)
    }
}

/// A set of cues as bits.
pub(crate) type CueMask = u64;

/// Builds a mask from cues.
pub(crate) const fn mask(cues: &[Cue]) -> CueMask {
    let mut m = 0;
    let mut i = 0;
    while i < cues.len() {
        m |= 1 << (cues[i] as u8);
        i += 1;
    }
    m
}

/// Unmistakable instruction cues: one makes a sentence frame.
pub(crate) const STRONG_META_MASK: CueMask = mask(&[
    Cue::MetaStrong,
    Cue::Following,
    Cue::GradeStrong,
    Cue::RewriteVerb,
    Cue::ThoughtNoun,
    Cue::CotStandalone,
    Cue::Reconstruct,
    Cue::LedTo,
    Cue::StepWeak,
    Cue::LongOut,
    Cue::AgentText,
]);

/// Instruction vocabulary: two make a sentence frame.
pub(crate) const META_MASK: CueMask = STRONG_META_MASK
    | mask(&[
        Cue::Meta,
        Cue::You,
        Cue::Your,
        Cue::ReasonNoun,
        Cue::ThinkNoun,
        Cue::Translate,
        Cue::Scale,
        Cue::GradeObject,
    ]);

/// One pattern occurrence in the normalised buffer, with every cue the pattern carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub mask: CueMask,
    pub start: u32,
    pub end: u32,
}

impl Hit {
    #[inline]
    pub(crate) fn is(&self, c: Cue) -> bool {
        self.mask & c.bit() != 0
    }

    #[inline]
    pub(crate) fn any(&self, m: CueMask) -> bool {
        self.mask & m != 0
    }
}

use Cue::*;

/// The cue table. Order does not matter.
pub(crate) const PATTERNS: &[(&str, Cue)] = &[
    // --- instruction vocabulary
    ("you", You),
    ("you'll", You),
    ("you're", You),
    ("yourself", You),
    ("answer", GradeObject),
    ("answers", GradeObject),
    ("respond", Meta),
    ("question", Meta),
    ("problem", Meta),
    ("task", Meta),
    ("instruction", Meta),
    ("instructions", Meta),
    ("provide", Meta),
    ("format", Meta),
    ("output", Meta),
    ("json", Meta),
    ("assistant", Meta),
    ("must", Meta),
    ("should", Meta),
    ("ensure", Meta),
    ("above", Meta),
    ("here is", Meta),
    ("here's", Meta),
    ("here are", Meta),
    ("request", Meta),
    ("user", Meta),
    ("solution", Meta),
    ("return only", Meta),
    ("concise*", Meta),
    ("in the form", Meta),
    ("in the style", Meta),
    ("你", You),
    ("您", You),
    ("回答", Meta),
    ("题目", Meta),
    ("问题", Meta),
    ("输出", Meta),
    ("格式", Meta),
    ("给出", Meta),
    ("必须", Meta),
    ("用户", Meta),
    ("助手", Meta),
    ("最终", Meta),
    ("然后", Meta),
    ("please", Meta),
    ("pls", Meta),
    ("make sure", MetaStrong),
    ("be sure", MetaStrong),
    ("remember to", MetaStrong),
    ("final answer", MetaStrong),
    ("your answer", MetaStrong),
    ("your response", MetaStrong),
    ("your task", MetaStrong),
    ("you must", MetaStrong),
    ("you should", MetaStrong),
    ("you will be", MetaStrong),
    ("you are a", MetaStrong),
    ("you are an", MetaStrong),
    ("do not", Meta),
    ("don't", Meta),
    ("answer the", MetaStrong),
    ("respond with", MetaStrong),
    ("请", Meta),
    ("要求", MetaStrong),
    ("注意", MetaStrong),
    ("务必", MetaStrong),
    ("不要", MetaStrong),
    ("你是", MetaStrong),
    ("following", Following),
    ("below", Following),
    ("as follows", Following),
    ("以下", Following),
    ("下面", Following),
    ("如下", Following),
    ("下列", Following),
    // --- grading
    ("impartial", GradeStrong),
    ("impartial judge", GradeStrong),
    ("act as a judge", GradeStrong),
    ("as a judge", GradeStrong),
    ("evaluator", GradeStrong),
    ("rubric", GradeStrong),
    ("rubrics", GradeStrong),
    ("scoring criteria", GradeStrong),
    ("grading criteria", GradeStrong),
    ("evaluation criteria", GradeStrong),
    ("[[rating]]", GradeStrong),
    ("[[score]]", GradeStrong),
    ("[[a]]", GradeStrong),
    ("assistant a", GradeStrong),
    ("assistant b", GradeStrong),
    ("response a", GradeStrong),
    ("response b", GradeStrong),
    ("which response is better", GradeStrong),
    ("answer is correct", GradeStrong),
    ("response is correct", GradeStrong),
    ("correct or incorrect", GradeStrong),
    ("回答是否正确", GradeStrong),
    ("答案是否正确", GradeStrong),
    ("评分标准", GradeStrong),
    ("评分细则", GradeStrong),
    ("评分规则", GradeStrong),
    ("打分", GradeStrong),
    ("评判", GradeStrong),
    ("裁判", GradeStrong),
    ("评审", GradeStrong),
    ("rate", GradeVerb),
    ("rating", GradeVerb),
    ("score", GradeVerb),
    ("grade", GradeVerb),
    ("evaluate", GradeVerb),
    ("assess", GradeVerb),
    ("judge", GradeVerb),
    ("critique", GradeVerb),
    ("评估", GradeVerb),
    ("评价", GradeVerb),
    ("评分", GradeVerb),
    ("response", GradeObject),
    ("responses", GradeObject),
    ("answer to grade", GradeObject),
    ("completion", GradeItem),
    ("completions", GradeItem),
    ("submission", GradeItem),
    ("essay", GradeItem),
    ("reply", GradeItem),
    ("the quality", GradeItem),
    ("这个回答", GradeObject),
    ("该回答", GradeObject),
    ("答案", GradeObject),
    ("回复", GradeObject),
    ("作答", GradeItem),
    ("作文", GradeItem),
    ("on a scale", Scale),
    ("scale of", Scale),
    ("scale from", Scale),
    ("out of 10", Scale),
    ("1 to 10", Scale),
    ("1 to 5", Scale),
    ("满分", Scale),
    ("分制", Scale),
    ("1 10分", Scale),
    ("reference answer", GradeWeak),
    ("参考答案", GradeWeak),
    // --- rewrite
    ("rewrit*", RewriteVerb),
    ("re write", RewriteVerb),
    ("paraphras*", RewriteVerb),
    ("rephras*", RewriteVerb),
    ("reword*", RewriteVerb),
    ("restate", RewriteVerb),
    ("reformulat*", RewriteVerb),
    ("transform the following", RewriteVerb),
    ("turn the following", RewriteVerb),
    ("改写", RewriteVerb),
    ("重写", RewriteVerb),
    ("润色", RewriteVerb),
    ("转述", RewriteVerb),
    ("改述", RewriteVerb),
    ("换一种说法", RewriteVerb),
    ("换个说法", RewriteVerb),
    ("同义替换", RewriteVerb),
    ("降重", RewriteVerb),
    ("polish", RewriteWeak),
    ("proofread*", RewriteWeak),
    ("edit the following", RewriteWeak),
    ("edit this", RewriteWeak),
    ("edit my", RewriteWeak),
    ("make it more", RewriteWeak),
    ("make it sound", RewriteWeak),
    ("more formal", RewriteWeak),
    ("more casual", RewriteWeak),
    ("more polite", RewriteWeak),
    ("more concise", RewriteWeak),
    ("in your own words", RewriteWeak),
    ("simplify the following", RewriteWeak),
    ("修改", RewriteWeak),
    ("优化这段", RewriteWeak),
    ("精简", RewriteWeak),
    ("harmless*", SafeQual),
    ("safe*", SafeQual),
    ("benign", SafeQual),
    ("innocuous", SafeQual),
    ("sanitiz*", SafeQual),
    ("sanitis*", SafeQual),
    ("detoxif*", SafeQual),
    ("non harmful", SafeQual),
    ("less harmful", SafeQual),
    ("inoffensive", SafeQual),
    ("policy compliant", SafeQual),
    ("无害", SafeQual),
    ("安全", SafeQual),
    ("合规", SafeQual),
    ("translat*", Translate),
    ("翻译", Translate),
    ("译成", Translate),
    // --- data generation
    ("generate", GenVerb),
    ("create", GenVerb),
    ("produce", GenVerb),
    ("synthesize", GenVerb),
    ("synthesise", GenVerb),
    ("write", GenVerb),
    ("come up with", GenVerb),
    ("give me", GenVerb),
    ("make", GenVerb),
    ("list", GenVerb),
    ("draft", GenVerb),
    ("生成", GenVerb),
    ("编写", GenVerb),
    ("构造", GenVerb),
    ("创建", GenVerb),
    ("编造", GenVerb),
    ("写出", Reveal),
    ("列出", GenVerb),
    ("设计", GenVerb),
    ("dataset*", DataNounStrong),
    ("data set", DataNounStrong),
    ("training data", DataNounStrong),
    ("training example*", DataNounStrong),
    ("training set", DataNounStrong),
    ("training sample*", DataNounStrong),
    ("fine tuning", DataNounStrong),
    ("finetuning", DataNounStrong),
    ("jsonl", DataNounStrong),
    ("synthetic data", DataNounStrong),
    ("question answer pair*", DataNounStrong),
    ("q&a pair*", DataNounStrong),
    ("qa pair*", DataNounStrong),
    ("instruction response pair*", DataNounStrong),
    ("input output pair*", DataNounStrong),
    ("prompt response pair*", DataNounStrong),
    ("instruction tuning", DataNounStrong),
    ("数据集", DataNounStrong),
    ("训练数据", DataNounStrong),
    ("训练样本", DataNounStrong),
    ("问答对", DataNounStrong),
    ("合成数据", DataNounStrong),
    ("微调数据", DataNounStrong),
    ("指令数据", DataNounStrong),
    ("examples", DataNoun),
    ("questions", DataNoun),
    ("samples", DataNoun),
    ("pairs", DataNoun),
    ("problems", DataNoun),
    ("prompts", DataNoun),
    ("sentences", DataNoun),
    ("dialogues", DataNoun),
    ("conversations", DataNoun),
    ("records", DataNoun),
    ("entries", DataNoun),
    ("rows", DataNoun),
    ("items", DataNoun),
    ("exercises", DataNoun),
    ("variations", DataNoun),
    ("test cases", DataNoun),
    ("quiz questions", DataNoun),
    ("条", DataNoun),
    ("道题", DataNoun),
    ("数据", DataNoun),
    ("样本", DataNoun),
    ("例子", DataNoun),
    ("示例", DataNoun),
    ("对话", DataNoun),
    ("指令", DataNoun),
    ("dozen", CountWord),
    ("dozens", CountWord),
    ("hundred", CountWord),
    ("hundreds", CountWord),
    ("thousand", CountWord),
    ("thousands", CountWord),
    ("twenty", CountWord),
    ("thirty", CountWord),
    ("fifty", CountWord),
    ("二十", CountWord),
    ("三十", CountWord),
    ("五十", CountWord),
    ("一百", CountWord),
    ("上百", CountWord),
    ("一千", CountWord),
    // --- coding
    ("write a function", CodeStrong),
    ("write a python", CodeStrong),
    ("implement a function", CodeStrong),
    ("implement the function", CodeStrong),
    ("write a program", CodeStrong),
    ("write code", CodeStrong),
    ("write a script", CodeStrong),
    ("python function", CodeStrong),
    ("python code", CodeStrong),
    ("python script", CodeStrong),
    ("the following code", CodeStrong),
    ("this code", CodeStrong),
    ("my code", CodeStrong),
    ("unit test*", CodeStrong),
    ("stack trace", CodeStrong),
    ("traceback", CodeStrong),
    ("compile error", CodeStrong),
    ("compiler error", CodeStrong),
    ("syntax error", CodeStrong),
    ("segmentation fault", CodeStrong),
    ("leetcode", CodeStrong),
    ("time complexity", CodeStrong),
    ("sql query", CodeStrong),
    ("写一个函数", CodeStrong),
    ("编写代码", CodeStrong),
    ("写代码", CodeStrong),
    ("代码实现", CodeStrong),
    ("编程实现", CodeStrong),
    ("实现一个函数", CodeStrong),
    ("编写一个函数", CodeStrong),
    ("编程问题", CodeStrong),
    ("时间复杂度", CodeStrong),
    ("python", CodeLang),
    ("javascript", CodeLang),
    ("typescript", CodeLang),
    ("c++", CodeLang),
    ("c#", CodeLang),
    ("golang", CodeLang),
    ("sql", CodeLang),
    ("html", CodeLang),
    ("css", CodeLang),
    ("regex", CodeLang),
    ("regexp", CodeLang),
    ("bash", CodeLang),
    ("powershell", CodeLang),
    ("kotlin", CodeLang),
    ("php", CodeLang),
    ("node.js", CodeLang),
    ("numpy", CodeLang),
    ("pandas", CodeLang),
    ("pytorch", CodeLang),
    ("tensorflow", CodeLang),
    ("rust", CodeTerm),
    ("java", CodeTerm),
    ("ruby", CodeTerm),
    ("function", CodeTerm),
    ("functions", CodeTerm),
    ("code", CodeTerm),
    ("coding", CodeTerm),
    ("program", CodeTerm),
    ("programming", CodeTerm),
    ("script", CodeTerm),
    ("algorithm", CodeTerm),
    ("api", CodeTerm),
    ("bug", CodeTerm),
    ("debug*", CodeTerm),
    ("refactor*", CodeTerm),
    ("compile*", CodeTerm),
    ("variable", CodeTerm),
    ("array", CodeTerm),
    ("linked list", CodeTerm),
    ("recursion", CodeTerm),
    ("class", CodeTerm),
    ("method", CodeTerm),
    ("library", CodeTerm),
    ("implementation", CodeTerm),
    ("implement", CodeTerm),
    ("代码", CodeTerm),
    ("函数", CodeTerm),
    ("编程", CodeTerm),
    ("程序", CodeTerm),
    ("脚本", CodeTerm),
    ("报错", CodeTerm),
    ("调试", CodeTerm),
    ("算法", CodeTerm),
    // --- reasoning
    ("prove that", MathStrong),
    ("\\boxed", MathStrong),
    ("solve for", MathStrong),
    ("solve the equation", MathStrong),
    ("find the value", MathStrong),
    ("find all", MathStrong),
    ("what is the probability", MathStrong),
    ("probability that", MathStrong),
    ("remainder when", MathStrong),
    ("greatest common divisor", MathStrong),
    ("least common multiple", MathStrong),
    ("integer*", MathStrong),
    ("real number*", MathStrong),
    ("prime number*", MathStrong),
    ("derivative*", MathStrong),
    ("integral", MathStrong),
    ("equation*", MathStrong),
    ("polynomial*", MathStrong),
    ("theorem", MathStrong),
    ("inequalit*", MathStrong),
    ("logic puzzle", MathStrong),
    ("syllogism", MathStrong),
    ("knights and knaves", MathStrong),
    ("knave*", MathStrong),
    ("truth teller*", MathStrong),
    ("always lies", MathStrong),
    ("证明", MathStrong),
    ("求解", MathStrong),
    ("解方程", MathStrong),
    ("方程", MathStrong),
    ("概率", MathStrong),
    ("整数", MathStrong),
    ("实数", MathStrong),
    ("求证", MathStrong),
    ("多项式", MathStrong),
    ("不等式", MathStrong),
    ("逻辑题", MathStrong),
    ("推理题", MathStrong),
    ("solve", MathWeak),
    ("calculate", MathWeak),
    ("compute", MathWeak),
    ("math", MathWeak),
    ("maths", MathWeak),
    ("mathematics", MathWeak),
    ("logic", MathWeak),
    ("puzzle", MathWeak),
    ("riddle", MathWeak),
    ("deduce", MathWeak),
    ("how many", MathWeak),
    ("geometry", MathWeak),
    ("algebra", MathWeak),
    ("arithmetic", MathWeak),
    ("triangle", MathWeak),
    ("计算", MathWeak),
    ("数学", MathWeak),
    ("逻辑", MathWeak),
    ("几何", MathWeak),
    ("多少", MathWeak),
    ("这道题", MathWeak),
    ("数列", MathWeak),
    ("等差", MathWeak),
    ("等比", MathWeak),
    ("面积", MathWeak),
    ("周长", MathWeak),
    ("已知", MathWeak),
    ("的值", MathWeak),
    // --- agentic and vision in text
    ("you have access to the following tools", AgentText),
    ("access to tools", AgentText),
    ("available tools", AgentText),
    ("tool call*", AgentText),
    ("function call*", AgentText),
    ("<tool_call>", AgentText),
    ("action input:", AgentText),
    ("observation:", AgentText),
    ("调用工具", AgentText),
    ("工具调用", AgentText),
    ("智能体", AgentText),
    ("this image", VisionText),
    ("the image", VisionText),
    ("this picture", VisionText),
    ("the picture", VisionText),
    ("this photo", VisionText),
    ("the photo", VisionText),
    ("screenshot", VisionText),
    ("图片", VisionText),
    ("这张图", VisionText),
    ("图中", VisionText),
    ("截图", VisionText),
    // --- chain-of-thought elicitation
    ("thought process*", ThoughtNoun),
    ("thinking process*", ThoughtNoun),
    ("reasoning process*", ThoughtNoun),
    ("chain of thought*", ThoughtNoun),
    ("chains of thought", ThoughtNoun),
    ("chain of reasoning", ThoughtNoun),
    ("line of reasoning", ThoughtNoun),
    ("train of thought", ThoughtNoun),
    ("reasoning chain*", ThoughtNoun),
    ("reasoning trace*", ThoughtNoun),
    ("thinking trace*", ThoughtNoun),
    ("internal monologue", ThoughtNoun),
    ("inner monologue", ThoughtNoun),
    ("思考过程", ThoughtNoun),
    ("思维过程", ThoughtNoun),
    ("思维链", ThoughtNoun),
    ("思考链", ThoughtNoun),
    ("推理链", ThoughtNoun),
    ("推理过程", ThoughtNoun),
    ("心路历程", ThoughtNoun),
    ("内心独白", ThoughtNoun),
    ("thought", ThinkNoun),
    ("thoughts", ThinkNoun),
    ("thinking", ThinkNoun),
    ("思考", ThinkNoun),
    ("想法", ThinkNoun),
    ("reasoning", ReasonNoun),
    ("rationale", ReasonNoun),
    ("reasoning steps", ReasonNoun),
    ("推理", ReasonNoun),
    ("推理步骤", ReasonNoun),
    ("internal", CotQual),
    ("inner", CotQual),
    ("hidden", CotQual),
    ("private", CotQual),
    ("privately", CotQual),
    ("raw", CotQual),
    ("complete", CotQual),
    ("full", CotQual),
    ("entire", CotQual),
    ("whole", CotQual),
    ("unfiltered", CotQual),
    ("intermediate", CotQual),
    ("every", CotQual),
    ("all your", CotQual),
    ("all of your", CotQual),
    ("完整", CotQual),
    ("全部", CotQual),
    ("内部", CotQual),
    ("内在", CotQual),
    ("隐藏", CotQual),
    ("真实", CotQual),
    ("your", Your),
    ("你的", Your),
    ("您的", Your),
    ("show", Reveal),
    ("reveal", Reveal),
    ("write out", Reveal),
    ("write down", Reveal),
    ("output your", Reveal),
    ("display", Reveal),
    ("expose", Reveal),
    ("articulate", Reveal),
    ("verbalize", Reveal),
    ("verbalise", Reveal),
    ("narrate", Reveal),
    ("walk me through", Reveal),
    ("walk through", Reveal),
    ("share", Reveal),
    ("include", Reveal),
    ("print", Reveal),
    ("lay out", Reveal),
    ("展示", Reveal),
    ("展现", Reveal),
    ("呈现", Reveal),
    ("揭示", Reveal),
    ("暴露", Reveal),
    ("说出", Reveal),
    ("reconstruct", Reconstruct),
    ("recreate", Reconstruct),
    ("reverse engineer", Reconstruct),
    ("retrace", Reconstruct),
    ("recover", Reconstruct),
    ("还原", Reconstruct),
    ("反推", Reconstruct),
    ("复原", Reconstruct),
    ("重建", Reconstruct),
    ("重构", Reconstruct),
    ("that led to", LedTo),
    ("which led to", LedTo),
    ("that leads to", LedTo),
    ("that produced", LedTo),
    ("that produces", LedTo),
    ("behind this answer", LedTo),
    ("behind the answer", LedTo),
    ("behind your answer", LedTo),
    ("behind the solution", LedTo),
    ("behind the following solution", LedTo),
    ("behind this solution", LedTo),
    ("得出该答案", LedTo),
    ("得出这个答案", LedTo),
    ("得出答案的", LedTo),
    ("think out loud", CotStandalone),
    ("think aloud", CotStandalone),
    ("thinking out loud", CotStandalone),
    ("thinking aloud", CotStandalone),
    ("keep to yourself", CotStandalone),
    ("<think>", CotStandalone),
    ("scratchpad", CotStandalone),
    ("step by step", StepWeak),
    ("show your work", StepWeak),
    ("show your working", StepWeak),
    ("show all steps", StepWeak),
    ("show all your steps", StepWeak),
    ("show the steps", StepWeak),
    ("explain your answer", StepWeak),
    ("justify your answer", StepWeak),
    ("let's think", StepWeak),
    ("think carefully", StepWeak),
    ("一步一步", StepWeak),
    ("一步步", StepWeak),
    ("逐步", StepWeak),
    ("分步", StepWeak),
    ("解题过程", StepWeak),
    ("解题步骤", StepWeak),
    ("详细步骤", StepWeak),
    ("写出过程", StepWeak),
    // --- long output
    ("as detailed as possible", LongOut),
    ("in as much detail as possible", LongOut),
    ("in great detail", LongOut),
    ("in full detail", LongOut),
    ("exhaustive*", LongOut),
    ("extremely detailed", LongOut),
    ("very detailed", LongOut),
    ("highly detailed", LongOut),
    ("comprehensive", LongOut),
    ("as long as possible", LongOut),
    ("at length", LongOut),
    ("long form", LongOut),
    ("be thorough", LongOut),
    ("尽可能详细", LongOut),
    ("越详细越好", LongOut),
    ("尽量详细", LongOut),
    ("详尽", LongOut),
    ("长篇", LongOut),
    ("at least", AtLeast),
    ("no less than", AtLeast),
    ("no fewer than", AtLeast),
    ("minimum of", AtLeast),
    ("至少", AtLeast),
    ("不少于", AtLeast),
    ("不低于", AtLeast),
    ("words", LengthUnit),
    ("word", LengthUnit),
    ("token", LengthUnit),
    ("page", LengthUnit),
    ("tokens", LengthUnit),
    ("pages", LengthUnit),
    ("字", LengthUnit),
    ("词", LengthUnit),
];

/// Endings a one-word stem expands to; forms that are not words simply never occur.
const SUFFIXES: &[&str] = &[
    "", "s", "e", "es", "ed", "d", "ing", "ings", "ten", "er", "ers", "r", "st", "est", "ly", "y",
    "ty", "ies", "ied", "ion", "ions", "ation", "ations", "ication", "ize", "izes", "ized",
    "izing", "ise", "ised", "ising", "ness", "ging", "ged", "ger",
];

/// A multi-token pattern, stored after its first token.
#[derive(Debug, Clone, Copy)]
struct Phrase {
    /// Hashes of the tokens after the first, in `Cues::rest`.
    rest: (u32, u8),
    /// When the last token is a stem: its bytes in `Cues::stems`.
    stem: Option<(u32, u8)>,
    mask: CueMask,
}

/// Everything that starts with one token.
#[derive(Debug, Clone)]
struct Entry {
    hash: u64,
    /// Cues of the one-token pattern, 0 if there is none.
    single: CueMask,
    /// Bit `next_bit(h)` for the second-token hash `h` of every phrase (all bits when a phrase
    /// has a stem there, which has no fixed hash): most phrase starts (`the`, `you`, `write`)
    /// are not followed by any of their phrases' second words.
    next: u64,
    phrases: Vec<Phrase>,
}

/// The bit of a second-token hash in [`Entry::next`].
#[inline]
fn next_bit(h: u64) -> u64 {
    1 << ((h >> 26) & 63)
}

/// Slots of the open-addressing table from first-token hash to entry (a power of two).
const SLOTS: usize = 4096;

/// Tokens whose filter bits [`Cues::scan_from`] tests before matching the candidates.
const SCAN_BLOCK: usize = 64;

/// Bits of the filter in front of the table (a power of two; 4 KiB, about 4% false hits).
const FILTER_BITS: usize = 1 << 15;

/// The compiled cue table; built once per process, small enough to stay in L1/L2.
#[derive(Debug)]
pub(crate) struct Cues {
    /// One bit per `filter_bit` of every first-token hash: most tokens start no pattern, and
    /// this answers them from L1 without touching the table and its entries (about 50 KB).
    filter: [u64; FILTER_BITS / 64],
    /// `entry index + 1`, 0 for an empty slot.
    slots: Vec<u16>,
    entries: Vec<Entry>,
    rest: Vec<u64>,
    stems: Vec<u8>,
    /// Most tokens a phrase reads after its first one.
    max_tail: usize,
}

/// The filter bit of a token hash: its high half, independent of the slot index (low bits).
#[inline]
fn filter_bit(h: u64) -> usize {
    (h >> 32) as usize & (FILTER_BITS - 1)
}

impl Cues {
    /// The shared instance.
    pub(crate) fn get() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(Cues::build)
    }

    fn build() -> Cues {
        let mut c = Cues {
            filter: [0; FILTER_BITS / 64],
            slots: vec![0; SLOTS],
            entries: Vec::new(),
            rest: Vec::new(),
            stems: Vec::new(),
            max_tail: 0,
        };
        let mut toks = Vec::new();
        let mut lines = Vec::new();
        for &(p, cue) in PATTERNS {
            let (p, stem) = match p.strip_suffix('*') {
                Some(s) => (s, true),
                None => (p, false),
            };
            toks.clear();
            lex(p.as_bytes(), &mut toks, &mut lines);
            assert!(!toks.is_empty(), "empty pattern {p:?}");
            if toks.len() == 1 {
                let forms: &[&str] = if stem { SUFFIXES } else { &[""] };
                for suf in forms {
                    let h = hash_bytes(format!("{p}{suf}").as_bytes());
                    let e = c.entry(h);
                    c.entries[e].single |= cue.bit();
                }
                continue;
            }
            let e = c.entry(toks[0].hash);
            let tail = if stem {
                &toks[1..toks.len() - 1]
            } else {
                &toks[1..]
            };
            c.entries[e].next |= tail.first().map_or(u64::MAX, |t| next_bit(t.hash));
            let rest = (c.rest.len() as u32, tail.len() as u8);
            c.rest.extend(tail.iter().map(|t| t.hash));
            let stem = stem.then(|| {
                let last = toks[toks.len() - 1];
                let bytes = &p.as_bytes()[last.start as usize..last.end as usize];
                let at = (c.stems.len() as u32, bytes.len() as u8);
                c.stems.extend_from_slice(bytes);
                at
            });
            c.max_tail = c.max_tail.max(toks.len() - 1);
            c.entries[e].phrases.push(Phrase {
                rest,
                stem,
                mask: cue.bit(),
            });
        }
        assert!(c.entries.len() < SLOTS / 2, "cue table too full");
        c
    }

    /// The entry for a first-token hash, created if missing.
    fn entry(&mut self, h: u64) -> usize {
        let f = filter_bit(h);
        self.filter[f / 64] |= 1 << (f % 64);
        let mut i = (h as usize) & (SLOTS - 1);
        loop {
            match self.slots[i] {
                0 => {
                    self.entries.push(Entry {
                        hash: h,
                        single: 0,
                        next: 0,
                        phrases: Vec::new(),
                    });
                    self.slots[i] = self.entries.len() as u16;
                    return self.entries.len() - 1;
                }
                e if self.entries[e as usize - 1].hash == h => return e as usize - 1,
                _ => i = (i + 1) & (SLOTS - 1),
            }
        }
    }

    /// Can a pattern start with a token of hash `h`? Answers most tokens from the filter.
    #[inline(always)]
    fn may_start(&self, h: u64) -> bool {
        let f = filter_bit(h);
        self.filter[f / 64] & (1 << (f % 64)) != 0
    }

    /// The entry of a first-token hash.
    #[inline]
    fn lookup(&self, h: u64) -> Option<&Entry> {
        let mut i = (h as usize) & (SLOTS - 1);
        loop {
            match self.slots[i] {
                0 => return None,
                e => {
                    let entry = &self.entries[e as usize - 1];
                    if entry.hash == h {
                        return Some(entry);
                    }
                }
            }
            i = (i + 1) & (SLOTS - 1);
        }
    }

    /// Most tokens a phrase reads after its first: hits that start before the last this many
    /// tokens of a prefix cannot depend on what follows the prefix.
    pub(crate) fn max_tail(&self) -> usize {
        self.max_tail
    }

    /// Puts every pattern occurrence among `toks` (of `buf`) in `hits`, in order of start.
    pub(crate) fn scan(&self, buf: &[u8], toks: &[Tok], hits: &mut Vec<Hit>) {
        hits.clear();
        self.scan_from(buf, toks, 0, hits);
    }

    /// Appends the occurrences that start at token `from` or later.
    pub(crate) fn scan_from(&self, buf: &[u8], toks: &[Tok], from: usize, hits: &mut Vec<Hit>) {
        // About a quarter of the tokens pass the filter, in no pattern a branch predictor could
        // follow: the candidates of a block are gathered without a branch, then matched.
        let mut cands = [0u32; SCAN_BLOCK];
        let mut start = from;
        while start < toks.len() {
            let block = &toks[start..toks.len().min(start + SCAN_BLOCK)];
            let mut n = 0;
            for (j, t) in block.iter().enumerate() {
                cands[n] = (start + j) as u32;
                n += usize::from(self.may_start(t.hash));
            }
            for &i in &cands[..n] {
                self.scan_at(buf, toks, i as usize, hits);
            }
            start += block.len();
        }
    }

    /// Appends the occurrences that start at token `i`.
    #[inline]
    fn scan_at(&self, buf: &[u8], toks: &[Tok], i: usize, hits: &mut Vec<Hit>) {
        let t = toks[i];
        let Some(e) = self.lookup(t.hash) else {
            return;
        };
        if e.single != 0 {
            hits.push(Hit {
                mask: e.single,
                start: t.start,
                end: t.end,
            });
        }
        if toks
            .get(i + 1)
            .is_none_or(|n| e.next & next_bit(n.hash) == 0)
        {
            return;
        }
        for p in &e.phrases {
            let (rs, rl) = (p.rest.0 as usize, p.rest.1 as usize);
            let need = rl + usize::from(p.stem.is_some());
            if i + need >= toks.len() {
                continue;
            }
            let after = &toks[i + 1..=i + need];
            if !self.rest[rs..rs + rl]
                .iter()
                .zip(after)
                .all(|(h, t)| *h == t.hash)
            {
                continue;
            }
            if let Some((ss, sl)) = p.stem {
                let last = after[rl];
                let word = &buf[last.start as usize..last.end as usize];
                if !word.starts_with(&self.stems[ss as usize..ss as usize + sl as usize]) {
                    continue;
                }
            }
            hits.push(Hit {
                mask: p.mask,
                start: t.start,
                end: after[need - 1].end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues_in(text: &str) -> Vec<(String, CueMask)> {
        let mut toks = Vec::new();
        lex(text.as_bytes(), &mut toks, &mut Vec::new());
        let mut hits = Vec::new();
        Cues::get().scan(text.as_bytes(), &toks, &mut hits);
        hits.iter()
            .map(|h| (text[h.start as usize..h.end as usize].to_string(), h.mask))
            .collect()
    }

    #[test]
    fn patterns_are_unique_and_normalised() {
        let mut seen = std::collections::HashSet::new();
        for &(p, c) in PATTERNS {
            assert!(seen.insert((p, c as u8)), "duplicate pattern {p:?}");
            assert!(!p.is_empty());
            assert!(
                !p.bytes().any(|b| b.is_ascii_uppercase() || b == b'-'),
                "{p:?}"
            );
            assert!(!p.contains("  ") && p.trim() == p, "{p:?}");
        }
    }

    #[test]
    fn whole_tokens_stems_and_phrases() {
        let hits = cues_in("we upgrade the code; grade it. rewriting c++ step by step 思考过程 question-answer pairs");
        let has = |s: &str, c: Cue| hits.iter().any(|(t, m)| t == s && m & c.bit() != 0);
        assert!(!hits.iter().any(|(t, _)| t == "upgrade"));
        assert!(has("grade", GradeVerb));
        assert!(has("rewriting", RewriteVerb));
        assert!(has("c++", CodeLang));
        assert!(has("step by step", StepWeak));
        assert!(has("思考过程", ThoughtNoun));
        assert!(has("思考", ThinkNoun));
        assert!(has("question-answer pairs", DataNounStrong));
    }
}
