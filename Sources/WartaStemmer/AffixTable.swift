/// The whole affix inventory as one table. Prefix rows are tried at the start of the word,
/// suffix rows at its end; the analyser generates every analysis the rows allow and
/// `AnalysisScorer` chooses. Each row's example is checked by `AffixTableTests`.
enum AffixTable {
    static let prefixes: [AffixRule] = [
        // ber-
        AffixRule("CS-1a", .ber, "ber", .vowel, "berakhir", "akhir"),
        AffixRule("CS-1b", .ber, "be", .oneOfThenVowel("r"), "berusak", "rusak"),
        AffixRule("CS-2", .ber, "ber", .consonantNotR, "bermain", "main"),
        AffixRule("CS-4", .ber, "bel", .text("ajar"), "belajar", "ajar"),
        AffixRule("CS-5", .ber, "be", .consonantThenER(except: "r"), "bekerja", "kerja"),
        // ter-
        AffixRule("CS-6a", .ter, "ter", .vowel, "terinjak", "injak"),
        AffixRule("CS-6b", .ter, "te", .oneOfThenVowel("r"), "terasa", "rasa"),
        AffixRule("CS-7", .ter, "ter", .consonantNotR, "terbawa", "bawa"),
        AffixRule("CS-9", .ter, "te", .consonantThenER(except: "r"), "tepercaya", "percaya"),
        // meN-
        AffixRule("CS-10", .meN, "me", .oneOfThenVowel("lrwy"), "melihat", "lihat"),
        AffixRule("CS-11", .meN, "mem", .oneOf("bfv"), "membaca", "baca"),
        AffixRule("CS-12", .meN, "mem", .text("pe"), "mempertahankan", "tahan"),
        AffixRule("CS-13a", .meN, "me", .oneOfThenVowel("m"), "memakan", "makan"),
        AffixRule("CS-13b", .meN, "mem", .vowel, restore: "p", "memukul", "pukul"),
        AffixRule("CS-14", .meN, "men", .oneOf("cdjsz"), "mencari", "cari"),
        AffixRule("CS-15a", .meN, "me", .oneOfThenVowel("n"), "menanti", "nanti"),
        AffixRule("CS-15b", .meN, "men", .vowel, restore: "t", "menulis", "tulis"),
        AffixRule("CS-16", .meN, "meng", .oneOf("ghqk"), "menggali", "gali"),
        AffixRule("CS-17a", .meN, "meng", .vowel, "mengambil", "ambil"),
        AffixRule("CS-17b", .meN, "meng", .vowel, restore: "k", "mengirim", "kirim"),
        AffixRule("CS-18a", .meN, "meny", .vowel, restore: "s", "menyapu", "sapu"),
        AffixRule("CS-18b", .meN, "me", .text("ny"), "menyanyi", "nyanyi"),
        AffixRule("CS-19", .meN, "mem", .pKept, "memproses", "proses"),
        AffixRule("W-men-tr", .meN, "men", .text("tr"), "mentransfer", "transfer"),
        AffixRule("W-menge", .meN, "menge", .monosyllable, "mengebom", "bom"),
        // peN- and per-
        AffixRule("CS-20", .peN, "pe", .oneOfThenVowel("wy"), "pewarna", "warna"),
        AffixRule("CS-21a", .per, "per", .vowel, "peralatan", "alat"),
        AffixRule("CS-21b", .peN, "pe", .oneOfThenVowel("r"), "perumahan", "rumah"),
        AffixRule("CS-23", .per, "per", .consonantNotR, "perbaikan", "baik"),
        AffixRule("CS-24", .peN, "pem", .oneOf("bfv"), "pembaca", "baca"),
        AffixRule("CS-25a", .peN, "pe", .oneOfThenVowel("m"), "pemain", "main"),
        AffixRule("CS-25b", .peN, "pem", .vowel, restore: "p", "pemerintah", "perintah"),
        AffixRule("CS-25c", .peN, "pem", .oneOfThenVowel("r"), restore: "p", "pemrograman", "program"),
        AffixRule("CS-26", .peN, "pen", .oneOf("cdjsz"), "pencari", "cari"),
        AffixRule("CS-27a", .peN, "pe", .oneOfThenVowel("n"), "penanti", "nanti"),
        AffixRule("CS-27b", .peN, "pen", .vowel, restore: "t", "penulis", "tulis"),
        AffixRule("CS-28", .peN, "peng", .oneOf("ghqk"), "penggali", "gali"),
        AffixRule("CS-29a", .peN, "peng", .vowel, "pengambil", "ambil"),
        AffixRule("CS-29b", .peN, "peng", .vowel, restore: "k", "pengirim", "kirim"),
        AffixRule("CS-30a", .peN, "peny", .vowel, restore: "s", "penyapu", "sapu"),
        AffixRule("CS-30b", .peN, "pe", .text("ny"), "penyanyi", "nyanyi"),
        AffixRule("CS-31a", .peN, "pe", .oneOfThenVowel("l"), "pelaku", "laku"),
        AffixRule("CS-31b", .peN, "pel", .text("ajar"), "pelajar", "ajar"),
        AffixRule("CS-32", .peN, "pe", .consonantThenER(except: "rwylmn"), "pekerja", "kerja"),
        AffixRule("ECS-34", .peN, "pe", .consonantNotER(except: "rwylmn"), "petani", "tani"),
        AffixRule("W-pem-p", .peN, "pem", .pKept, "pemproses", "proses"),
        AffixRule("W-penge", .peN, "penge", .monosyllable, "pengecat", "cat"),
        // Plain prefixes and proclitics.
        AffixRule("NA-di", .di, "di", .any, "dibaca", "baca"),
        AffixRule("NA-ke", .ke, "ke", .any, "kesehatan", "sehat"),
        AffixRule("W-ketidak", .ke, "ketidak", .any, "ketidakpastian", "pasti"),
        AffixRule("NA-se", .se, "se", .any, "sebuah", "buah"),
        AffixRule("NA-ku", .ku, "ku", .any, "kuambil", "ambil"),
        AffixRule("NA-kau", .kau, "kau", .any, "kaulihat", "lihat"),
    ]

