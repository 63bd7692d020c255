import FolioModel

/// Writes briefing dates for readers, keeping the precision they were given in.
public enum DateFormatting {
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// "14 March 2025", "March 2025", "Q2 2025" or "2025".
    public static func long(_ date: BriefingDate) -> String {
        let month = englishMonths[min(max(date.month, 1), 12) - 1]
        switch date.precision {
        case .year: return "\(date.year)"
        case .quarter(let quarter): return "Q\(quarter) \(date.year)"
        case .month: return "\(month) \(date.year)"
        case .day: return "\(date.day) \(month) \(date.year)"
        }
    }
}
