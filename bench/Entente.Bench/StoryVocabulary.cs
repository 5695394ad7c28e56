namespace Entente.Bench;

/// <summary>
/// Names the story generator draws on, all present in Entente's data files: states (data/actors/states.tsv, the same
/// list as <see cref="Vocabulary.States"/> with their ISO3 codes), a few organisations (organizations.tsv), officials with
/// their tenure (officials.tsv, so that a 2022 story never names a 2025 minister) and outlets with their ownership kind (outlets.tsv).
/// </summary>
internal static class StoryVocabulary
{
    private static readonly string[] StateCodes =
    [
        "IRN", "RUS", "CHN", "USA", "UKR", "ISR", "TUR", "PRK", "SAU", "BLR", "SYR", "IRQ", "QAT",
        "PAK", "IND", "ARM", "AZE", "VEN", "FRA", "DEU", "GBR", "POL", "EGY", "LBN", "JPN", "KOR",
    ];

    public static readonly StoryActor[] States = Vocabulary.States
        .Select((s, i) => new StoryActor(StateCodes[i], s.Name, s.Adjective, s.Capital, i))
        .ToArray();

    /// <summary>Organisations that impose sanctions, pledge aid, accuse and meet (never deliver arms, strike or expel).</summary>
    public static readonly StoryActor[] Organisations =
    [
        new("EU", "the European Union", "EU", "Brussels", -1),
        new("NATO", "NATO", "NATO", "NATO", -1),
        new("UN", "the United Nations", "UN", "the United Nations", -1),
    ];

    /// <summary>Weight of each state when a dyad is drawn: the states in the news most often come first.</summary>
    public static readonly int[] StateWeights =
        [10, 12, 6, 8, 10, 5, 3, 4, 2, 3, 3, 2, 1, 1, 1, 2, 2, 1, 2, 2, 2, 2, 1, 2, 1, 1];

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd");
    private static readonly DateOnly Always = new(1990, 1, 1), Never = new(2099, 12, 31);

    public static readonly StoryOfficial[] Officials =
    [
        new("President", "Vladimir Putin", "RUS", Always, Never),
        new("Foreign Minister", "Sergey Lavrov", "RUS", Always, Never),
        new("Kremlin spokesman", "Dmitry Peskov", "RUS", Always, Never),
        new("Defence Minister", "Sergei Shoigu", "RUS", Always, D("2024-05-12")),
        new("Defence Minister", "Andrei Belousov", "RUS", D("2024-05-14"), Never),
        new("President", "Volodymyr Zelensky", "UKR", Always, Never),
        new("Foreign Minister", "Dmytro Kuleba", "UKR", Always, D("2024-09-05")),
        new("Foreign Minister", "Andrii Sybiha", "UKR", D("2024-09-05"), Never),
        new("President", "Joe Biden", "USA", Always, D("2025-01-20")),
        new("Secretary of State", "Antony Blinken", "USA", Always, D("2025-01-20")),
        new("President", "Donald Trump", "USA", D("2025-01-20"), Never),
        new("Secretary of State", "Marco Rubio", "USA", D("2025-01-21"), Never),
        new("President", "Xi Jinping", "CHN", Always, Never),
        new("Foreign Minister", "Wang Yi", "CHN", D("2023-07-25"), Never),
        new("Supreme Leader", "Ali Khamenei", "IRN", Always, Never),
        new("President", "Ebrahim Raisi", "IRN", Always, D("2024-05-19")),
        new("Foreign Minister", "Hossein Amir-Abdollahian", "IRN", Always, D("2024-05-19")),
        new("President", "Masoud Pezeshkian", "IRN", D("2024-07-28"), Never),
        new("Foreign Minister", "Abbas Araghchi", "IRN", D("2024-08-21"), Never),
        new("Prime Minister", "Benjamin Netanyahu", "ISR", D("2022-12-29"), Never),
        new("President", "Recep Tayyip Erdogan", "TUR", Always, Never),
        new("Foreign Minister", "Hakan Fidan", "TUR", D("2023-06-04"), Never),
        new("Crown Prince", "Mohammed bin Salman", "SAU", Always, Never),
        new("Foreign Minister", "Faisal bin Farhan", "SAU", Always, Never),
        new("President", "Ilham Aliyev", "AZE", Always, Never),
        new("Prime Minister", "Nikol Pashinyan", "ARM", Always, Never),
        new("President", "Abdel Fattah el-Sisi", "EGY", Always, Never),
        new("Prime Minister", "Mohammed Shia al-Sudani", "IRQ", D("2022-10-27"), Never),
        new("President", "Bashar al-Assad", "SYR", Always, D("2024-12-08")),
    ];