    /// Suffix rows, outermost slot first: particle, possessive, then derivational and loan.
    static let suffixes: [AffixRule] = [
        AffixRule("NA-P1", .lah, "lah", .any, "pergilah", "pergi"),
        AffixRule("NA-P1", .kah, "kah", .any, "mampukah", "mampu"),
        AffixRule("NA-P1", .tah, "tah", .any, "siapatah", "siapa"),
        AffixRule("NA-P1", .pun, "pun", .any, "diapun", "dia"),
        AffixRule("NA-P2", .ku_, "ku", .any, "bukuku", "buku"),
        AffixRule("NA-P2", .mu, "mu", .any, "rumahmu", "rumah"),
        AffixRule("NA-P2", .nya, "nya", .any, "mobilnya", "mobil"),
        AffixRule("NA-S3", .i, "i", .any, "dinaiki", "naik"),
        AffixRule("NA-S3", .kan, "kan", .any, "meluncurkan", "luncur"),
        AffixRule("NA-S3", .an, "an", .any, "makanan", "makan"),
        AffixRule("W-loan", .isasi, "isasi", .any, "modernisasi", "modern"),
        AffixRule("W-loan", .isme, "isme", .any, "nasionalisme", "nasional"),
        AffixRule("W-loan", .isasi, "isasi", .any, restore: "i", "harmonisasi", "harmoni"),
        AffixRule("W-loan", .is, "is", .any, restore: "a", "agamis", "agama"),
        AffixRule("W-loan", .is, "is", .any, restore: "i", "ekonomis", "ekonomi"),
        AffixRule("W-loan", .wan, "wan", .any, "wartawan", "warta"),
        AffixRule("W-loan", .wati, "wati", .any, "karyawati", "karya"),
        AffixRule("W-loan", .wi, "wi", .any, "duniawi", "dunia"),
        AffixRule("W-loan", .iah, "iah", .any, "alamiah", "alam"),
    ]

    /// Which prefix may stand directly inside which (outer -> inner): `mem-per-`, `ke-ber-`,
    /// `di-per-`, `se-peN-`. Any other stacking is not generated.
    static let innerPrefixes: [Morpheme: Set<Morpheme>] = [
        .meN: [.per, .ber, .peN],
        .di: [.per, .ber, .ke, .peN],
        .peN: [.per, .ber],
        .ke: [.ber, .ter, .peN, .per, .se],
        .ber: [.ke, .peN, .se],
        .se: [.peN, .ke, .per],
        .ter: [.per, .ke],
        .per: [.se, .ke],
        .ku: [.per],
        .kau: [.per],
    ]

    /// Confixes that Indonesian does not form (Nazief & Adriani's forbidden pairs): the outermost
    /// prefix never combines with this derivational suffix (`di-...-an`, `me-...-an`).
    static let forbiddenConfixes: [Morpheme: Set<Morpheme>] = [
        .ber: [.i], .di: [.an], .ke: [.i, .kan], .meN: [.an], .se: [.i, .kan], .ter: [.an],
        .ku: [.an], .kau: [.an],
    ]
}
