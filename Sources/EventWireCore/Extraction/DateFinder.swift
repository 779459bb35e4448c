/// A date expression of the text, before resolution against the reference date.
enum DateExpression: Sendable, Hashable {
    /// Year, month and day all given ("Nov. 13, 2022", "13 November 2022").
    case full(CivilDate)
    /// Month and day, year unstated ("Nov. 13").
    case monthDay(month: Int, day: Int)
    /// Month and year ("December 2019").
    case monthYear(year: Int, month: Int)
    /// A month alone ("in September", "late October").
    case month(Int)
    /// A year alone ("in 2019").
    case year(Int)
    /// A weekday ("on Sunday"), 1 = Monday.
    case weekday(Int)
    /// Days relative to the reference ("yesterday" = -1, "today" = 0, "tomorrow" = 1).
    case relativeDays(Int)
    /// Weeks relative to the reference ("last week" = -1, "this week" = 0, "next week" = 1): the month
    /// of that week, the finest precision a week allows, when the week does not straddle two months.
    case relativeWeeks(Int)
    /// Months relative to the reference ("last month" = -1).
    case relativeMonths(Int)
    /// Years relative to the reference ("last year" = -1).
    case relativeYears(Int)
}

/// A date expression found at tokens `start ..< end`.
struct DateMention: Sendable {
    var start: Int
    var end: Int
    var expression: DateExpression
    /// Introduced by "since", "until", "by": not the date of an event.
    var isBoundary: Bool
}

/// Finds date expressions in a sentence's tokens.
struct DateFinder {
    let lexicon: Lexicon
    let text: ArticleText

    private func month(_ t: Int) -> Int? {
        let token = text.tokens[t]
        guard token.isCapitalized, token.id >= 0, lexicon.wordClasses[Int(token.id)].contains(.month) else {
            return nil
        }
        var raw = text.text(t).lowercased()
        if raw == "may", t + 1 < text.tokens.count, !text.tokens[t + 1].flags.contains(.number) {
            // "May" as a month needs a number next to it or "in"/"of" before it.
            let prev = t > 0 ? text.tokens[t - 1].id : -1
            let w = lexicon.words
            if prev != w.in_ && prev != w.of && prev != w.early && prev != w.late && prev != w.since
                && prev != w.until && prev != w.last && prev != w.next && prev != w.mid
            {
                return nil
            }
        }
        if raw.hasSuffix(".") { raw.removeLast() }
        if let index = Lexicon.months.firstIndex(of: raw) { return index + 1 }
        for (abbreviation, m) in Lexicon.monthAbbreviations where abbreviation == raw { return m }
        return nil
    }

    private func number(_ t: Int) -> Int? {
        let token = text.tokens[t]
        guard token.flags.contains(.number) || token.flags.contains(.digit) else { return nil }
        var value = 0
        var digits = 0
        for b in text.bytes[Int(token.start)..<Int(token.end)] {
            if b >= 48, b <= 57 {
                value = value * 10 + Int(b - 48)
                digits += 1
                if digits > 4 { return nil }
            } else if digits > 0, b == 115 || b == 116 || b == 110 || b == 114 || b == 104 || b == 100 {
                // ordinal suffix: 13th, 1st, 2nd, 3rd
                continue
            } else {
                return nil
            }
        }
        return digits > 0 ? value : nil
    }

    /// The first day of a range of days in one token ("1-2" in "April 1-2"): digits, a hyphen, digits.
    private func rangeStart(_ t: Int) -> Int? {
        let token = text.tokens[t]
        guard token.flags.contains(.digit) else { return nil }
        var first = 0
        var firstDigits = 0
        var secondDigits = 0
        var sawHyphen = false
        for b in text.bytes[Int(token.start)..<Int(token.end)] {
            if b >= 48, b <= 57 {
                if sawHyphen {
                    secondDigits += 1
                } else {
                    first = first * 10 + Int(b - 48)
                    firstDigits += 1
                }
            } else if b == 45, !sawHyphen, firstDigits > 0 {
                sawHyphen = true
            } else {
                return nil
            }
        }
        return sawHyphen && firstDigits <= 2 && (1...2).contains(secondDigits) ? first : nil
    }

    private func year(_ t: Int) -> Int? {
        guard let value = number(t), text.tokens[t].flags.contains(.number), value >= 1900, value <= 2100 else {
            return nil
        }
        return value
    }

