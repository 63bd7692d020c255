/// Folio's own words in each language it ships: no locale database has "Contents" or "Figure 3", so they are
/// written here, once per language, in the order of `Labels.Key`:
/// contents, figure, table, source, continued, page, page alone, as of, date, event, lane, detail; then the
/// words of charts' descriptions.
///
/// A tag is matched whole first ("sr-Latn"), then by its language ("sr-Cyrl-RS" → "sr"); Serbian without a
/// script is Cyrillic, as in Serbia.
enum BuiltinLabels {
    static func words(for language: String) -> [Labels.Key: String] {
        let tag = language.lowercased()
        let parts = tag.split(separator: "-").map(String.init)
        var candidates = [tag]
        if parts.count > 1, parts[0] == "sr" || parts[0] == "bs" || parts[0] == "hr" {
            // Serbian in Latin letters however it is tagged (sr-Latn, sr-Latn-RS).
            if parts.contains("latn") { candidates.append("\(parts[0])-latn") }
        }
        if let first = parts.first { candidates.append(first) }
        for candidate in candidates {
            if let row = table[candidate] { return row }
        }
        return english
    }

    static var english: [Labels.Key: String] { table["en"] ?? [:] }

    private static let table: [String: [Labels.Key: String]] = rows.merging(descriptionRows) { $0 + $1 }.mapValues { words in
        Dictionary(uniqueKeysWithValues: zip(Labels.Key.allCases, words))
    }

