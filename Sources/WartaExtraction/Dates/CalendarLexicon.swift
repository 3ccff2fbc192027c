import WartaLexicons
import WartaText

/// The calendar words the date rules read, loaded once from `Lexicons/calendar/`.
final class CalendarLexicon: Sendable {
    /// The role of the anchor word at `index` (`clock` for `pukul`), and the index after it.
    func anchor(_ text: TokenText, at index: Int, limit: Int) -> (role: String, end: Int)? {
        anchors.match(text, at: index, limit: limit).map { ($0.value, $0.end) }
    }

    /// The role of the linking word at `index` (`and` for `dan`), and the index after it.
    func link(_ text: TokenText, at index: Int, limit: Int) -> (role: String, end: Int)? {
        links.match(text, at: index, limit: limit).map { ($0.value, $0.end) }
    }

    enum Unit: String, Sendable { case year, half, quarter, month, week, day, hour, minute, second, decade, century, windu }

    /// Month names and abbreviations → month number; `isAbbreviation` when shorter than the name.
    let months: PhraseTable<(month: Int, abbreviation: Bool)>
    let weekdays: PhraseTable<Int>
    /// Part of day → TIMEX3 code (`MO`).
    let partsOfDay: PhraseTable<String>
    /// Part of day → the clock hours it turns into afternoon or evening (`sore`: 1...11).
    let afternoonHours: PhraseTable<ClosedRange<Int>>
    /// Part of day → the day it names with `tadi` (`tadi malam`: -1, the night before; `tadi pagi`: 0).
    let earlierDays: PhraseTable<Int>
    /// Zone (exact case) → UTC offset.
    let zones: PhraseTable<String>
    /// Places abroad → UTC offset, for `waktu setempat`.
    let placeOffsets: PhraseTable<String>
    /// Relative day → offset in days.
    let relativeDays: PhraseTable<Int>
    /// Day counted from the day in focus (`keesokan harinya`, `hari yang sama`) → offset in days.
    let focusDays: PhraseTable<Int>
    let units: PhraseTable<Unit>
    /// `sepekan`, `setahun`: one unit in one word.
    let singleUnits: PhraseTable<Unit>
    /// `lalu` -1, `ini` 0, `depan` 1.
    let directions: PhraseTable<Int>
    /// `awal` START ...
    let modifiers: PhraseTable<String>
    let setWords: PhraseTable<String>
    /// Quarter/half numerals (exact case, `II`).
    let periodNumerals: PhraseTable<Int>
    let rangeWords: PhraseTable<String>
    let numberWords: NumberWords
    /// Words that anchor an expression (`pukul`, `bulan`, `lagi`), by role.
    let anchors: PhraseTable<String>
    /// Words inside an expression that never open one (`dan` in `kuartal II dan III`, `yang sama`,
    /// `pada`, `tersebut` in `tahun tersebut`), by role: kept out of `triggers`, as they are common words.
    let links: PhraseTable<String>
    /// Words telling whether a clause speaks of what is to come (1) or what has happened (-1), for
    /// weekdays written alone (`akan melonjak pada Minggu`).
    let tenseCues: PhraseTable<Int>
    /// Bodies whose anniversaries are named (`HUT ke-80 RI`) → the day they count from.
    let anniversaries: PhraseTable<CivilDate>
    /// Holidays: their names, the words around them and the dates of the movable ones.
    let holidays: HolidayCalendar
    /// What a trigger word can open, so that one lookup per word decides which rules run: each
    /// word rule's first test is a table lookup of its first word, so a word outside that table skips it.
    struct TriggerRoles: OptionSet, Sendable {
        let rawValue: UInt32
        /// Any date rule (every key of `triggers`).
        static let any = TriggerRoles(rawValue: 1)
        /// A holiday: its name's first word or a prefix (`hari`).
        static let holiday = TriggerRoles(rawValue: 2)
        /// A vague amount (`beberapa hari ke depan`).
        static let vague = TriggerRoles(rawValue: 4)
        /// BMKG's ten-day period (`dasarian`).
        static let tenDays = TriggerRoles(rawValue: 8)
        /// A holiday opened by a lowercase word (`hari Lebaran`, `malam takbiran`): other holidays
        /// start with a capital, so a lowercase `tahun` skips the holiday rules.
        static let lowercaseHoliday = TriggerRoles(rawValue: 16)
        /// An anniversary (`HUT`, `hari ulang tahun`).
        static let anniversary = TriggerRoles(rawValue: 32)
        /// The first word of a calendar unit (`tahun`, `pekan`).
        static let unit = TriggerRoles(rawValue: 64)
        /// A modifier (`awal`, `akhir`).
        static let modifier = TriggerRoles(rawValue: 128)
        /// A set word (`setiap`).
        static let setWord = TriggerRoles(rawValue: 256)
        /// A relative day or a day counted from the one in focus (`kemarin`, `keesokan`).
        static let relativeDay = TriggerRoles(rawValue: 512)
        /// A part of the day (`pagi`).
        static let partOfDay = TriggerRoles(rawValue: 1024)
        /// `tadi`, `semalam`: a part of the day earlier on.
        static let earlier = TriggerRoles(rawValue: 2048)
        /// A clock's anchor word (`pukul`).
        static let clock = TriggerRoles(rawValue: 4096)
        /// The period in focus (`periode`).
        static let focus = TriggerRoles(rawValue: 8192)
        /// A weekday or the word before one (`hari`).
        static let weekday = TriggerRoles(rawValue: 16384)
        /// A month or the word before one (`bulan`).
        static let month = TriggerRoles(rawValue: 32768)
        /// A number word (`dua`).
        static let number = TriggerRoles(rawValue: 65536)
        /// One unit in one word (`sepekan`).
        static let singleUnit = TriggerRoles(rawValue: 131072)
    }
    /// `triggers` with what each can open.
    let triggerRoles: KeyMap<TriggerRoles>
    /// Every word that can start a date expression, so the scanner tries its word rules only
    /// after one set lookup.
    let triggers: KeySet

