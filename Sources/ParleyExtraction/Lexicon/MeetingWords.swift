/// Words that report an encounter between officials, and what kind it is.
enum MeetingWords {
    enum Role: Sendable { case meeting, phone, video, summit }

    /// Single words that report an encounter.
    static let triggers: [String: Role] = [
        "talks": .meeting, "talked": .meeting, "meet": .meeting, "meets": .meeting, "met": .meeting,
        "meeting": .meeting, "meetings": .meeting, "summit": .summit, "summits": .summit, "conferred": .meeting, "confer": .meeting,
        "negotiations": .meeting, "consultations": .meeting, "banquet": .meeting, "dinner": .meeting,
        "luncheon": .meeting, "call": .phone, "videoconference": .video, "conversation": .meeting,
        "signed": .meeting, "sign": .meeting, "signing": .meeting, "discussed": .meeting, "discuss": .meeting,
        "discussing": .meeting, "hosted": .meeting, "hosts": .meeting, "host": .meeting, "received": .meeting,
        "receives": .meeting, "welcomed": .meeting, "visited": .meeting, "visiting": .meeting,
        "spoke": .meeting, "telephoned": .phone, "phoned": .phone, "sat": .meeting, "greeted": .meeting,
        "conference": .meeting, "co-chaired": .meeting, "co-chair": .meeting, "co-chairs": .meeting,
    ]

    /// Plural nouns of partners not named: "talks with counterparts from Europe".
    static let unnamedPartners: Set<String> = [
        "counterparts", "officials", "ministers", "leaders", "envoys", "delegates", "negotiators", "diplomats",
    ]

    /// Nouns of talks, as "bilateral" qualifies them.
    static let talkNouns: Set<String> = [
        "talks", "discussions", "meetings", "meeting", "consultations", "negotiations", "contacts", "sessions",
    ]

    /// Meeting words for one occasion that may last several days ("the summit on Friday and Saturday"); other
    /// words dated by two days are two occasions ("talks on Thursday and Friday").
    static let spanningDays: Set<String> = [
        "summit", "summits", "conference", "forum", "session", "visit", "visits", "visited", "visiting", "trip", "tour",
        "meeting",
    ]

    /// Triggers that count only with a partner word right after them ("spoke with", "sat down with").
    static let needsPartner: [String: Set<String>] = [
        "spoke": ["with", "by"], "sat": ["down"], "received": ["visiting"], "receives": ["visiting"],
        // A joint news conference: "at a news conference with Vice President Al Gore".
        "conference": ["with"],
    ]

    /// Words right before a trigger that make it a phone or video encounter.
    static let modifiers: [String: Role] = [
        "phone": .phone, "telephone": .phone, "telephoned": .phone, "phoned": .phone,
        "video": .video, "virtual": .video, "online": .video, "videoconference": .video,
    ]

    /// Verbs that are an encounter only with a named official as their object ("is expected to see
    /// Japanese Finance Minister Kiichi Miyazawa"; "we will see" is not).
    static let personVerbs: Set<String> = ["see", "sees", "saw", "seeing"]

    /// Verbs that report a phone encounter on their own ("Choi phoned Biegun").
    static let phoneVerbs: Set<String> = ["phoned", "telephoned", "called"]
}

/// Publications and agencies: names as written, their home country and time zone.
struct SourceEntry: Sendable {
    let name: String
    let country: String?
    /// UTC offset of the publication's time stamps: "+09:00".
    let utcOffset: String?
    let isAgency: Bool
}

enum Sources {
    static let all: [SourceEntry] = [
        SourceEntry(name: "The Korea Herald", country: "KR", utcOffset: "+09:00", isAgency: false),
        SourceEntry(name: "Korea Herald", country: "KR", utcOffset: "+09:00", isAgency: false),
        SourceEntry(name: "Yonhap", country: "KR", utcOffset: "+09:00", isAgency: true),
        SourceEntry(name: "Yonhap News Agency", country: "KR", utcOffset: "+09:00", isAgency: true),
        SourceEntry(name: "Korea JoongAng Daily", country: "KR", utcOffset: "+09:00", isAgency: false),
        SourceEntry(name: "The Korea Times", country: "KR", utcOffset: "+09:00", isAgency: false),
        // International agencies file from everywhere: their home is no default for officials.
        SourceEntry(name: "Xinhua", country: nil, utcOffset: "+08:00", isAgency: true),
        SourceEntry(name: "Kyodo", country: nil, utcOffset: "+09:00", isAgency: true),
        SourceEntry(name: "AFP", country: nil, utcOffset: nil, isAgency: true),
        SourceEntry(name: "AP", country: nil, utcOffset: nil, isAgency: true),
        SourceEntry(name: "Reuters", country: nil, utcOffset: nil, isAgency: true),
        SourceEntry(name: "The New York Times", country: nil, utcOffset: nil, isAgency: false),
        SourceEntry(name: "The Wall Street Journal", country: nil, utcOffset: nil, isAgency: false),
    ]

    static func entry(named name: String) -> SourceEntry? {
        byLowercasedName[name.lowercased()]
    }

    /// `all` by lower-cased name, the first entry of a name kept: every header line and byline is looked up.
    private static let byLowercasedName: [String: SourceEntry] =
        Dictionary(all.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
}
