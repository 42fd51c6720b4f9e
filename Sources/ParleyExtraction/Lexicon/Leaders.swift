/// A gazetteer of well-known heads of state and government, foreign ministers and heads of
/// international organizations, from general knowledge: who served which government, and when.
/// Used to give an official a country when the text names none ("President Clinton" in a
/// Tokyo-datelined story), and to know a leader named without a title ("Saddam Hussein").
struct LeaderEntry: Sendable {
    let name: String
    let country: String?
    let organization: String?
    let from: Int
    let to: Int
}

enum Leaders {
    /// "Name|country|from|to" (country "-" for an international organization, then `organization`).
    static let table: [String] = [
        // United States: presidents, vice presidents, secretaries of state
        "Ronald Reagan|US|1981|1989", "George Bush|US|1981|1993", "George H.W. Bush|US|1981|1993",
        "Bill Clinton|US|1993|2001", "Al Gore|US|1993|2001", "George W. Bush|US|2001|2009", "Dick Cheney|US|2001|2009",
        "Barack Obama|US|2009|2017", "Joe Biden|US|2009|2025", "Donald Trump|US|2017|2026", "Mike Pence|US|2017|2021",
        "Kamala Harris|US|2021|2025", "JD Vance|US|2025|2026", "George Shultz|US|1982|1989", "James Baker|US|1985|1993",
        "Warren Christopher|US|1993|1997", "Madeleine Albright|US|1993|2001", "Colin Powell|US|2001|2005",
        "Condoleezza Rice|US|2001|2009", "Hillary Clinton|US|2009|2013", "John Kerry|US|2013|2017",
        "Rex Tillerson|US|2017|2018", "Mike Pompeo|US|2017|2021", "Antony Blinken|US|2021|2025", "Marco Rubio|US|2025|2026",
        // United Kingdom
        "Margaret Thatcher|GB|1979|1990", "John Major|GB|1990|1997", "Tony Blair|GB|1997|2007", "Gordon Brown|GB|1997|2010",
        "David Cameron|GB|2010|2016", "Theresa May|GB|2016|2019", "Boris Johnson|GB|2016|2022", "Rishi Sunak|GB|2022|2024",
        "Keir Starmer|GB|2024|2026", "Robin Cook|GB|1997|2001", "Jack Straw|GB|2001|2006", "Geoffrey Howe|GB|1983|1989",
        // France, Germany, Italy, Canada, Japan
        "Francois Mitterrand|FR|1981|1995", "Jacques Chirac|FR|1986|2007", "Nicolas Sarkozy|FR|2007|2012",
        "Francois Hollande|FR|2012|2017", "Emmanuel Macron|FR|2017|2026", "Helmut Kohl|DE|1982|1998",
        "Gerhard Schroeder|DE|1998|2005", "Angela Merkel|DE|2005|2021", "Olaf Scholz|DE|2021|2025",
        "Friedrich Merz|DE|2025|2026", "Hans-Dietrich Genscher|DE|1974|1992", "Romano Prodi|IT|1996|2008",
        "Silvio Berlusconi|IT|1994|2011", "Giorgia Meloni|IT|2022|2026", "Brian Mulroney|CA|1984|1993",
        "Jean Chretien|CA|1993|2003", "Justin Trudeau|CA|2015|2025", "Mark Carney|CA|2025|2026",
        "Yasuhiro Nakasone|JP|1982|1987", "Ryutaro Hashimoto|JP|1996|1998", "Junichiro Koizumi|JP|2001|2006",
        "Shinzo Abe|JP|2005|2020", "Taro Aso|JP|2005|2009", "Fumio Kishida|JP|2012|2024", "Shigeru Ishiba|JP|2024|2025",
        "Sanae Takaichi|JP|2025|2026",
        // Russia / Soviet Union
        "Mikhail Gorbachev|SU|1985|1991", "Eduard Shevardnadze|SU|1985|1991", "Boris Yeltsin|RU|1991|1999",
        "Yevgeny Primakov|RU|1996|1999", "Vladimir Putin|RU|1999|2026", "Dmitry Medvedev|RU|2008|2012",
        "Sergei Lavrov|RU|2004|2026", "Igor Ivanov|RU|1998|2004",
        // China
        "Deng Xiaoping|CN|1978|1992", "Jiang Zemin|CN|1989|2003", "Li Peng|CN|1987|1998", "Zhu Rongji|CN|1998|2003",
        "Hu Jintao|CN|2002|2013", "Wen Jiabao|CN|2003|2013", "Xi Jinping|CN|2012|2026", "Li Keqiang|CN|2013|2023",
        "Li Qiang|CN|2023|2026", "Qian Qichen|CN|1988|1998", "Li Zhaoxing|CN|2003|2007", "Yang Jiechi|CN|2007|2022",
        "Wang Yi|CN|2013|2026",
        // Koreas
        "Chun Doo-hwan|KR|1980|1988", "Roh Tae-woo|KR|1988|1993", "Kim Young-sam|KR|1993|1998", "Kim Dae-jung|KR|1998|2003",
        "Roh Moo-hyun|KR|2003|2008", "Lee Myung-bak|KR|2008|2013", "Park Geun-hye|KR|2013|2017", "Moon Jae-in|KR|2017|2022",
        "Yoon Suk Yeol|KR|2022|2025", "Lee Jae Myung|KR|2025|2026", "Ban Ki-moon|KR|2004|2006",
        "Kim Il-sung|KP|1948|1994", "Kim Jong-il|KP|1994|2011", "Kim Jong-un|KP|2011|2026", "Kim Jong Un|KP|2011|2026",
        // Middle East
        "Yitzhak Shamir|IL|1983|1992", "Shimon Peres|IL|1984|2014", "Yitzhak Rabin|IL|1992|1995",
        "Benjamin Netanyahu|IL|1996|2026", "Ehud Barak|IL|1999|2001", "Ariel Sharon|IL|2001|2006", "Ehud Olmert|IL|2006|2009",
        "Yasser Arafat|PS|1994|2004", "Mahmoud Abbas|PS|2003|2026", "Mahmud Abbas|PS|2003|2026",
        "King Hussein|JO|1952|1999", "Abdullah II|JO|1999|2026", "Hosni Mubarak|EG|1981|2011",
        "Abdel Fattah el-Sisi|EG|2014|2026", "Saddam Hussein|IQ|1979|2003", "Tariq Aziz|IQ|1983|2003",
        "Jalal Talabani|IQ|2005|2014", "Ali Khamenei|IR|1989|2026", "Akbar Hashemi Rafsanjani|IR|1989|1997",
        "Mohammad Khatami|IR|1997|2005", "Mahmoud Ahmadinejad|IR|2005|2013", "Hassan Rouhani|IR|2013|2021",
        "Manouchehr Mottaki|IR|2005|2010", "Hafez al-Assad|SY|1971|2000", "Bashar al-Assad|SY|2000|2024",
        "Recep Tayyip Erdogan|TR|2003|2026", "Recep Erdogan|TR|2003|2026",
        // Others often in diplomatic news
        "Nelson Mandela|ZA|1994|1999", "Mobutu Sese Seko|ZR|1965|1997", "Laurent Kabila|CD|1997|2001",
        "Daniel arap Moi|KE|1978|2002", "Corazon Aquino|PH|1986|1992", "Slobodan Milosevic|YU|1989|2000",
        "Vaclav Havel|CZ|1989|2003", "Lech Walesa|PL|1990|1995", "Leonid Kuchma|UA|1994|2005",
        "Mikheil Saakashvili|GE|2004|2013", "Mikhail Saakashvili|GE|2004|2013", "Volodymyr Zelensky|UA|2019|2026",
        "Pervez Musharraf|PK|1999|2008", "Narendra Modi|IN|2014|2026", "Tung Chee-hwa|HK|1997|2005",
        // International organizations
        "Kofi Annan|-|1997|2006|United Nations", "Boutros Boutros-Ghali|-|1992|1996|United Nations",
        "Ban Ki-moon|-|2007|2016|United Nations", "Antonio Guterres|-|2017|2026|United Nations",
        "Javier Solana|-|1995|2009|NATO", "Anders Fogh Rasmussen|-|2009|2014|NATO",
        "Jens Stoltenberg|-|2014|2024|NATO", "Mark Rutte|-|2024|2026|NATO",
        "Renato Ruggiero|-|1995|1999|World Trade Organization", "Mike Moore|-|1999|2002|World Trade Organization",
        "Supachai Panitchpakdi|-|2002|2005|World Trade Organization", "Pascal Lamy|-|2005|2013|World Trade Organization",
        "Roberto Azevedo|-|2013|2020|World Trade Organization", "Ngozi Okonjo-Iweala|-|2021|2026|World Trade Organization",
        "Jacques Delors|-|1985|1995|European Commission", "Romano Prodi|-|1999|2004|European Commission",
        "Jose Manuel Barroso|-|2004|2014|European Commission", "Jean-Claude Juncker|-|2014|2019|European Commission",
        "Ursula von der Leyen|-|2019|2026|European Commission",
    ]

