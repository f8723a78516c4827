"""The strings under `trainer` in the interface strings file: the trainer's kit (guides, handouts,
slides, programme, group view and the kit's scripts). Part of the model in strings_model.py."""

from __future__ import annotations

from macros.content.model import Strict, Text


class TrainerNavStrings(Strict):
    """The strings under `trainer.nav`."""

    overview: Text
    programme: Text
    group: Text
    guides: Text


class TrainerTimeStrings(Strict):
    """The strings under `trainer.time`."""

    minutes: Text
    hours: Text
    hours_minutes: Text


class TrainerLinksStrings(Strict):
    """The strings under `trainer.links`."""

    label: Text
    guide: Text
    handout: Text
    slides: Text
    roleplays: Text
    module: Text
    print: Text


class TrainerOverviewStrings(Strict):
    """The strings under `trainer.overview`."""

    title: Text
    intro: Text
    caption: Text
    module: Text
    workshop: Text
    pages: Text
    no_workshop: Text
    programme: Text
    group: Text
    print_title: Text
    print: Text


class TrainerGuideStrings(Strict):
    """The strings under `trainer.guide`."""

    title: Text
    workshop: Text
    goals: Text
    objectives: Text
    no_workshop: Text
    agenda: Text
    start_time: Text
    start_hint: Text
    agenda_caption: Text
    time: Text
    preparation: Text
    materials: Text
    whole_workshop: Text
    nothing_to_prepare: Text
    blocks: Text
    quiz: Text
    key_points: Text


class TrainerRoleplaysStrings(Strict):
    """The strings under `trainer.roleplays`."""

    title: Text
    intro: Text
    scenarios: Text
    minutes: Text
    situation: Text
    situation_hint: Text
    manager: Text
    employee: Text
    observer: Text
    observer_intro: Text
    look_for: Text
    seen: Text
    observer_caption: Text


class TrainerHandoutStrings(Strict):
    """The strings under `trainer.handout`."""

    title: Text
    intro: Text
    statement: Text


class TrainerSlidesScriptStrings(Strict):
    """The strings under `trainer.slides.script` (slides.js, through the page's data)."""

    announce: Text
    revealed: Text
    time_up: Text
    timer_started: Text
    timer_paused: Text
    timer_reset: Text
    notes_title: Text
    notes_slide: Text
    notes_block: Text
    notes_none: Text
    notes_next: Text
    notes_last: Text
    notes_blocked: Text


class TrainerSlidesStrings(Strict):
    """The strings under `trainer.slides`."""

    title: Text
    intro: Text
    #: The keys of the presentation: [key, what it does] pairs.
    keys: list[list[Text]]
    keys_without_workshop: list[list[Text]]
    start: Text
    previous: Text
    next: Text
    reveal: Text
    timer: Text
    timer_label: Text
    reset: Text
    notes: Text
    notes_label: Text
    close: Text
    question: Text
    block: Text
    answer: Text
    script: TrainerSlidesScriptStrings


class TrainerProgrammeStrings(Strict):
    """The strings under `trainer.programme`."""

    title: Text
    intro: Text
    lengths: Text
    blocks: Text
    modules: Text
    modules_hint: Text
    up: Text
    down: Text
    breaks: Text
    breaks_hint: Text
    add_coffee: Text
    add_lunch: Text
    break_kind: Text
    break_after: Text
    break_minutes: Text
    remove_break: Text
    link_hint: Text
    result: Text
    part: Text


class TrainerGroupStrings(Strict):
    """The strings under `trainer.group`."""

    title: Text
    intro: Text
    steps: list[Text]
    privacy: Text
    needs_script: Text
    assessment: Text
    codes: Text
    codes_hint: Text
    files: Text
    show: Text
    clear_all: Text
    per_dimension: Text
    per_statement: Text
    dimension_caption: Text
    statement_caption: Text
    dimension: Text
    statement: Text
    average: Text
    bands: Text
    reverse: Text


class TrainerScriptBreakKindsStrings(Strict):
    """The strings under `trainer.script.break_kinds`."""

    coffee: Text
    lunch: Text
    other: Text


class TrainerScriptBreakMinutesStrings(Strict):
    """The strings under `trainer.script.break_minutes`."""

    coffee: int
    lunch: int
    other: int


class TrainerScriptStrings(Strict):
    """The strings under `trainer.script`."""

    break_kinds: TrainerScriptBreakKindsStrings
    break_minutes: TrainerScriptBreakMinutesStrings
    programme_empty: Text
    file_not_text: Text
    paste_not_text: Text
    after_block: Text
    module_heading: Text
    total_label: Text
    caption: Text
    total: Text
    total_breaks: Text
    fits_half: Text
    over_half: Text
    over_whole: Text
    moved: Text
    group_empty: Text
    group_counted: Text
    group_too_few: Text
    where_line: Text
    where_file: Text
    code_format: Text
    code_version: Text
    code_checksum: Text
    code_other: Text
    code_changed: Text
    code_answers: Text
    file_unreadable: Text
    band_count: Text


class TrainerStrings(Strict):
    """The strings under `trainer`."""

    nav: TrainerNavStrings
    time: TrainerTimeStrings
    links: TrainerLinksStrings
    overview: TrainerOverviewStrings
    guide: TrainerGuideStrings
    roleplays: TrainerRoleplaysStrings
    handout: TrainerHandoutStrings
    slides: TrainerSlidesStrings
    programme: TrainerProgrammeStrings
    group: TrainerGroupStrings
    script: TrainerScriptStrings