    /// The words of charts' descriptions (alt text), after the others in the order of `Labels.Key`: timeline,
    /// events, bar chart, stacked bar chart, categories, series, unit, highest, lowest, line chart, area chart.
    private static let descriptionRows: [String: [String]] = [
        "en": ["Timeline", "Events", "Bar chart", "Stacked bar chart", "Categories", "Series", "Unit", "Highest", "Lowest", "Line chart", "Area chart"],
        "de": ["Zeitleiste", "Ereignisse", "Balkendiagramm", "Gestapeltes Balkendiagramm", "Kategorien", "Reihen", "Einheit",
               "Höchster Wert", "Niedrigster Wert", "Liniendiagramm", "Flächendiagramm"],
        "fr": ["Chronologie", "Événements", "Diagramme en barres", "Diagramme en barres empilées", "Catégories", "Séries", "Unité",
               "Valeur la plus haute", "Valeur la plus basse", "Graphique linéaire", "Graphique en aires"],
        "es": ["Cronología", "Acontecimientos", "Gráfico de barras", "Gráfico de barras apiladas", "Categorías", "Series", "Unidad",
               "Valor más alto", "Valor más bajo", "Gráfico de líneas", "Gráfico de áreas"],
        "it": ["Cronologia", "Eventi", "Grafico a barre", "Grafico a barre in pila", "Categorie", "Serie", "Unità",
               "Valore più alto", "Valore più basso", "Grafico a linee", "Grafico ad area"],
        "pt": ["Cronologia", "Acontecimentos", "Gráfico de barras", "Gráfico de barras empilhadas", "Categorias", "Séries", "Unidade",
               "Valor mais alto", "Valor mais baixo", "Gráfico de linhas", "Gráfico de área"],
        "nl": ["Tijdlijn", "Gebeurtenissen", "Staafdiagram", "Gestapeld staafdiagram", "Categorieën", "Reeksen", "Eenheid",
               "Hoogste waarde", "Laagste waarde", "Lijndiagram", "Vlakdiagram"],
        "pl": ["Oś czasu", "Wydarzenia", "Wykres słupkowy", "Skumulowany wykres słupkowy", "Kategorie", "Serie", "Jednostka",
               "Najwyższa wartość", "Najniższa wartość", "Wykres liniowy", "Wykres warstwowy"],
        "cs": ["Časová osa", "Události", "Sloupcový graf", "Skládaný sloupcový graf", "Kategorie", "Řady", "Jednotka",
               "Nejvyšší hodnota", "Nejnižší hodnota", "Spojnicový graf", "Plošný graf"],
        "hr": ["Vremenska crta", "Događaji", "Stupčasti grafikon", "Složeni stupčasti grafikon", "Kategorije", "Serije", "Jedinica",
               "Najviša vrijednost", "Najniža vrijednost", "Linijski grafikon", "Površinski grafikon"],
        "sr": ["Временска линија", "Догађаји", "Стубичасти графикон", "Наслагани стубичасти графикон", "Категорије", "Серије",
               "Јединица", "Највиша вредност", "Најнижа вредност", "Линијски графикон", "Површински графикон"],
        "sr-latn": ["Vremenska linija", "Događaji", "Stubičasti grafikon", "Naslagani stubičasti grafikon", "Kategorije", "Serije",
                    "Jedinica", "Najviša vrednost", "Najniža vrednost", "Linijski grafikon", "Površinski grafikon"],
        "bs": ["Vremenska linija", "Događaji", "Stubičasti grafikon", "Naslagani stubičasti grafikon", "Kategorije", "Serije",
               "Jedinica", "Najviša vrijednost", "Najniža vrijednost", "Linijski grafikon", "Površinski grafikon"],
        "mk": ["Временска линија", "Настани", "Столбест графикон", "Наслоен столбест графикон", "Категории", "Серии", "Единица",
               "Највисока вредност", "Најниска вредност", "Линиски графикон", "Површински графикон"],
        "sq": ["Kronologjia", "Ngjarjet", "Grafik me shtylla", "Grafik me shtylla të grumbulluara", "Kategoritë", "Seritë", "Njësia",
               "Vlera më e lartë", "Vlera më e ulët", "Grafik me vija", "Grafik me sipërfaqe"],
        "el": ["Χρονολόγιο", "Γεγονότα", "Ραβδόγραμμα", "Στοιβαγμένο ραβδόγραμμα", "Κατηγορίες", "Σειρές", "Μονάδα",
               "Υψηλότερη τιμή", "Χαμηλότερη τιμή", "Γράφημα γραμμών", "Γράφημα περιοχών"],
        "tr": ["Zaman çizelgesi", "Olaylar", "Çubuk grafik", "Yığılmış çubuk grafik", "Kategoriler", "Seriler", "Birim",
               "En yüksek değer", "En düşük değer", "Çizgi grafik", "Alan grafiği"],
        "ro": ["Cronologie", "Evenimente", "Diagramă cu bare", "Diagramă cu bare stivuite", "Categorii", "Serii", "Unitate",
               "Valoarea cea mai mare", "Valoarea cea mai mică", "Diagramă cu linii", "Diagramă cu arii"],
        "hu": ["Idővonal", "Események", "Oszlopdiagram", "Halmozott oszlopdiagram", "Kategóriák", "Adatsorok", "Mértékegység",
               "Legnagyobb érték", "Legkisebb érték", "Vonaldiagram", "Területdiagram"],
        "ru": ["Хронология", "События", "Столбчатая диаграмма", "Столбчатая диаграмма с накоплением", "Категории", "Ряды", "Единица",
               "Наибольшее значение", "Наименьшее значение", "Линейная диаграмма", "Диаграмма с областями"],
        "uk": ["Хронологія", "Події", "Стовпчикова діаграма", "Стовпчикова діаграма з накопиченням", "Категорії", "Ряди", "Одиниця",
               "Найбільше значення", "Найменше значення", "Лінійна діаграма", "Діаграма з областями"],
        "ar": ["الخط الزمني", "الأحداث", "مخطط شريطي", "مخطط شريطي مكدس", "الفئات", "السلاسل", "الوحدة", "أعلى قيمة", "أدنى قيمة", "مخطط خطي", "مخطط مساحي"],
    ]

