/// The version of Folio, written into every PDF as its creator.
public enum FolioVersion {
    public static let current = "0.1.0"
}
