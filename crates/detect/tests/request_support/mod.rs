//! Shared helpers for the request-analysis tests: events and a corpus of realistic payloads.

#![allow(dead_code)]

use dg_detect::request::{analyze, RequestFacts};
use dg_model::{Event, Timestamp};

/// A single-turn event with this prompt and no system prompt.
pub fn event(prompt: &str) -> Event {
    Event {
        request_id: "r1".into(),
        ts: Timestamp(1_770_000_000_000),
        account_id: "acct".into(),
        api_key_id: None,
        ip: "192.0.2.7".parse().unwrap(),
        user_agent: None,
        client_fingerprint: None,
        model: "model-x".into(),
        prompt: prompt.into(),
        system: None,
        turns: Some(1),
        tools: Vec::new(),
        tool_calls: None,
        has_image: None,
        max_tokens: Some(1024),
        input_tokens: 200,
        output_tokens: 400,
        thinking_tokens: None,
        stop_reason: Some("end_turn".into()),
    }
}

/// An event with a system prompt.
pub fn with_system(system: &str, prompt: &str) -> Event {
    Event {
        system: Some(system.into()),
        ..event(prompt)
    }
}

/// Facts of a bare prompt.
pub fn facts(prompt: &str) -> RequestFacts {
    analyze(&event(prompt))
}

/// Math word problems in the style of GSM8K / MATH / reasoning-gym.
pub const MATH: &[&str] = &[
    "Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?",
    "Find all real numbers $x$ such that $x^2 - 5x + 6 = 0$.",
    "A rectangle has a perimeter of 30 cm and its length is twice its width. What is the area of the rectangle?",
    "What is the remainder when $2^{100}$ is divided by 7?",
    "Weng earns $12 an hour for babysitting. Yesterday, she just did 50 minutes of babysitting. How much did she earn?",
    "Let $f(x) = 3x + 2$ and $g(x) = x^2 - 1$. Compute $f(g(2))$.",
    "A bag contains 5 red marbles and 3 blue marbles. Two marbles are drawn without replacement. What is the probability that both are red?",
    "Prove that the sum of two odd integers is even.",
    "James writes a 3-page letter to 2 different friends twice a week. How many pages does he write a year?",
    "The sum of three consecutive integers is 72. What is the largest of the three integers?",
    "Solve for y: 4y - 7 = 2y + 9.",
    "How many positive divisors does 360 have?",
    "A train leaves the station at 3:15 pm and travels at 80 km/h. Another train leaves the same station at 4:00 pm travelling at 100 km/h on the same track. At what time does the second train catch up with the first?",
    "In triangle ABC, angle A is 40 degrees and angle B is twice angle C. Find angle C.",
    "Evaluate the integral of $\\frac{1}{x}$ from 1 to $e^2$.",
    "Alice is either a knight or a knave. She says: 'Bob and I are both knaves.' Bob says nothing. Determine what Alice and Bob are.",
    "If 3 workers can paint a house in 12 days, how many days would it take 9 workers working at the same rate?",
    "Simplify $\\sqrt{50} + \\sqrt{18}$.",
    "Tom has twice as many stamps as Jerry. Together they have 45 stamps. How many stamps does Tom have?",
    "Sort these words alphabetically and give the third one: pear, apple, mango, kiwi, banana.",
    "小明有15个苹果，他给了小红4个，又买了7个。小明现在有多少个苹果？",
    "已知等差数列的首项为3，公差为4，求第20项的值。",
    "一个长方形的周长是36厘米，长比宽多4厘米，求这个长方形的面积。",
    "证明：对于任意正整数n，n^3 - n 能被6整除。",
    "A cyclist rides 18 km in 45 minutes. At the same speed, how far does she ride in 2 hours?",
];