    static let all: [LeaderEntry] = table.map { line in
        let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return LeaderEntry(name: f[0], country: f[1] == "-" ? nil : f[1], organization: f.count > 4 ? f[4] : nil,
                           from: Int(f[2]) ?? 0, to: Int(f[3]) ?? 9999)
    }

    /// Folded first words of the full names: a cheap test before a lookup.
    static let firstWords: Set<String> = Set(all.compactMap { $0.name.split(separator: " ").first.map { NameKey.fold(String($0)) } })

    /// Full-name key -> entries (a name may have served two governments, e.g. Ban Ki-moon).
    static let byName: [String: [LeaderEntry]] = Dictionary(grouping: all, by: { NameKey.fold($0.name) })

    /// Family-name key -> entries, for "President Clinton" and "President Xi": the last word of a
    /// name and, for names written family name first, the first.
    static let bySurname: [String: [LeaderEntry]] = {
        var index: [String: [LeaderEntry]] = [:]
        for e in all {
            let words = e.name.split(separator: " ").map(String.init)
            var keys = Set([NameKey.fold(words.last ?? "")])
            if words.count > 1 { keys.insert(NameKey.fold(words[0])) }
            for key in keys { index[key, default: []].append(e) }
        }
        return index
    }()

    /// Whether `name` has two words or more between its spaces (`split(separator: " ").count > 1`, without
    /// splitting the string into characters).
    static func hasTwoWords(_ name: String) -> Bool {
        var words = 0, inWord = false
        for byte in name.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1; if words > 1 { return true } }
        }
        return false
    }

    /// The entry for `name` in office in `year` (a year either side allowed), if exactly one fits.
    static func lookup(name: String, year: Int?) -> LeaderEntry? {
        let key = NameKey.fold(name)
        let candidates = hasTwoWords(name) ? byName[key] ?? [] : bySurname[key] ?? []
        let fitting = candidates.filter { e in year.map { $0 >= e.from - 1 && $0 <= e.to + 1 } ?? true }
        let countries = Set(fitting.map { $0.country ?? "-" })
        return countries.count == 1 ? fitting.first : nil
    }
}