    private static let rows: [String: [String]] = [
        "en": ["Contents", "Figure {number}", "Table {number}", "Source", "continued", "Page {page} of {pages}",
               "Page {page}", "As of {date}", "Date", "Event", "Lane", "Detail"],
        "de": ["Inhalt", "Abbildung {number}", "Tabelle {number}", "Quelle", "Fortsetzung", "Seite {page} von {pages}",
               "Seite {page}", "Stand: {date}", "Datum", "Ereignis", "Bereich", "Einzelheiten"],
        "fr": ["Sommaire", "Figure {number}", "Tableau {number}", "Source", "suite", "Page {page} sur {pages}",
               "Page {page}", "Au {date}", "Date", "Événement", "Volet", "Détail"],
        "es": ["Índice", "Figura {number}", "Tabla {number}", "Fuente", "continuación", "Página {page} de {pages}",
               "Página {page}", "A fecha de {date}", "Fecha", "Acontecimiento", "Ámbito", "Detalle"],
        "it": ["Indice", "Figura {number}", "Tabella {number}", "Fonte", "continua", "Pagina {page} di {pages}",
               "Pagina {page}", "Al {date}", "Data", "Evento", "Ambito", "Dettaglio"],
        "pt": ["Índice", "Figura {number}", "Tabela {number}", "Fonte", "continuação", "Página {page} de {pages}",
               "Página {page}", "Em {date}", "Data", "Acontecimento", "Eixo", "Detalhe"],
        "nl": ["Inhoud", "Figuur {number}", "Tabel {number}", "Bron", "vervolg", "Pagina {page} van {pages}",
               "Pagina {page}", "Per {date}", "Datum", "Gebeurtenis", "Onderdeel", "Toelichting"],
        "pl": ["Spis treści", "Rysunek {number}", "Tabela {number}", "Źródło", "cd.", "Strona {page} z {pages}",
               "Strona {page}", "Stan na {date}", "Data", "Wydarzenie", "Obszar", "Szczegóły"],
        "cs": ["Obsah", "Obrázek {number}", "Tabulka {number}", "Zdroj", "pokračování", "Strana {page} z {pages}",
               "Strana {page}", "Stav k {date}", "Datum", "Událost", "Oblast", "Podrobnosti"],
        "hr": ["Sadržaj", "Slika {number}", "Tablica {number}", "Izvor", "nastavak", "Stranica {page} od {pages}",
               "Stranica {page}", "Stanje na dan {date}", "Datum", "Događaj", "Područje", "Pojedinosti"],
        "sr": ["Садржај", "Слика {number}", "Табела {number}", "Извор", "наставак", "Страна {page} од {pages}",
               "Страна {page}", "Стање на дан {date}", "Датум", "Догађај", "Област", "Детаљи"],
        "sr-latn": ["Sadržaj", "Slika {number}", "Tabela {number}", "Izvor", "nastavak", "Strana {page} od {pages}",
                    "Strana {page}", "Stanje na dan {date}", "Datum", "Događaj", "Oblast", "Detalji"],
        "bs": ["Sadržaj", "Slika {number}", "Tabela {number}", "Izvor", "nastavak", "Stranica {page} od {pages}",
               "Stranica {page}", "Stanje na dan {date}", "Datum", "Događaj", "Oblast", "Detalji"],
        "mk": ["Содржина", "Слика {number}", "Табела {number}", "Извор", "продолжение", "Страница {page} од {pages}",
               "Страница {page}", "Состојба на {date}", "Датум", "Настан", "Област", "Детали"],
        "sq": ["Përmbajtja", "Figura {number}", "Tabela {number}", "Burimi", "vazhdim", "Faqja {page} nga {pages}",
               "Faqja {page}", "Gjendja më {date}", "Data", "Ngjarja", "Fusha", "Hollësi"],
        "el": ["Περιεχόμενα", "Σχήμα {number}", "Πίνακας {number}", "Πηγή", "συνέχεια", "Σελίδα {page} από {pages}",
               "Σελίδα {page}", "Κατάσταση στις {date}", "Ημερομηνία", "Γεγονός", "Τομέας", "Λεπτομέρειες"],
        "tr": ["İçindekiler", "Şekil {number}", "Tablo {number}", "Kaynak", "devamı", "Sayfa {page} / {pages}",
               "Sayfa {page}", "{date} itibarıyla", "Tarih", "Olay", "Alan", "Ayrıntı"],
        "ro": ["Cuprins", "Figura {number}", "Tabelul {number}", "Sursa", "continuare", "Pagina {page} din {pages}",
               "Pagina {page}", "La {date}", "Data", "Eveniment", "Domeniu", "Detalii"],
        "hu": ["Tartalom", "{number}. ábra", "{number}. táblázat", "Forrás", "folytatás", "{page}. oldal / {pages}",
               "{page}. oldal", "Állapot: {date}", "Dátum", "Esemény", "Terület", "Részletek"],
        "ru": ["Содержание", "Рисунок {number}", "Таблица {number}", "Источник", "продолжение", "Страница {page} из {pages}",
               "Страница {page}", "По состоянию на {date}", "Дата", "Событие", "Направление", "Подробности"],
        "uk": ["Зміст", "Рисунок {number}", "Таблиця {number}", "Джерело", "продовження", "Сторінка {page} з {pages}",
               "Сторінка {page}", "Станом на {date}", "Дата", "Подія", "Напрям", "Подробиці"],
        "ar": ["المحتويات", "الشكل {number}", "الجدول {number}", "المصدر", "تابع", "الصفحة {page} من {pages}",
               "الصفحة {page}", "حتى {date}", "التاريخ", "الحدث", "المسار", "التفاصيل"],
    ]

    /// The languages with words of their own.
    static var languages: [String] { rows.keys.sorted() }
}
