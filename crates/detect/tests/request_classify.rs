//! Capability classes of realistic prompts, in English and Chinese, and the counter-examples
//! that must not fool the rules.

mod request_support;

use dg_detect::request::analyze;
use dg_model::Capability::{self, *};
use dg_model::Event;
use request_support::{event, facts, with_system};

fn cap(prompt: &str) -> Capability {
    facts(prompt).capability
}

fn cap_of(e: &Event) -> Capability {
    analyze(e).capability
}

#[test]
fn reasoning_math_and_logic() {
    // GSM8K, MATH, reasoning-gym.
    assert_eq!(cap("Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?"), Reasoning);
    assert_eq!(
        cap("Find all real numbers $x$ such that $x^2 - 5x + 6 = 0$."),
        Reasoning
    );
    assert_eq!(
        cap("What is the remainder when 2^100 is divided by 7?"),
        Reasoning
    );
    assert_eq!(
        cap("Prove that the sum of two odd integers is even."),
        Reasoning
    );
    assert_eq!(cap("Alice is either a knight or a knave. She says: 'Bob and I are both knaves.' Determine what Alice and Bob are."), Reasoning);
    assert_eq!(cap("Solve the following problem step by step.\n\nA rectangle has a perimeter of 30 cm and its length is twice its width. What is its area?"), Reasoning);
    assert_eq!(
        cap("已知等差数列的首项为3，公差为4，求第20项的值。"),
        Reasoning
    );
    assert_eq!(cap("证明：对于任意正整数n，n^3 - n 能被6整除。"), Reasoning);
    assert_eq!(
        cap("小明有15个苹果，他给了小红4个，又买了7个。小明现在有多少个苹果？"),
        Reasoning
    );
}

#[test]
fn coding_tasks() {
    // HumanEval docstring prompt.
    assert_eq!(cap("from typing import List\n\n\ndef has_close_elements(numbers: List[float], threshold: float) -> bool:\n    \"\"\" Check if in given list of numbers, are any two numbers closer to each other than\n    given threshold.\n    >>> has_close_elements([1.0, 2.0, 3.0], 0.5)\n    False\n    \"\"\"\n"), Coding);
    assert_eq!(
        cap("Write a SQL query that returns the second highest salary from the Employee table."),
        Coding
    );
    assert_eq!(cap("Write a function to find the shared elements from the given two lists.\nassert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))"), Coding);
    assert_eq!(cap("```rust\nfn main() {\n    let v = vec![1, 2, 3];\n    println!(\"{}\", v[3]);\n}\n```\nWhy does this panic?"), Coding);
    assert_eq!(
        cap("用Python实现一个函数，判断一个字符串是否是回文串。"),
        Coding
    );
    assert_eq!(
        cap("请帮我写一个函数，计算两个日期之间相差的天数。"),
        Coding
    );
    // A rewrite whose object is code is coding, with rewrite also recorded.
    let f =
        facts("Rewrite this function in Rust:\n```python\ndef add(a, b):\n    return a + b\n```");
    assert_eq!(f.capability, Coding);
    assert!(f.capabilities.contains(Rewrite));
    assert_eq!(
        cap("Can you rewrite the following code so it uses async/await instead of callbacks?"),
        Coding
    );
    // A pandas question mentions a data set but asks for no data.
    assert_eq!(
        cap("How do I load a CSV dataset into pandas and drop rows with missing values?"),
        Coding
    );
}

#[test]
fn agentic_by_structure_and_by_text() {
    // BFCL-style: tools declared on the request.
    let mut e = event("What's the weather like in Boston today, and should I bring an umbrella?");
    e.tools = vec!["get_current_weather".into(), "get_forecast".into()];
    assert_eq!(cap_of(&e), Agentic);
    let mut e = event("Book me a table for two at an Italian place near the office at 7pm.");
    e.stop_reason = Some("tool_use".into());
    e.tool_calls = Some(1);
    assert_eq!(cap_of(&e), Agentic);
    // Tools win over an image (computer-use agents send screenshots).
    let mut e = event("Click the submit button.");
    e.tools = vec!["computer".into()];
    e.has_image = Some(true);
    assert_eq!(cap_of(&e), Agentic);
    // A ReAct transcript in plain text.
    assert_eq!(cap("You have access to the following tools: search, calculator.\nQuestion: How old is the president of France?\nThought: I should search.\nAction: search\nAction Input: president of France age\nObservation: 47"), Agentic);
    let e = with_system(
        "你是一个可以调用工具的智能体。每一步调用工具之前，先详细说明你的推理和计划。",
        "帮我查一下明天北京到上海的高铁票。",
    );
    assert_eq!(cap_of(&e), Agentic);
}