/// Coding tasks in the style of HumanEval, MBPP and LeetCode.
pub const CODE: &[&str] = &[
    "from typing import List\n\n\ndef has_close_elements(numbers: List[float], threshold: float) -> bool:\n    \"\"\" Check if in given list of numbers, are any two numbers closer to each other than\n    given threshold.\n    >>> has_close_elements([1.0, 2.0, 3.0], 0.5)\n    False\n    >>> has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3)\n    True\n    \"\"\"\n",
    "def truncate_number(number: float) -> float:\n    \"\"\" Given a positive floating point number, it can be decomposed into\n    and integer part (largest integer smaller than given number) and decimals\n    (leftover part always smaller than 1).\n\n    Return the decimal part of the number.\n    >>> truncate_number(3.5)\n    0.5\n    \"\"\"\n",
    "Write a function to find the shared elements from the given two lists.\nassert set(similar_elements((3, 4, 5, 6),(5, 7, 4, 10))) == set((4, 5))",
    "Given an array of integers nums and an integer target, return indices of the two numbers such that they add up to target.\n\nExample 1:\nInput: nums = [2,7,11,15], target = 9\nOutput: [0,1]\n\nConstraints:\n2 <= nums.length <= 10^4",
    "Write a Python function that checks whether a string is a palindrome, ignoring case and punctuation.",
    "```rust\nfn main() {\n    let v = vec![1, 2, 3];\n    for i in 0..=v.len() {\n        println!(\"{}\", v[i]);\n    }\n}\n```\nWhy does this panic?",
    "Implement an LRU cache class with get and put methods in O(1) time.",
    "def below_zero(operations: List[int]) -> bool:\n    \"\"\" You're given a list of deposit and withdrawal operations on a bank account that starts with\n    zero balance. Your task is to detect if at any point the balance of account falls below zero, and\n    at that point function should return True. Otherwise it should return False.\n    >>> below_zero([1, 2, -4, 5])\n    True\n    \"\"\"\n",
    "Write a SQL query that returns the second highest salary from the Employee table.",
    "用Python实现一个函数，判断一个字符串是否是回文串。",
];

/// Writing prompts and essays of very different lengths (MT-Bench, WritingBench style).
pub const ESSAYS: &[&str] = &[
    "Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions.",
    "The Industrial Revolution transformed the economies of Europe. Factories replaced workshops, railways connected distant markets, and millions of people moved from the countryside to the cities. Historians still debate whether living standards rose or fell for ordinary workers in the first decades of the century, since wages, diets and life expectancy moved in different directions. What is clear is that the pace of change had no precedent.",
    "Dear hiring manager, I am writing to apply for the position of data analyst at your company. Over the past four years I have built dashboards, cleaned messy datasets and explained results to people who do not read charts for a living. I would welcome the chance to discuss how I could help your team.",
    "Remote work has changed how teams communicate. Meetings moved online, documents became the main record of decisions, and the office turned into a place for occasional gatherings rather than daily routine. Some companies report higher productivity; others worry about culture and mentoring. The truth probably depends on the kind of work.\n\nIn the long run, hybrid arrangements seem likely to dominate, because they let people choose quiet focus at home and collaboration in person.",
    "我想撰写一篇关于人工智能在医疗领域应用的论文，请帮我写一个论文大纲。",
    "Draft a professional email seeking your supervisor's feedback on the 'Quarterly Financial Report' you prepared.",
    "Photosynthesis converts light energy into chemical energy.",
    "Describe a vivid and unique character, using strong imagery and creative language. Please answer in fewer than two paragraphs.",
    "The city council voted on Tuesday to expand the bike lane network by 40 kilometres over the next three years. Supporters said the plan would cut traffic deaths; opponents worried about parking. The first stretch, along the river, is due to open in spring.",
    "Write a persuasive essay to convince your audience that reading is more valuable than watching television. Think about your audience and use at least three arguments.",
];

/// One hundred distinct payloads: math, code and essays, cycled with light variations.
pub fn payloads() -> Vec<String> {
    let mut out = Vec::new();
    let all: Vec<&str> = MATH.iter().chain(CODE).chain(ESSAYS).copied().collect();
    let mut i = 0;
    while out.len() < 100 {
        let base = all[i % all.len()];
        let p = match i / all.len() {
            0 => base.to_string(),
            1 => format!("{base} Case {i}."),
            _ => format!(
                "{base}\n\nAdditional detail {i}: the numbers are {} and {}.",
                i * 7,
                i * 3
            ),
        };
        out.push(p);
        i += 1;
    }
    out
}
