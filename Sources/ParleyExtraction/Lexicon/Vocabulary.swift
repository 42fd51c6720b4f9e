/// Closed word lists: months, weekdays, reporting verbs, meeting words, tense markers.
enum Vocabulary {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    /// Monday = 1 ... Sunday = 7 (ISO).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
        "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "amb", "pres", "sec", "dept", "mt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mo", "u.s", "u.k", "u.n",
    ]

    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
        "asked", "asks", "explained", "explains", "insisted", "insists", "declared", "declares", "warned",
        "warns", "replied", "replies", "continued", "stated", "states", "announced", "announces", "wrote",
        "writes", "argued", "argues", "remarked", "observed", "emphasized", "emphasised", "quoted", "urged",
        "urges", "recalled", "recalls", "acknowledged", "acknowledges", "answered", "commented", "pointed",
        "vowed", "vows", "promised", "promises", "predicted", "predicts", "cautioned", "conceded", "saying",
    ]

    static let pronouns: [String: String] = ["he": "m", "she": "f", "they": "p"]

    /// Words that mark a future or intended event.
    static let futureMarkers: Set<String> = [
        "will", "'ll", "shall", "scheduled", "plans", "plan", "planning", "expected", "due", "slated", "poised",
        "going", "upcoming", "intends", "set", "aims", "hopes", "would", "leaves", "departs", "heads", "seeks",
    ]

    /// Irregular past forms that are frequent in news.
    static let irregularPast: Set<String> = [
        "met", "held", "said", "told", "left", "went", "came", "took", "made", "sent", "spoke", "flew", "began",
        "gave", "saw", "got", "had", "was", "were", "did", "won", "led", "paid", "brought", "thought", "sought",
        "fought", "wrote", "rode", "ran", "sat", "stood", "understood", "became", "hit", "put", "set", "kept",
        "felt", "found", "heard", "meant", "lost", "chose", "drove", "broke", "spent",
    ]

    static let negations: Set<String> = ["not", "n't", "never", "no", "without", "refused", "declined", "rejected"]

    /// Verbs of departure: a date right after them dates the trip, not the talks it is for
    /// ("left for Washington on Wednesday for talks").
    static let departureVerbs: Set<String> = [
        "left", "leave", "leaves", "leaving", "depart", "departed", "departs", "departing", "fly", "flew", "flies",
        "flying", "head", "headed", "heads", "heading", "set", "sets",
    ]

    /// Verbs of travel: "left for X", "arrived in X" name the place of the talks.
    static let travelVerbs: Set<String> = [
        "left", "leave", "leaves", "leaving", "depart", "departed", "departs", "departing", "fly", "flew", "flies",
        "flying", "arrive", "arrived", "arrives", "arriving", "head", "headed", "heads", "heading", "travel",
        "traveled", "travelled", "travels", "set", "sets", "return", "returned", "returns",
    ]

    /// Words that open a subordinate clause: an agenda phrase ends there.
    static let clauseBoundaries: Set<String> = [
        "given", "as", "amid", "while", "because", "which", "who", "whom", "where", "when", "after", "before",
        "since", "although", "though", "but", "said", "says", "according", "if", "that", "despite", "ahead",
        "during", "following", "to",
    ]

    /// Nouns that end as past forms and adverbs do ("-ed", "-ly"): "supply chains" is a subject, not "supply" as
    /// an adverb.
    static let nounsLikeVerbsOrAdverbs: Set<String> = [
        "supply", "assembly", "family", "rally", "reply", "ally", "anomaly", "monopoly", "melee", "homily",
        "speed", "greed", "creed", "seed", "breed", "hundred", "shed", "bed", "steed", "need",
    ]

    /// "-ed", "-ly", "-ify" or "-ize" at the end of a lower-case word of five letters or more: most likely a past
    /// form, an adverb or a verb ("intensify"), never the subject of a phrase.
    static func looksLikeVerbOrAdverb(_ word: String) -> Bool {
        (word.hasSuffix("ed") || word.hasSuffix("ly") || word.hasSuffix("ify") || word.hasSuffix("ize"))
            && !nounsLikeVerbsOrAdverbs.contains(word)
    }

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "other",
        "various", "several", "some", "many", "all", "any", "each", "such", "both", "more", "further",
    ]
}