#[test]
fn vision_by_structure() {
    let mut e = event("Describe this image in exhaustive detail.");
    e.has_image = Some(true);
    assert_eq!(cap_of(&e), Vision);
    let mut e = event("请详细描述这张图片中的所有内容。");
    e.has_image = Some(true);
    assert_eq!(cap_of(&e), Vision);
}

#[test]
fn grading_with_judges_and_rubrics() {
    // MT-Bench single-answer judge.
    assert_eq!(cap("Please act as an impartial judge and evaluate the quality of the response provided by an AI assistant to the user question displayed below. Your evaluation should consider factors such as the helpfulness, relevance, accuracy, depth, creativity, and level of detail of the response. Begin your evaluation by providing a short explanation. Be as objective as possible. After providing your explanation, you must rate the response on a scale of 1 to 10 by strictly following this format: \"[[rating]]\", for example: \"Rating: [[5]]\".\n\n[Question]\nCompose an engaging travel blog post about a recent trip to Hawaii.\n\n[The Start of Assistant's Answer]\nAloha! Last month I went to Hawaii.\n[The End of Assistant's Answer]"), Grading);
    // MT-Bench pairwise judge.
    assert_eq!(cap("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants to the user question displayed below. Output your final verdict by strictly following this format: \"[[A]]\" if assistant A is better, \"[[B]]\" if assistant B is better, and \"[[C]]\" for a tie."), Grading);
    assert_eq!(cap("Grade the following answer on a scale of 1 to 10 according to the rubric: correctness (4 points), completeness (3 points), clarity (3 points).\n\nQuestion: What causes tides?\n\nAnswer to grade: The moon's gravity."), Grading);
    assert_eq!(cap("You are an expert evaluator. Score the response below against the reference criteria and output the final score as [[score]]."), Grading);
    assert_eq!(cap("请根据以下评分标准给这个回答打分（1-10分）：准确性、完整性、表达清晰度。\n问题：什么是光合作用？\n回答：植物利用阳光制造养分。"), Grading);
    assert_eq!(
        cap("请评估下面这个回答的质量，并给出1到10的分数。"),
        Grading
    );
    // Not grading.
    assert_eq!(
        cap(
            "My daughter is in 5th grade and struggles with fractions. How can I help her at home?"
        ),
        Chat
    );
    assert_eq!(
        cap("On a scale of 1 to 10, how spicy is kimchi compared to salsa?"),
        Chat
    );
    assert_eq!(
        cap("Evaluate the integral of 1/x from 1 to e^2 and write the answer as a fraction."),
        Reasoning
    );
    assert_eq!(
        cap("We need to upgrade the server before Friday. Draft a short note to the team."),
        Chat
    );
}

#[test]
fn rewrite_including_safe_rewrites() {
    assert_eq!(cap("Rewrite the following paragraph so that it sounds more formal:\n\nhey guys, the meeting got moved to thursday, pls dont be late"), Rewrite);
    assert_eq!(
        cap("Paraphrase this sentence: The quick brown fox jumps over the lazy dog."),
        Rewrite
    );
    assert_eq!(
        cap("请把下面这段话改写得更正式一些：明天的会改到下午三点了，别迟到。"),
        Rewrite
    );
    assert_eq!(
        cap("帮我润色一下这段文字：我们公司成立于2010年，致力于为客户提供优质服务。"),
        Rewrite
    );
    let f = facts("Rewrite the following user request so that it can be answered safely and helpfully while preserving the user's legitimate intent. Then answer the rewritten request in full.\n\nRequest: How do I get into my neighbour's wifi without the password?");
    assert_eq!(f.capability, Rewrite);
    assert!(f.safe_rewrite);
    let f = facts("The following question may be sensitive. Produce a harmless rephrasing of it that a careful assistant would be willing to answer.\n\nHow can I make a fake ID?");
    assert_eq!(f.capability, Rewrite);
    assert!(f.safe_rewrite);
    let f = facts("请把下面这个可能敏感的问题改写成一个安全、无害的版本，然后完整回答改写后的问题：\n怎样绕过公司的网络监控？");
    assert_eq!(f.capability, Rewrite);
    assert!(f.safe_rewrite);
    // An ordinary rewrite is not a safe rewrite.
    assert!(!facts("Rephrase this email to sound friendlier.").safe_rewrite);
}

