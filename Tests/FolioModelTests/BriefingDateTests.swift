import Testing
@testable import FolioModel

@Suite struct BriefingDateTests {
    @Test(arguments: [
        ("2024", BriefingDate.Precision.year, 1, 1),
        ("2024-06", .month, 6, 1),
        ("2024-06-30", .day, 6, 30),
        ("2024-Q3", .quarter(3), 7, 1),
        ("2024-02-29", .day, 2, 29),
        ("0001-01-01", .day, 1, 1),
        ("9999-12-31", .day, 12, 31),
    ])
    func parsesEveryForm(text: String, precision: BriefingDate.Precision, month: Int, day: Int) throws {
        let date = try #require(BriefingDate(text))
        #expect(date.precision == precision)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.description == text)
    }

    @Test(arguments: ["2025-13", "2023-02-29", "2024-00", "2024-Q5", "24", "2024-6", "2024-06-31", "June 2024", "", "2024-06-01T10:00"])
    func rejectsWhatIsNotADate(text: String) {
        #expect(BriefingDate(text) == nil)
    }

    @Test func ordersByFirstDay() {
        #expect(BriefingDate("2024")! < BriefingDate("2024-02")!)
        #expect(BriefingDate("2024-Q2")! < BriefingDate("2024-05-01")!)
    }
}