    /// <summary>Outlets (name, kind, base state as in outlets.tsv): independent, state, state-affiliated and opposition.</summary>
    public static readonly StoryOutlet[] Outlets =
    [
        new("Reuters", "independent", "GBR"), new("Associated Press", "independent", "USA"), new("Agence France-Presse", "independent", "FRA"),
        new("Bloomberg", "independent", "USA"), new("The New York Times", "independent", "USA"), new("The Washington Post", "independent", "USA"),
        new("The Wall Street Journal", "independent", "USA"), new("Financial Times", "independent", "GBR"), new("The Guardian", "independent", "GBR"),
        new("BBC", "independent", "GBR"), new("Politico", "independent", "USA"), new("Axios", "independent", "USA"), new("CNN", "independent", "USA"),
        new("Al-Monitor", "independent", "USA"), new("Kyiv Independent", "independent", "UKR"), new("Ukrainska Pravda", "independent", "UKR"),
        new("Defense News", "independent", "USA"), new("Breaking Defense", "independent", "USA"), new("The War Zone", "independent", "USA"),
        new("Kommersant", "independent", "RUS"), new("Interfax", "independent", "RUS"), new("Le Monde", "independent", "FRA"),
        new("Der Spiegel", "independent", "DEU"), new("Nikkei Asia", "independent", "JPN"), new("South China Morning Post", "independent", "CHN"),
        new("The Times of Israel", "independent", "ISR"), new("Haaretz", "independent", "ISR"), new("Dawn", "independent", "PAK"),
        new("The Hindu", "independent", "IND"), new("Deutsche Welle", "independent", "DEU"), new("Euronews", "independent", "FRA"),
        new("Militarnyi", "independent", "UKR"), new("Defense Express", "independent", "UKR"),
        new("TASS", "state", "RUS"), new("RIA Novosti", "state", "RUS"), new("IRNA", "state", "IRN"), new("Press TV", "state", "IRN"),
        new("Xinhua", "state", "CHN"), new("China Daily", "state", "CHN"), new("KCNA", "state", "PRK"), new("Ukrinform", "state", "UKR"),
        new("Anadolu Agency", "state", "TUR"), new("Voice of America", "state", "USA"), new("BelTA", "state", "BLR"), new("SANA", "state", "SYR"),
        new("Saudi Press Agency", "state", "SAU"), new("Azertac", "state", "AZE"), new("Armenpress", "state", "ARM"),
        new("RT", "state-affiliated", "RUS"), new("Izvestia", "state-affiliated", "RUS"), new("Tasnim", "state-affiliated", "IRN"),
        new("Fars", "state-affiliated", "IRN"), new("Mehr", "state-affiliated", "IRN"), new("Tehran Times", "state-affiliated", "IRN"),
        new("Global Times", "state-affiliated", "CHN"), new("Al Jazeera", "state-affiliated", "QAT"), new("Al Arabiya", "state-affiliated", "SAU"),
        new("Daily Sabah", "state-affiliated", "TUR"), new("Radio Free Europe/Radio Liberty", "state-affiliated", "USA"),
        new("Iran International", "opposition", "GBR"), new("IranWire", "opposition", "GBR"), new("Meduza", "opposition", "LVA"),
        new("The Moscow Times", "opposition", "NLD"), new("The Insider", "opposition", "LVA"), new("Novaya Gazeta Europe", "opposition", "LVA"),
        new("Charter 97", "opposition", "POL"),
    ];

    public static readonly string[] Offences =
    [
        "supplying weapons to armed groups", "violating the ceasefire", "interfering in its internal affairs", "espionage",
        "shelling civilian areas", "destabilising the region", "helping to evade sanctions", "cyberattacks on its banks",
    ];

    public static readonly string[] Topics =
    [
        "energy cooperation", "trade", "grain exports", "transport corridors", "nuclear energy", "regional security",
        "customs procedures", "banking links", "space research", "visa-free travel",
    ];
}