    /// Date expressions of tokens `start ..< end`, in order.
    func find(_ start: Int, _ end: Int) -> [DateMention] {
        var result: [DateMention] = []
        let w = lexicon.words
        var t = start
        while t < end {
            let token = text.tokens[t]
            let id = token.id
            // A word that is no number, month, weekday or relative word ("yesterday", "last") starts no date
            // expression (every rule below needs one): the common case, skipped at once.
            if !token.flags.contains(.number), !token.flags.contains(.digit),
                id < 0
                    || (lexicon.wordClasses[Int(id)].isDisjoint(with: [.month, .weekday]) && id != w.yesterday
                        && id != w.today && id != w.tonight && id != w.tomorrow && id != w.last && id != w.next
                        && id != w.this)
            {
                t += 1
                continue
            }
            // Worked out only for a token that starts a date expression.
            lazy var boundary: Bool = {
                guard t > start else { return false }
                var p = t - 1
                if text.tokens[p].id == w.in_ || text.tokens[p].id == w.on || text.tokens[p].id == w.early
                    || text.tokens[p].id == w.late, p > start
                {
                    p -= 1
                }
                let prev = text.tokens[p].id
                return prev == w.since || prev == w.until || prev == w.by
            }()
            if let m = month(t) {
                // Month Day(, Year) | Month Year | Month
                if t + 1 < end, let day = number(t + 1), day >= 1, day <= 31, !(year(t + 1) != nil) {
                    var k = t + 2
                    if k < end, text.tokens[k].id == w.comma { k += 1 }
                    if k < end, let y = year(k), let date = CivilDate(year: y, month: m, day: day) {
                        result.append(DateMention(start: t, end: k + 1, expression: .full(date), isBoundary: boundary))
                        t = k + 1
                        continue
                    }
                    result.append(
                        DateMention(start: t, end: t + 2, expression: .monthDay(month: m, day: day), isBoundary: boundary))
                    t += 2
                    continue
                }
                // "a two-day visit to Bonn on April 1-2": a range of days begins on its first.
                if t + 1 < end, let day = rangeStart(t + 1), day >= 1, day <= 31 {
                    result.append(
                        DateMention(start: t, end: t + 2, expression: .monthDay(month: m, day: day), isBoundary: boundary))
                    t += 2
                    continue
                }
                if t + 1 < end, let y = year(t + 1) {
                    result.append(
                        DateMention(start: t, end: t + 2, expression: .monthYear(year: y, month: m), isBoundary: boundary))
                    t += 2
                    continue
                }
                var s = t
                if t > start, text.tokens[t - 1].id == w.last { s = t - 1 }
                result.append(DateMention(start: s, end: t + 1, expression: .month(m), isBoundary: boundary))
                t += 1
                continue
            }
            // Day Month (Year): "13 November 2022".
            if let day = number(t), day >= 1, day <= 31, token.flags.contains(.number) || token.flags.contains(.digit),
                t + 1 < end, let m = month(t + 1)
            {
                if t + 2 < end, let y = year(t + 2), let date = CivilDate(year: y, month: m, day: day) {
                    result.append(DateMention(start: t, end: t + 3, expression: .full(date), isBoundary: boundary))
                    t += 3
                    continue
                }
                result.append(
                    DateMention(start: t, end: t + 2, expression: .monthDay(month: m, day: day), isBoundary: boundary))
                t += 2
                continue
            }
            if id >= 0, lexicon.wordClasses[Int(id)].contains(.weekday) {
                let raw = text.text(t).lowercased()
                if let index = Lexicon.weekdays.firstIndex(of: raw) {
                    // "Sunday, November 13, 2022" is a full date handled by the month rule next.
                    if t + 2 < end, text.tokens[t + 1].id == w.comma, month(t + 2) != nil {
                        t += 2
                        continue
                    }
                    result.append(DateMention(start: t, end: t + 1, expression: .weekday(index + 1), isBoundary: boundary))
                }
                t += 1
                continue
            }
            if id == w.yesterday {
                result.append(DateMention(start: t, end: t + 1, expression: .relativeDays(-1), isBoundary: boundary))
            } else if id == w.today || id == w.tonight {
                result.append(DateMention(start: t, end: t + 1, expression: .relativeDays(0), isBoundary: boundary))
            } else if id == w.tomorrow {
                result.append(DateMention(start: t, end: t + 1, expression: .relativeDays(1), isBoundary: boundary))
            } else if (id == w.last || id == w.next || id == w.this), t + 1 < end {
                let unit = text.tokens[t + 1].id
                let sign = id == w.last ? -1 : (id == w.next ? 1 : 0)
                // "next week's summit", "met last week"; not "the last week of the talks".
                if unit == w.week, !(t + 2 < end && text.tokens[t + 2].id == w.of) {
                    result.append(DateMention(start: t, end: t + 2, expression: .relativeWeeks(sign), isBoundary: boundary))
                    t += 2
                    continue
                }
                if unit == w.month {
                    result.append(DateMention(start: t, end: t + 2, expression: .relativeMonths(sign), isBoundary: boundary))
                    t += 2
                    continue
                }
                if unit == w.year {
                    result.append(DateMention(start: t, end: t + 2, expression: .relativeYears(sign), isBoundary: boundary))
                    t += 2
                    continue
                }
                // "this weekend", "last weekend": its Saturday, the next one for a planned event.
                if unit == w.weekend {
                    result.append(DateMention(start: t, end: t + 2, expression: .weekday(6), isBoundary: boundary))
                    t += 2
                    continue
                }
                // "last night" is the day before; "this morning", "this evening" the day itself; not "the last
                // night of the summit".
                if sign <= 0, case let part = text.text(t + 1).lowercased(),
                    sign == 0 ? Self.dayParts.contains(part) : part == "night",
                    !(t + 2 < end && text.tokens[t + 2].id == w.of)
                {
                    result.append(
                        DateMention(start: t, end: t + 2, expression: .relativeDays(sign), isBoundary: boundary))
                    t += 2
                    continue
                }
            } else if let y = year(t) {
                // A bare year: "in 2019", "in the 2019 talks"; not "1910-1945" (one token) nor "2,000".
                let prev = t > start ? text.tokens[t - 1].id : -1
                if prev == w.in_ || prev == w.of || prev == w.since || prev == w.until || prev == w.the
                    || prev == w.a || prev == w.an || prev == w.comma || prev == w.by || prev == w.for_
                {
                    result.append(DateMention(start: t, end: t + 1, expression: .year(y), isBoundary: boundary))
                }
            } else if token.flags.contains(.number) || token.flags.contains(.digit), let iso = isoDate(t) {
                result.append(DateMention(start: t, end: t + 1, expression: .full(iso), isBoundary: boundary))
            }
            t += 1
        }
        return result
    }

