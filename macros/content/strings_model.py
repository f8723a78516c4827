"""The interface strings file (macros/i18n/<language>.yml) as a typed model: every key is declared here,
those of the trainer's kit (`trainer`) in strings_trainer.py.

The `js` section is the browser's (window.LEIDRAAD.strings, see browser.py): its keys belong to the
scripts, so only the ones Python reads are declared. strings.py checks a file against this model.
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from macros.content.model import Id, Strict, Text
from macros.content.strings_trainer import TrainerStrings


class NavStrings(Strict):
    """The strings under `nav`."""

    start: Text
    modules: Text
    progress: Text
    plan: Text
    certificate: Text
    trainers: Text
    glossary: Text
    about: Text
    privacy: Text
    accessibility: Text


class ModuleStrings(Strict):
    """The strings under `module`."""

    objectives: Text
    key_points: Text
    sources: Text
    no_date: Text
    minutes: Text
    summary: Text
    case: Text
    case_questions: Text
    workshop: Text
    workshop_total: Text
    workshop_link: Text
    workshop_guide: Text
    actions: Text
    first_step: Text
    actions_intro: Text


class OutlineStrings(Strict):
    """The strings under `outline`."""

    total: Text


class CalloutStrings(Strict):
    """The strings under `callout`."""

    note: Text
    tip: Text
    warning: Text
    misconception: Text
    research: Text


class ExerciseStrings(Strict):
    """The strings under `exercise`."""

    quiz: Text
    self_assessment: Text = Field(alias="self-assessment")
    team_scan: Text = Field(alias="team-scan")
    checklist: Text
    reflection: Text
    workshop: Text
    roleplay: Text
    saved_locally: Text


class QuizStrings(Strict):
    """The strings under `quiz`."""

    pass_mark: Text
    single: Text
    multiple: Text
    show_answer: Text
    correct_option: Text
    wrong_option: Text
    explanation: Text
    check: Text


class SelfAssessmentStrings(Strict):
    """The strings under `self_assessment`."""

    disclaimer: Text
    team_disclaimer: Text
    how_to_read: Text
    band_range: Text
    reverse_note: Text
    tips: Text
    show_result: Text
    share_title: Text
    share_intro: Text
    share_label: Text
    share_copy: Text
    share_download: Text


class ChecklistStrings(Strict):
    """The strings under `checklist`."""

    hint: Text


class ReflectionStrings(Strict):
    """The strings under `reflection`."""

    answer_label: Text


class WorkshopStrings(Strict):
    """The strings under `workshop`."""

    duration: Text
    start: Text
    minutes: Text
    activity: Text
    goal: Text
    goals: Text
    materials: Text
    preparation: Text
    instructions: Text
    notes: Text
    debrief: Text
    group_size: Text


class JourneyScriptStrings(Strict):
    """The strings under `journey.script`."""

    quiz_counted_last: Text
    quiz_counted_best: Text
    quiz_counted_first: Text
    cal_restore_note: Text
    cal_checkin_actions: Text
    cal_checkin_rescan_intro: Text
    cal_checkin_intro: Text
    cal_checkin: Text
    cal_rescan_link: Text
    cal_plan_link: Text
    cal_who: Text
    cal_step: Text
    cal_why: Text
    cal_action: Text
    cal_name: Text
    calendar_done: Text
    over_time_link: Text
    over_time_chosen: Text
    over_time_none_between: Text
    over_time_between: Text
    plan_followup_label: Text
    plan_followup: Text
    plan_when_default: Text
    progress: Text
    not_started: Text
    quiz_result: Text
    quiz_passed: Text
    quiz_not_passed: Text
    quiz_partial: Text
    sa_partial: Text
    checklist_result: Text
    reflection_result: Text
    dropped_item: Text
    reset_module_confirm: Text
    reset_module_yes: Text
    reset_module_done: Text
    reset_all_confirm: Text
    reset_all_yes: Text
    reset_all_done: Text
    export_done: Text
    import_not_json: Text
    import_not_leidraad: Text
    import_other_course: Text
    import_version: Text
    import_damaged: Text
    import_summary: Text
    import_replaced: Text
    import_merged: Text
    import_cancelled: Text
    plan_action: Text
    plan_from: Text
    plan_own: Text
    plan_empty: Text
    plan_no_reflections: Text
    plan_added_own: Text
    plan_remove_confirm: Text
    plan_remove_yes: Text
    plan_removed: Text
    plan_what: Text
    plan_why: Text
    plan_step: Text
    plan_when: Text
    plan_who: Text
    plan_done: Text
    plan_open: Text
    plan_title: Text
    plan_of: Text
    plan_course: Text
    plan_printed: Text
    plan_edit_reflection: Text
    cert_no_name: Text
    cert_module: Text
    cert_total: Text
    home_place: Text
    home_start: Text
    home_continue: Text
    home_finished: Text
    home_left: Text
    home_total: Text
    home_course_left: Text
    home_score: Text
    home_course_score: Text
    home_parts: Text
    time_minutes: Text
    time_hours: Text
    time_hours_minutes: Text


class JourneyStrings(Strict):
    """The strings under `journey`."""

    calendar_download: Text
    calendar_intro: Text
    calendar_title: Text
    over_time_progress_intro: Text
    over_time_intro: Text
    over_time_title: Text
    adopted: Text
    nojs_progress: Text
    nojs_plan: Text
    nojs_certificate: Text
    course_progress: Text
    modules: Text
    status: Text
    counts: Text
    reset_module: Text
    dropped_title: Text
    dropped_intro: Text
    dropped_dismiss: Text
    transfer_title: Text
    transfer_intro: Text
    export: Text
    import_label: Text
    import_question: Text
    merge: Text
    merge_help: Text
    replace: Text
    replace_help: Text
    cancel: Text
    reset_title: Text
    reset_intro: Text
    reset_all: Text
    plan_intro: Text
    name_label: Text
    actions_title: Text
    reflections_title: Text
    add_own: Text
    print: Text
    download_markdown: Text
    remove: Text
    cert_intro: Text
    cert_name_label: Text
    cert_kind: Text
    cert_title: Text
    cert_statement: Text
    cert_date: Text
    cert_note: Text
    adopt: Text
    plan_link: Text
    cert_none: Text
    home_title: Text
    home_resume: Text
    home_next: Text
    home_progress: Text
    home_modules: Text
    home_to_progress: Text
    progress_details: Text
    script: JourneyScriptStrings


class HostingScriptStrings(Strict):
    """The strings under `hosting.script`."""

    lms_progress: Text
    reflections: Text
    too_much: Text


class HostingNotFoundStrings(Strict):
    """The strings under `hosting.not_found` (the 404 page)."""

    title: Text
    text: Text
    home: Text


class HostingStrings(Strict):
    """The strings under `hosting`."""

    not_found: HostingNotFoundStrings
    offered_by: Text
    questions: Text
    ask: Text
    or_: Text = Field(alias="or")
    no_contact: Text
    script: HostingScriptStrings


class JsStrings(Strict):
    """js: the browser scripts' strings; the scripts own their keys, Python reads these."""

    model_config = ConfigDict(extra="allow")

    decimal_mark: Text


class Strings(Strict):
    """One language's interface strings."""

    language: Id
    nav: NavStrings
    module: ModuleStrings
    outline: OutlineStrings
    callout: CalloutStrings
    exercise: ExerciseStrings
    quiz: QuizStrings
    self_assessment: SelfAssessmentStrings
    checklist: ChecklistStrings
    reflection: ReflectionStrings
    trainer: TrainerStrings
    workshop: WorkshopStrings
    journey: JourneyStrings
    hosting: HostingStrings
    js: JsStrings
