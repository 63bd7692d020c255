import FolioCore
import FolioModel
import Foundation

/// Decides the creation date written into a PDF, so that output never depends on the wall clock.
public enum CreationDate {
    /// The date to write, as ISO 8601, or nil for none: `SOURCE_DATE_EPOCH` from `environment` first,
    /// then `explicit` (as given with `--creation-date`), then the briefing's own date.
    public static func resolve(environment: [String: String], explicit: String?, briefing: Briefing) throws(FolioError) -> String? {
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), seconds >= 0, seconds < 253_402_300_800 else {
                throw FolioError(.usage, "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not \"\(epoch)\"")
            }
            return iso8601(secondsSince1970: seconds)
        }
        if let explicit {
            guard isISO8601(explicit) else {
                throw FolioError(.usage, "--creation-date must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not \"\(explicit)\"")
            }
            return explicit
        }
        return briefing.date?.isoDay
    }

    /// Seconds since 1970 as `YYYY-MM-DDThh:mm:ssZ` in UTC.
    static func iso8601(secondsSince1970 seconds: Int64) -> String {
        let days = seconds / 86_400
        let rest = seconds % 86_400
        // 1970-01-01 is day 719,162 counted from 0001-01-01.
        let date = CivilCalendar.date(ofDay: Int(days) + 719_162)
        let (year, month, day) = (date.year, Int64(date.month), Int64(date.day))
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// Whether `text` is a date or a UTC or offset date-time in the ISO 8601 forms Cairo reads.
    static func isISO8601(_ text: String) -> Bool {
        let pattern = #"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$"#
        guard text.range(of: pattern, options: .regularExpression) != nil else { return false }
        return BriefingDate(String(text.prefix(10))) != nil
    }
}