    /// Parts of a day: "this morning", "last night", "on Friday evening".
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]

    private func isoDate(_ t: Int) -> CivilDate? {
        let token = text.tokens[t]
        guard token.end - token.start == 10 else { return nil }
        let raw = text.text(t)
        return CivilDate(rfc3339: raw)
    }
}

/// Resolves date expressions against a reference date.
enum DateResolver {
    /// The ISO form ("2022-11-13", "2022-09", "2019") of `expression` for an event of `status`, or nil.
    static func resolve(_ expression: DateExpression, reference: CivilDate?, planned: Bool) -> String? {
        switch expression {
        case .full(let date):
            return date.description
        case .monthYear(let year, let month):
            return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
        case .year(let year):
            return CivilDate.pad(year, 4)
        case .monthDay(let month, let day):
            guard let reference else { return nil }
            var year = reference.year
            guard var date = CivilDate(year: year, month: month, day: day) else { return nil }
            let delta = date.daysSinceEpoch - reference.daysSinceEpoch
            if !planned, delta > 60 {
                year -= 1
            } else if planned, delta < -60 {
                year += 1
            }
            guard let adjusted = CivilDate(year: year, month: month, day: day) else { return nil }
            date = adjusted
            return date.description
        case .month(let month):
            guard let reference else { return nil }
            var year = reference.year
            if !planned, month > reference.month { year -= 1 }
            if planned, month < reference.month { year += 1 }
            return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
        case .weekday(let weekday):
            guard let reference else { return nil }
            var delta = weekday - reference.weekday
            if planned {
                if delta < 0 { delta += 7 }
            } else if delta > 0 {
                delta -= 7
            }
            return reference.adding(days: delta).description
        case .relativeDays(let days):
            guard let reference else { return nil }
            return reference.adding(days: days).description
        case .relativeWeeks(let weeks):
            guard let reference else { return nil }
            // Its month when the whole week, Monday to Sunday, lies in one; else nothing finer than unknown.
            let day = reference.adding(days: 7 * weeks)
            let monday = day.adding(days: 1 - day.weekday)
            let sunday = monday.adding(days: 6)
            guard monday.month == sunday.month else { return nil }
            return "\(CivilDate.pad(day.year, 4))-\(CivilDate.pad(day.month, 2))"
        case .relativeMonths(let months):
            guard let reference else { return nil }
            var month = reference.month + months
            var year = reference.year
            while month < 1 {
                month += 12
                year -= 1
            }
            while month > 12 {
                month -= 12
                year += 1
            }
            return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
        case .relativeYears(let years):
            guard let reference else { return nil }
            return CivilDate.pad(reference.year + years, 4)
        }
    }

    /// How a resolved ISO date compares with the reference: -1 clearly before, 0 around, 1 after.
    static func compare(_ iso: String, reference: CivilDate) -> Int {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return 0 }
        if parts.count == 1 {
            return year < reference.year ? -1 : (year > reference.year ? 1 : 0)
        }
        let month = parts[1]
        if parts.count == 2 {
            if (year, month) < (reference.year, reference.month) { return -1 }
            if (year, month) > (reference.year, reference.month) { return 1 }
            return 0
        }
        guard let date = CivilDate(year: year, month: month, day: parts[2]) else { return 0 }
        let delta = date.daysSinceEpoch - reference.daysSinceEpoch
        if delta < -10 { return -1 }
        if delta > 0 { return 1 }
        return 0
    }
}
