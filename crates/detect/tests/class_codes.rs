//! An education programme's class code vouches for a class only where the class is: a farm
//! that registers one verified "instructor" per invented college and fills the class with
//! unverified "students" who never come near a campus is judged as the unvouched accounts it
//! is, while a real course (verified instructor, unverified students on the campus network,
//! some working from home) keeps its org's word.
//!
//! A scanner driver walks a small world in time order: two farmed classes, two real courses,
//! developers at home and everyday users.

mod scan_support;

use dg_model::{NetKind, SignupChannel};
use scan_support::*;

/// A worked problem under a large cap, in plain words (no phrasing cue needed).
fn homework(r: &mut Lcg) -> String {
    format!(
        "Here is problem {} from this week's set about a loan of {} at {} percent. Please go through it carefully.",
        r.below(1_000_000),
        1_000 + r.below(9_000),
        1 + r.below(9)
    )
}

/// A farmed class: one verified instructor and `n` unverified students on the class's org,
/// joining in two waves of about an hour; every session leaves a new exit of a residential
/// proxy (whose addresses the range feed knows only as a home ISP's) and asks for a long answer
/// under a 16k cap.
fn farmed_class(w: &mut World, r: &mut Lcg, class: usize, org: &'static str, n: usize) {
    let exits = range("100.96.0.0/16", 64_610, NetKind::Isp);
    let created = START - 5 * DAY + class as i64 * DAY;
    let instructor = format!("instructor_{class}");
    w.account(Who {
        org: Some(org),
        channel: SignupChannel::Education,
        verified: true,
        ..Who::plain("farm_instructor", &instructor, created - 3 * DAY)
    });
    for _ in 0..4 {
        let ts = START + r.below(3 * DAY as u64) as i64;
        let ip = format!("100.96.{}.{}", r.below(200), 1 + r.below(250));
        let prompt = plain(r);
        w.request(
            &instructor,
            ts,
            ip,
            &exits,
            "fp_browser",
            prompt,
            4_000,
            600,
        );
    }
    for k in 0..n {
        let id = format!("farmed_{class}_{k:02}");
        let wave = (k % 2) as i64;
        w.account(Who {
            org: Some(org),
            channel: SignupChannel::Education,
            ..Who::plain(
                "farm_student",
                &id,
                created + wave * 6 * 3_600_000 + r.below(3_600_000) as i64,
            )
        });
        for _ in 0..24 {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let ip = format!("100.96.{}.{}", r.below(200), 1 + r.below(250));
            let prompt = homework(r);
            w.request(&id, ts, ip, &exits, "fp_httpx", prompt, 16_000, 3_500);
        }
    }
}

/// A real course: a verified instructor and `n` unverified students who signed up in the
/// first lecture, working on the campus network (a fifth of them from home too), a third of
/// their questions worked problems under a 16k cap.
fn real_course(w: &mut World, r: &mut Lcg, course: usize, org: &'static str, n: usize) {
    let campus = range("198.18.0.0/16", 64_620 + course as u32, NetKind::Education);
    let home = range("100.64.0.0/16", 64_630, NetKind::Isp);
    let created = START - 20 * DAY + course as i64 * DAY;
    let instructor = format!("lecturer_{course}");
    w.account(Who {
        org: Some(org),
        channel: SignupChannel::Education,
        verified: true,
        ..Who::plain("course_lecturer", &instructor, created - 200 * DAY)
    });
    for _ in 0..6 {
        let ts = START + r.below(3 * DAY as u64) as i64;
        let ip = format!("198.18.{course}.2");
        let prompt = plain(r);
        w.request(
            &instructor,
            ts,
            ip,
            &campus,
            "fp_browser",
            prompt,
            4_000,
            600,
        );
    }
    for k in 0..n {
        let id = format!("student_{course}_{k:02}");
        w.account(Who {
            org: Some(org),
            channel: SignupChannel::Education,
            ..Who::plain("course_student", &id, created + r.below(3_600_000) as i64)
        });
        let remote = k % 5 == 0;
        for _ in 0..(12 + r.below(12)) {
            let ts = START + r.below(3 * DAY as u64) as i64;
            let (prompt, cap, out) = if r.below(3) == 0 {
                (homework(r), 16_000, 3_500)
            } else {
                (plain(r), 4_000, 700)
            };
            if remote && r.below(2) == 0 {
                let ip = format!("100.64.{}.{}", 10 + course, 1 + k);
                w.request(&id, ts, ip, &home, "fp_browser", prompt, cap, out);
            } else {
                let ip = format!("198.18.{course}.{}", 10 + r.below(4));
                w.request(&id, ts, ip, &campus, "fp_browser", prompt, cap, out);
            }
        }
    }
}

fn world() -> World {
    let mut w = World::new();
    let mut r = Lcg(41);
    farmed_class(&mut w, &mut r, 0, "class_stonebridge", 30);
    farmed_class(&mut w, &mut r, 1, "class_harrowgate", 26);
    real_course(&mut w, &mut r, 0, "class_univ_algebra", 30);
    real_course(&mut w, &mut r, 1, "class_univ_finance", 28);
    isp_developers(&mut w, &mut r, 80);
    home_users(&mut w, &mut r, 300, |r| {
        if r.below(6) == 0 {
            (homework(r), 16_000)
        } else {
            (plain(r), 2_000)
        }
    });
    w.events.sort_by_key(|(e, _)| e.ts);
    w
}

#[test]
fn a_class_code_never_used_on_campus_vouches_for_no_unverified_student() {
    let w = world();
    let spared = [
        "course_student",
        "course_lecturer",
        "developer",
        "individual",
    ];
    assert_caught_and_spared(&w, "farm_student", 45, &spared);
}