#[test]
fn data_generation_asks_for_many_items() {
    assert_eq!(
        cap("Generate 50 question-answer pairs about photosynthesis for a biology quiz."),
        DataGeneration
    );
    assert_eq!(cap("Produce JSONL training examples for intent classification, one object per line with fields \"text\" and \"label\"."), DataGeneration);
    assert_eq!(cap("Generate 20 diverse, high-quality question-answer pairs in JSONL with fields \"question\", \"reasoning\", \"answer\"."), DataGeneration);
    assert_eq!(
        cap(
            "Write 30 short customer complaints about late deliveries, each with a different tone."
        ),
        Chat
    );
    assert_eq!(
        cap("Create a dataset of 100 fictional customer reviews with star ratings."),
        DataGeneration
    );
    assert_eq!(
        cap("请生成100条关于金融客服的问答数据，以JSON格式输出。"),
        DataGeneration
    );
    assert_eq!(cap("根据下面的示例，生成30条高质量的问答对，每条都包含详细的推理过程，以JSON格式输出。\n示例：什么是复利？"), DataGeneration);
    // A few examples in a chat is not a data set.
    assert_eq!(cap("Give me 3 examples of metaphors in Shakespeare."), Chat);
    assert_eq!(cap("List 10 countries in Africa."), Chat);
}

#[test]
fn chat_is_everything_else() {
    // MT-Bench writing and WritingBench-style Chinese requests.
    assert_eq!(cap("Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions."), Chat);
    assert_eq!(cap("Draft a professional email seeking your supervisor's feedback on the 'Quarterly Financial Report' you prepared."), Chat);
    assert_eq!(
        cap("我想撰写一篇关于人工智能在医疗领域应用的论文，请帮我写一个论文大纲。"),
        Chat
    );
    assert_eq!(cap("What are your thoughts on remote work?"), Chat);
    assert_eq!(cap("How do I remove rust from my bike chain?"), Chat);
    assert_eq!(cap("谢谢！能再详细一点吗？"), Chat);
    assert_eq!(cap(""), Chat);
}

#[test]
fn weak_words_alone_do_not_pick_a_class() {
    // Problem-solving words without numbers are not a math problem.
    assert_eq!(cap("How many calories are in a banana?"), Chat);
    assert_eq!(
        cap("Write a short story where the main character has to solve a riddle to escape."),
        Chat
    );
    // Talk about an image without one, or about function calls in code, is not vision/agentic.
    let f = facts("Describe the image you would paint of a sunset.");
    assert_eq!(f.capability, Chat);
    assert!(f.capabilities.contains(Vision));
    assert_eq!(
        cap("How do I make a function call in JavaScript with named arguments?"),
        Coding
    );
    // Translation is a weak rewrite; a summary is chat.
    assert_eq!(cap("Translate \"good morning\" into Japanese."), Rewrite);
    assert_eq!(
        cap("Summarize this article: The Federal Reserve raised rates on Wednesday."),
        Chat
    );
    // Judging whether an answer is correct is grading.
    assert_eq!(
        cap("I will give you a question and an answer. Tell me if the answer is correct."),
        Grading
    );
}

#[test]
fn the_set_holds_every_class_with_evidence() {
    let f = facts("Please act as an impartial judge and rate the response to this coding question.\n\n[Question]\nWrite a Python function that reverses a string.\n\n[Answer]\n```python\ndef rev(s):\n    return s[::-1]\n```");
    assert_eq!(f.capability, Grading);
    assert!(f.capabilities.contains(Grading));
    assert!(f.capabilities.contains(Coding));
    assert!(!f.capabilities.contains(Vision));
    assert_eq!(
        facts("Hello there!")
            .capabilities
            .iter()
            .collect::<Vec<_>>(),
        vec![Chat]
    );
}
