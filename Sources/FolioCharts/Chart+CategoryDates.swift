import FolioModel

extension Chart {
    /// The chart with categories that stand for dates written as `dates` writes them ("2001", "Mar 2024").
    public func withCategoryDates(in dates: LocalizedDates) -> Chart {
        guard let categoryDates, categoryDates.count == categories.count else { return self }
        var shown = self
        shown.categories = categoryDates.map(dates.text)
        shown.categoryDates = nil
        return shown
    }
}
