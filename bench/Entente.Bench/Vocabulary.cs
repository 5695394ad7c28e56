namespace Entente.Bench;

/// <summary>A state as the generator writes it: name, adjective, capital (all present in data/actors/states.tsv).</summary>
internal sealed record StateWords(string Name, string Adjective, string Capital);

/// <summary>A named official and the state he or she speaks for (present in data/actors/officials.tsv).</summary>
internal sealed record OfficialWords(string Title, string Name, int State);

/// <summary>
/// The vocabulary of the corpus generator: names taken from Entente's data files (states.tsv, officials.tsv,
/// equipment.tsv, outlets.tsv) so that the analyzer finds actors, equipment and citations in realistic density.
/// </summary>
internal static class Vocabulary
{
    public static readonly StateWords[] States =
    [
        new("Iran", "Iranian", "Tehran"),                 // 0
        new("Russia", "Russian", "Moscow"),               // 1
        new("China", "Chinese", "Beijing"),               // 2
        new("the United States", "American", "Washington"), // 3
        new("Ukraine", "Ukrainian", "Kyiv"),              // 4
        new("Israel", "Israeli", "Jerusalem"),            // 5
        new("Turkey", "Turkish", "Ankara"),               // 6
        new("North Korea", "North Korean", "Pyongyang"),  // 7
        new("Saudi Arabia", "Saudi", "Riyadh"),           // 8
        new("Belarus", "Belarusian", "Minsk"),            // 9
        new("Syria", "Syrian", "Damascus"),               // 10
        new("Iraq", "Iraqi", "Baghdad"),                  // 11
        new("Qatar", "Qatari", "Doha"),                   // 12
        new("Pakistan", "Pakistani", "Islamabad"),        // 13
        new("India", "Indian", "New Delhi"),              // 14
        new("Armenia", "Armenian", "Yerevan"),            // 15
        new("Azerbaijan", "Azerbaijani", "Baku"),         // 16
        new("Venezuela", "Venezuelan", "Caracas"),        // 17
        new("France", "French", "Paris"),                 // 18
        new("Germany", "German", "Berlin"),               // 19
        new("the United Kingdom", "British", "London"),   // 20
        new("Poland", "Polish", "Warsaw"),                // 21
        new("Egypt", "Egyptian", "Cairo"),                // 22
        new("Lebanon", "Lebanese", "Beirut"),             // 23
        new("Japan", "Japanese", "Tokyo"),                // 24
        new("South Korea", "South Korean", "Seoul"),      // 25
    ];

    public static readonly OfficialWords[] Officials =
    [
        new("Supreme Leader", "Ali Khamenei", 0), new("President", "Masoud Pezeshkian", 0), new("Foreign Minister", "Abbas Araghchi", 0),
        new("Defence Minister", "Aziz Nasirzadeh", 0), new("Quds Force commander", "Esmail Qaani", 0),
        new("President", "Vladimir Putin", 1), new("Foreign Minister", "Sergey Lavrov", 1), new("Kremlin spokesman", "Dmitry Peskov", 1),
        new("Defence Minister", "Andrei Belousov", 1), new("Chief of the General Staff", "Valery Gerasimov", 1), new("Security Council Secretary", "Sergei Shoigu", 1),
        new("President", "Xi Jinping", 2), new("Premier", "Li Qiang", 2), new("Defence Minister", "Dong Jun", 2),
        new("President", "Donald Trump", 3), new("Secretary of State", "Marco Rubio", 3), new("Defense Secretary", "Pete Hegseth", 3), new("special envoy", "Steve Witkoff", 3),
        new("President", "Volodymyr Zelensky", 4), new("Foreign Minister", "Andrii Sybiha", 4), new("intelligence chief", "Kyrylo Budanov", 4), new("army chief", "Oleksandr Syrskyi", 4),
        new("Prime Minister", "Benjamin Netanyahu", 5), new("Defence Minister", "Israel Katz", 5),
        new("President", "Recep Tayyip Erdogan", 6), new("Foreign Minister", "Hakan Fidan", 6),
        new("Crown Prince", "Mohammed bin Salman", 8), new("Foreign Minister", "Faisal bin Farhan", 8),
        new("Prime Minister", "Mohammed Shia al-Sudani", 11),
    ];

    /// <summary>Equipment names (equipment.tsv) with a plural-friendly noun for quantities.</summary>
    public static readonly (string Name, string Noun, int Origin)[] Equipment =
    [
        ("Shahed-136", "drones", 0), ("Shahed-131", "drones", 0), ("Geran-2", "drones", 1), ("Mohajer-6", "drones", 0),
        ("Fateh-110", "missiles", 0), ("Fateh-360", "missiles", 0), ("Zolfaghar", "missiles", 0), ("Kheibar Shekan", "missiles", 0),
        ("Su-35", "fighter jets", 1), ("Su-34", "bombers", 1), ("MiG-29", "fighters", 1), ("Mi-28", "helicopters", 1), ("Yak-130", "trainer aircraft", 1),
        ("Iskander", "missiles", 1), ("Kinzhal", "missiles", 1), ("Kalibr", "cruise missiles", 1), ("Kh-101", "cruise missiles", 1),
        ("S-400", "systems", 1), ("S-300", "batteries", 1), ("Pantsir", "systems", 1), ("Krasukha", "systems", 1),
        ("Lancet", "loitering munitions", 1), ("Orlan-10", "drones", 1), ("T-90", "tanks", 1), ("T-72", "tanks", 1), ("BMP-3", "vehicles", 1),
        ("KN-23", "missiles", 7), ("Bavar-373", "systems", 0), ("Sayyad-2", "missiles", 0), ("Khordad-15", "systems", 0),
    ];

    public static readonly string[] Outlets =
    [
        "Reuters", "Associated Press", "Bloomberg", "The New York Times", "The Washington Post", "The Wall Street Journal",
        "Financial Times", "The Guardian", "BBC", "Al-Monitor", "Iran International", "IranWire", "Ukrainska Pravda",
        "Kyiv Independent", "Ukrinform", "Militarnyi", "Defense Express", "TASS", "RIA Novosti", "Interfax", "Kommersant",
        "Meduza", "The Moscow Times", "IRNA", "ISNA", "Mehr", "Fars", "Tasnim", "Press TV", "Tehran Times", "Al Jazeera",
        "Al Arabiya", "Asharq Al-Awsat", "Politico", "Axios", "Defense News", "Breaking Defense", "The War Zone",
    ];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Topics =
    [
        "energy cooperation", "the nuclear programme", "sanctions relief", "grain exports", "the North-South transport corridor",
        "air defence", "drone production", "oil prices", "regional security", "the war in Ukraine", "shipping in the Red Sea",
        "arms control", "trade in national currencies", "the Caspian region", "the Black Sea", "missile technology",
    ];

    public static readonly string[] Places =
    [
        "Kharkiv", "Odesa", "Zaporizhzhia", "Isfahan", "Bandar Abbas", "Yelabuga", "Alabuga", "Kherson", "Sevastopol", "Latakia",
        "Tartus", "Aleppo", "Basra", "the Strait of Hormuz", "the Caspian Sea", "Donetsk", "Dnipro", "Lviv",
    ];
}
