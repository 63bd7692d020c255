import FolioCore

/// A moment in UTC as a PDF writes it: `D:YYYYMMDDHHmmSSZ` in the document information dictionary, and
/// ISO 8601 in XMP metadata — the same moment in both, as PDF/A and PDF/UA checkers require.
struct PDFDate: Equatable {
    var year: Int, month: Int, day: Int
    var hour = 0, minute = 0, second = 0

    /// A date (`2024-06-01`) or date-time (`2024-06-01T12:00`, with seconds, `Z` or an offset such as
    /// `+02:00`) converted to UTC; a time without a zone is read as UTC.
    init?(iso8601 text: String) {
        let characters = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count else { return nil }
            var value = 0
            for byte in characters[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard characters.count >= 10, let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var minutes = 0, second = 0, index = 10
        if characters.count > 10 {
            guard characters[10] == UInt8(ascii: "T"), let hour = digits(11..<13), let minute = digits(14..<16),
                  hour < 24, minute < 60 else { return nil }
            minutes = hour * 60 + minute
            index = 16
            if index < characters.count, characters[index] == UInt8(ascii: ":") {
                guard let seconds = digits(17..<19), seconds < 60 else { return nil }
                second = seconds
                index = 19
            }
            if index < characters.count {
                switch characters[index] {
                case UInt8(ascii: "Z"): index += 1
                case UInt8(ascii: "+"), UInt8(ascii: "-"):
                    guard let offsetHours = digits((index + 1)..<(index + 3)), let offsetMinutes = digits((index + 4)..<(index + 6)) else {
                        return nil
                    }
                    let offset = offsetHours * 60 + offsetMinutes
                    minutes -= characters[index] == UInt8(ascii: "+") ? offset : -offset
                    index += 6
                default: return nil
                }
            }
            guard index == characters.count else { return nil }
        }
        // Carry a zone offset over midnight.
        var dayNumber = CivilCalendar.dayNumber(year: year, month: month, day: day)
        dayNumber += minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440)
        minutes = ((minutes % 1440) + 1440) % 1440
        let date = CivilCalendar.date(ofDay: dayNumber)
        (self.year, self.month, self.day) = (date.year, date.month, date.day)
        (hour, minute) = (minutes / 60, minutes % 60)
        self.second = second
    }

    /// `D:YYYYMMDDHHmmSSZ`.
    var documentInformation: String {
        "D:" + Self.padded(year, 4) + [month, day, hour, minute, second].map { Self.padded($0, 2) }.joined() + "Z"
    }

    /// `YYYY-MM-DDTHH:mm:SSZ`.
    var xmp: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2) + "T" + Self.padded(hour, 2) + ":"
            + Self.padded(minute, 2) + ":" + Self.padded(second, 2) + "Z"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