    init(lexicons: LexiconStore) throws(LexiconError) {
        months = try PhraseTable(lexicons, "calendar/months.tsv") { entry in
            entry[field: 1].flatMap { Int($0) }.map { ($0, entry[field: 2] == "abbreviation") }
        }
        weekdays = try PhraseTable(lexicons, "calendar/weekdays.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        partsOfDay = try PhraseTable(lexicons, "calendar/parts-of-day.tsv") { $0[field: 1] }
        afternoonHours = try PhraseTable(lexicons, "calendar/parts-of-day.tsv") { entry in
            guard let range = entry[field: 2], range != "-" else { return nil }
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            return bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : nil
        }
        earlierDays = try PhraseTable(lexicons, "calendar/parts-of-day.tsv") { entry in entry[field: 3].flatMap { Int($0) } }
        zones = try PhraseTable(lexicons, "calendar/time-zones.tsv", foldCase: false) { $0[field: 1] }
        placeOffsets = try PhraseTable(lexicons, "calendar/place-offsets.tsv", foldCase: false) { $0[field: 1] }
        relativeDays = try PhraseTable(lexicons, "calendar/relative-days.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        focusDays = try PhraseTable(lexicons, "calendar/focus-days.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        units = try PhraseTable(lexicons, "calendar/calendar-units.tsv") { entry in entry[field: 1].flatMap(Unit.init(rawValue:)) }
        singleUnits = try PhraseTable(lexicons, "calendar/single-unit-words.tsv") { entry in entry[field: 1].flatMap(Unit.init(rawValue:)) }
        directions = try PhraseTable(lexicons, "calendar/relative-words.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        modifiers = try PhraseTable(lexicons, "calendar/modifiers.tsv") { $0[field: 1] }
        setWords = try PhraseTable(lexicons, "calendar/set-words.tsv") { $0[field: 1] }
        periodNumerals = try PhraseTable(lexicons, "calendar/period-numerals.tsv", foldCase: false) { entry in entry[field: 1].flatMap { Int($0) } }
        rangeWords = try PhraseTable(lexicons, "figures/range-words.tsv") { $0[field: 1] == "range" ? "range" : nil }
        numberWords = try NumberWords(lexicons: lexicons)
        let linkRoles: Set<String> = ["and", "same", "link", "that", "place-head"]
        anchors = try PhraseTable(lexicons, "calendar/anchor-words.tsv") { entry in entry[field: 1].flatMap { linkRoles.contains($0) ? nil : $0 } }
        links = try PhraseTable(lexicons, "calendar/anchor-words.tsv") { entry in entry[field: 1].flatMap { linkRoles.contains($0) ? $0 : nil } }
        holidays = try HolidayCalendar(lexicons: lexicons)
        anniversaries = try PhraseTable(lexicons, "calendar/anniversaries.tsv") { entry in entry[field: 1].flatMap { CivilDate(iso: $0) } }
        tenseCues = try PhraseTable(lexicons, "calendar/tense-cues.tsv") { entry in entry[field: 1].flatMap { Int($0) } }
        func anchorWords(_ role: String) throws(LexiconError) -> [WordKey] {
            try PhraseTable(lexicons, "calendar/anchor-words.tsv") { $0[field: 1] == role ? true : nil }.firstKeys
        }
        var roles: [(TriggerRoles, [WordKey])] = [
            (.holiday, holidays.names.firstKeys),
            ([.holiday, .lowercaseHoliday], try PhraseTable(lexicons, "calendar/holiday-contexts.tsv") { $0[field: 1].flatMap { $0.hasSuffix("prefix") ? true : nil } }.firstKeys),
            ([.holiday, .lowercaseHoliday], try PhraseTable(lexicons, "calendar/holidays.tsv") { $0[field: 3] == "name" ? nil : true }.firstKeys),
            (.vague, try anchorWords("vague")),
            (.tenDays, try anchorWords("ten-days")),
            (.anniversary, try anchorWords("anniversary")),
            (.unit, units.firstKeys),
            (.modifier, modifiers.firstKeys),
            (.setWord, setWords.firstKeys),
            (.relativeDay, relativeDays.firstKeys + focusDays.firstKeys),
            (.partOfDay, partsOfDay.firstKeys),
            (.earlier, try anchorWords("earlier") + anchorWords("last-night")),
            (.clock, try anchorWords("clock")),
            (.focus, try anchorWords("focus")),
            (.weekday, try weekdays.firstKeys + anchorWords("weekday-prefix")),
            (.month, try months.firstKeys + anchorWords("month-prefix")),
            (.number, numberWords.words.firstKeys),
            (.singleUnit, singleUnits.firstKeys),
        ]
        var triggers = KeySet()
        for keys in [months.firstKeys, weekdays.firstKeys, partsOfDay.firstKeys, relativeDays.firstKeys, focusDays.firstKeys, units.firstKeys, singleUnits.firstKeys,
                     modifiers.firstKeys, setWords.firstKeys, numberWords.words.firstKeys, anchors.firstKeys, holidays.names.firstKeys] {
            triggers.formUnion(keys)
        }
        // `H+7`: a holiday's day counted in the `H` notation.
        if let h = WordKey("h", foldCase: true) { triggers.formUnion([h]) }
        self.triggers = triggers
        var triggerRoles = KeyMap<TriggerRoles>()
        roles.append((.any, triggers.allKeys))
        for (role, keys) in roles {
            for key in keys { triggerRoles.set(key, triggerRoles[key].map { $0.union(role) } ?? role.union(.any)) }
        }
        self.triggerRoles = triggerRoles
    }
}
