/// Diplomatic subjects as data: each concept, the words that name it, and its label.
struct TopicConcept: Sendable {
    /// The label used when the text gives no fuller form: "defense cost-sharing".
    let label: String
    /// Word sequences (lower case) that name the concept in text.
    let terms: [String]
}

enum TopicTaxonomy {
    static let concepts: [TopicConcept] = [
        TopicConcept(label: "peace process", terms: ["peace process", "peace", "peace talks", "peace treaty", "peace deal"]),
        TopicConcept(label: "denuclearization", terms: ["denuclearization", "denuclearisation", "nuclear disarmament",
                                                          "nuclear program", "nuclear programme", "nuclear weapons",
                                                          "nuclear issue", "nuclear talks"]),
        TopicConcept(label: "alliance", terms: ["alliance", "alliance issues"]),
        TopicConcept(label: "defense cost-sharing", terms: ["cost-sharing", "cost sharing", "sharing of the cost",
                                                              "burden sharing", "burden-sharing", "special measures agreement"]),
        TopicConcept(label: "sanctions", terms: ["sanctions", "embargo"]),
        TopicConcept(label: "trade", terms: ["trade", "trade deficit", "trade surplus", "trade dispute", "trade imbalance"]),
        TopicConcept(label: "tariffs", terms: ["tariffs", "tariff", "duties"]),
        TopicConcept(label: "free trade agreement", terms: ["free trade agreement", "fta", "free trade"]),
        TopicConcept(label: "economic cooperation", terms: ["economic cooperation", "economic ties", "economic relations"]),
        TopicConcept(label: "security cooperation", terms: ["security cooperation", "defense cooperation", "military cooperation"]),
        TopicConcept(label: "arms control", terms: ["arms control", "arms reduction", "disarmament", "missiles", "missile"]),
        TopicConcept(label: "human rights", terms: ["human rights"]),
        TopicConcept(label: "climate change", terms: ["climate change", "climate", "acid rain", "environment"]),
        TopicConcept(label: "energy", terms: ["energy", "oil", "gas"]),
        TopicConcept(label: "investment", terms: ["investment", "investments"]),
        TopicConcept(label: "exchange rates", terms: ["exchange rates", "currency", "currencies", "dollar"]),
        TopicConcept(label: "debt", terms: ["debt", "foreign debt", "debt moratorium"]),
        TopicConcept(label: "terrorism", terms: ["terrorism", "counterterrorism"]),
        TopicConcept(label: "refugees", terms: ["refugees", "refugee"]),
        TopicConcept(label: "dialogue", terms: ["dialogue"]),
        TopicConcept(label: "bilateral relations", terms: ["bilateral relations", "bilateral ties", "relations", "ties"]),
        TopicConcept(label: "regional situation", terms: ["regional situation", "regional issues", "regional security"]),
        TopicConcept(label: "geopolitical issues", terms: ["geopolitical issues", "geopolitics"]),
        TopicConcept(label: "technology", terms: ["technology", "supply chains", "semiconductors", "chips"]),
        TopicConcept(label: "maritime security", terms: ["maritime security"]),
        TopicConcept(label: "ceasefire", terms: ["ceasefire", "cease-fire", "truce", "armistice"]),
        TopicConcept(label: "humanitarian aid", terms: ["humanitarian aid", "humanitarian assistance", "food aid",
                                                          "economic aid", "military aid"]),
        TopicConcept(label: "weapons inspections", terms: ["weapons inspections", "weapons inspection", "inspections"]),
        TopicConcept(label: "enlargement", terms: ["enlargement", "expansion"]),
        TopicConcept(label: "compensation", terms: ["compensation", "reparations"]),
        TopicConcept(label: "apology", terms: ["apology"]),
        TopicConcept(label: "extradition", terms: ["extradition"]),
        TopicConcept(label: "prisoner release", terms: ["prisoner release", "prisoners", "hostages", "detainees"]),
        TopicConcept(label: "troop levels", terms: ["troop levels", "troop reductions", "military presence",
                                                    "troop withdrawal", "withdrawal of troops"]),
        TopicConcept(label: "military bases", terms: ["military bases", "military base", "naval base", "naval bases",
                                                         "air base", "air bases"]),
        TopicConcept(label: "elections", terms: ["elections", "election", "democracy", "democratic reforms"]),
        TopicConcept(label: "reunification", terms: ["reunification", "unification"]),
        TopicConcept(label: "border dispute", terms: ["border dispute", "territorial dispute", "territorial disputes",
                                                          "border disputes", "border demarcation"]),
        TopicConcept(label: "tourism", terms: ["tourism"]),
        TopicConcept(label: "cultural exchanges", terms: ["cultural exchanges", "cultural exchange", "cultural cooperation",
                                                            "people-to-people exchanges"]),
        TopicConcept(label: "interest rates", terms: ["interest rates", "interest rate"]),
        TopicConcept(label: "budget deficit", terms: ["budget deficit", "fiscal deficit"]),
        TopicConcept(label: "economic growth", terms: ["economic growth"]),
        TopicConcept(label: "policy coordination", terms: ["policy coordination", "economic coordination"]),
        TopicConcept(label: "market access", terms: ["market access", "market opening"]),
        TopicConcept(label: "accession", terms: ["accession", "membership"]),
        TopicConcept(label: "economic development", terms: ["economic development", "reconstruction"]),
        TopicConcept(label: "insurgency", terms: ["insurgency", "insurgents"]),
        TopicConcept(label: "drug trafficking", terms: ["drug trafficking", "narcotics"]),
        TopicConcept(label: "immigration", terms: ["immigration", "migration", "migrants", "visa", "visas"]),
    ]

    /// Nouns too general to be a topic alone ("issues", "matters").
    static let genericHeads: Set<String> = [
        "issues", "issue", "matters", "matter", "questions", "question", "topics", "subjects", "affairs",
        "efforts", "ways", "means", "things", "problems", "array", "set", "range", "number", "variety", "host",
        "series", "areas", "fronts", "views", "thoughts", "opportunity", "impasse",
    ]

    /// Words dropped from the front of a topic phrase.
    static let leadingNoise: Set<String> = [
        "stalled", "deadlocked", "pending", "bilateral", "joint", "ongoing", "key", "major", "various",
        "related", "mutual", "common", "important", "outstanding", "latest", "current", "nearby", "previous",
        "additional", "further", "third", "second", "long",
    ]
}
