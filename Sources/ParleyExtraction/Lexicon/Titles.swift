/// Public offices as written before (or after) a name, as data.
struct TitleEntry: Sendable {
    /// The words as they may appear, any case: "vice foreign minister", "vice fm".
    let forms: [String]
    /// The title as reported: "Vice Foreign Minister".
    let canonical: String
    let organization: String?
    /// A head of state or government: a meeting of two of them is a summit.
    let isLeader: Bool
    /// The country a title implies when the text names none ("Secretary of State" is American usage).
    let impliedCountry: String?

    init(_ canonical: String, forms: [String] = [], organization: String? = nil, leader: Bool = false,
         country: String? = nil) {
        self.canonical = canonical
        self.forms = [canonical.lowercased()] + forms
        self.organization = organization
        self.isLeader = leader
        self.impliedCountry = country
    }
}

enum Titles {
    static let foreignMinistry = "Ministry of Foreign Affairs"
    static let all: [TitleEntry] = [
        // Heads of state and government
        TitleEntry("President", leader: true),
        TitleEntry("Vice President"),
        TitleEntry("Prime Minister", forms: ["pm", "premier"], leader: true),
        TitleEntry("Deputy Prime Minister", forms: ["deputy pm", "vice premier", "vice-premier"]),
        TitleEntry("Chancellor", leader: true),
        TitleEntry("King", leader: true),
        TitleEntry("Queen", leader: true),
        TitleEntry("Crown Prince"),
        TitleEntry("Prince"),
        TitleEntry("Emperor", leader: true),
        TitleEntry("Supreme Leader", leader: true),
        TitleEntry("Chairman"),
        TitleEntry("Leader", leader: true),
        TitleEntry("General Secretary", forms: ["secretary general", "secretary-general"]),
        TitleEntry("Communist Party chief", forms: ["party chief", "communist party leader"]),
        // Foreign affairs
        TitleEntry("Foreign Minister", forms: ["fm", "foreign affairs minister", "minister of foreign affairs"],
                   organization: foreignMinistry),
        TitleEntry("Vice Foreign Minister", forms: ["vice fm", "deputy foreign minister", "vice minister of foreign affairs"],
                   organization: foreignMinistry),
        TitleEntry("First Vice Foreign Minister", forms: ["first vice fm"], organization: foreignMinistry),
        TitleEntry("Foreign Secretary", organization: "Foreign Office"),
        TitleEntry("Secretary of State", organization: "Department of State", country: "US"),
        TitleEntry("Deputy Secretary of State", organization: "Department of State", country: "US"),
        TitleEntry("Assistant Secretary of State", organization: "Department of State", country: "US"),
        TitleEntry("Under Secretary of State", forms: ["undersecretary of state"], organization: "Department of State", country: "US"),
        TitleEntry("Ambassador", forms: ["amb."]),
        TitleEntry("envoy", forms: ["special envoy", "special representative", "representative"]),
        TitleEntry("chief negotiator", forms: ["top negotiator", "nuclear envoy", "chief nuclear negotiator"]),
        TitleEntry("negotiator"),
        TitleEntry("diplomat", forms: ["top diplomat", "chief diplomat"]),
        // Other ministers and secretaries
        TitleEntry("Defense Minister", forms: ["defence minister", "minister of defense", "minister of national defense"]),
        TitleEntry("Defense Secretary", forms: ["secretary of defense", "defence secretary"], organization: "Department of Defense"),
        TitleEntry("Finance Minister", forms: ["minister of finance"]),
        TitleEntry("Trade Minister", forms: ["minister of trade", "trade chief"]),
        TitleEntry("Industry Minister", forms: ["minister of trade, industry and energy"]),
        TitleEntry("Economy Minister", forms: ["economic minister"]),
        TitleEntry("Unification Minister", forms: ["minister of unification"], organization: "Ministry of Unification"),
        TitleEntry("Interior Minister", forms: ["home minister"]),
        TitleEntry("Justice Minister"),
        TitleEntry("Minister"),
        TitleEntry("Vice Minister"),
        TitleEntry("Treasury Secretary", forms: ["secretary of the treasury"], organization: "Department of the Treasury"),
        TitleEntry("Commerce Secretary", forms: ["secretary of commerce"], organization: "Department of Commerce"),
        TitleEntry("Trade Representative"),
        TitleEntry("Chancellor of the Exchequer", organization: "HM Treasury", country: "GB"),
        TitleEntry("National Security Adviser", forms: ["national security advisor"]),
        TitleEntry("Chief of Staff", forms: ["presidential chief of staff"]),
        TitleEntry("Secretary"),
        TitleEntry("Undersecretary", forms: ["under secretary", "under-secretary"]),
        TitleEntry("Deputy Secretary"),
        TitleEntry("Assistant Secretary"),
        TitleEntry("Permanent Secretary"),
        TitleEntry("Spokesman", forms: ["spokesperson", "spokeswoman"]),
        // Legislators, military, organizations
        TitleEntry("Senator", forms: ["sen."]),
        TitleEntry("Representative", forms: ["rep."]),
        TitleEntry("Speaker"),
        TitleEntry("lawmaker"),
        TitleEntry("Governor", forms: ["gov."]),
        TitleEntry("Mayor"),
        TitleEntry("General", forms: ["gen."]),
        TitleEntry("Admiral", forms: ["adm."]),
        TitleEntry("Commander"),
        TitleEntry("Director"),
        TitleEntry("Deputy Director"),
        TitleEntry("Director General", forms: ["director-general"]),
        TitleEntry("Commissioner", forms: ["high commissioner", "aid commissioner"]),
        TitleEntry("Adviser", forms: ["advisor", "security adviser", "senior adviser", "senior advisor"]),
        TitleEntry("aide", forms: ["senior aide", "top aide"]),
        TitleEntry("Chief Executive", forms: ["chief executive-designate"]),
        TitleEntry("Attorney General"),
        TitleEntry("Lieutenant General", forms: ["lt. gen.", "lt. general"]),
        TitleEntry("Major General", forms: ["maj. gen."]),
        TitleEntry("Colonel", forms: ["col."]),
        TitleEntry("Superintendent", forms: ["chief superintendent"]),
        TitleEntry("Commandant", forms: ["assistant commandant"]),
        TitleEntry("Deputy Prime Minister", forms: ["deputy premier"]),
        TitleEntry("Secretary-General", forms: ["un secretary-general"]),
    ]

    /// Lower-case words that open a definite description of an official ("the vice minister").
    static let descriptionHeads: Set<String> = [
        "minister", "secretary", "president", "premier", "envoy", "negotiator", "ambassador", "diplomat",
        "chancellor", "king", "leader", "official", "spokesman", "spokeswoman", "counterpart", "general",
    ]
}
