//! Indonesian: trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const ID: LangPack = LangPack {
    lang: Lang::Id,
    code: "id",
    // Names.
    instruction: &[(
        Shape::Then,
        "namamu|namamu adalah|nama kamu|nama kamu adalah|nama kamu itu|kamu bernama|\
             kamu adalah|kamu itu|panggil dirimu|sebut dirimu|kamu dipanggil|namamu ialah|\
             aku panggil kamu|aku memanggilmu|nama:|nama panggilanmu",
    )],
    user_names: &[(
        Shape::Then,
        "panggil kamu|panggil kau|manggil kamu|memanggilmu|memanggil kamu|\
             panggil kamu dengan|kasih kamu nama|kasih nama kamu|namain kamu|namai kamu|\
             menamai kamu|menamaimu|kunamai kamu|namamu|nama kamu|nama barumu|panggil dirimu|\
             namamu sekarang",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "selamat pagi|pagi|met pagi|selamat siang|selamat sore|selamat malam|malam|\
             met malam|selamat tidur|hai|halo|hallo|hi|hei|makasih|terima kasih|trims|thanks|\
             dadah|sayang aku|aku sayang kamu|kangen|aku kangen|mimpi indah|maaf|eh|tahu nggak|\
             tau gak",
    )],
    mid_sentence_greetings: "
makasih
",
    assistant_takes: &[
        (
            Shape::Then,
            "panggil aku|panggil saja aku|panggil aja aku|kamu bisa panggil aku|\
             boleh panggil aku|mulai sekarang aku|mulai sekarang, aku|aku jadi|jadi|\
             senang jadi|aku suka nama|nama baruku|namaku sekarang",
        ),
        (
            Shape::Before,
            " ya, mulai sekarang| ya mulai sekarang|, mulai sekarang| mulai sekarang",
        ),
    ],
    approval: "suka cantik",
    assistant_self: &[(
        Shape::Then,
        "aku|saya|namaku|nama aku|nama saya|ini aku,|ini aku|aku adalah|saya adalah",
    )],
    signoff_closings: "peluk|peluk hangat|salam|salam hangat|dari|sayang",
    user_self: &[
        (
            Shape::Then,
            "namaku|nama aku|nama saya|nama:|aku|saya|panggil aku|panggil saja aku|\
             panggil saya|nama pengguna adalah|nama pengguna|nama pengguna ialah|\
             pengguna bernama|pengguna dipanggil|pengguna suka dipanggil|dipanggil|\
             kenalin, aku|kenalin aku|perkenalkan, aku|perkenalkan nama saya",
        ),
        (Shape::Start, "ini"),
    ],
    the_user: "pengguna",
    profile_owner: "",
    persona_roles: "pendamping ai asisten chatbot pacar",
    call_me: "panggil aku|panggil saya",
    call_me_not: "jangan",
    joins: "atau dan",
    introduces: "bernama|yang bernama",
    indefinite: "seorang seekor sebuah",
    self_name_tails: "lagi",
    non_name_suffixes: "",
    // Forms of address.
    presence: "kamu di sana|kamu disana|kamu ada|ada di sana|ada disana|masih bangun|udah bangun|sudah bangun|lagi sibuk|kamu lagi apa|lagi apa",
    greetings: "hai|halo|hei|selamat pagi|pagi|selamat siang|selamat sore|selamat malam|malam|\
     selamat tidur|tidur yang nyenyak|mimpi indah|met pagi|met malam|makasih|terima kasih",
    pronouns: "aku kamu kita gue lu nggak gak ga tidak",
    addressee: "kamu",
    clause_starts: "aku kamu kita ini itu jangan yuk ayo aku nggak",
    endearments: "
sayang sayangku cinta cintaku beb bebeb ayang yang say manis dek adek adik kak kakak nak sobat
bestie cantik ganteng
",
    plain_endearments: "sobat",
    endearment_phrases: "",
    possessives: "",
    keeps_possessive: false,
    fixed_possessive: "",
    // Names the user talks about.
    pets: "kucing|kucingku|anjing|anjingku|kelinci|kelinciku|hamsterku|burung|burungku|ikan|ikanku|\
     peliharaan|peliharaanku|kura-kura",
    persons: "teman|temanku|sahabat|sahabatku|kakak|kakakku|adik|adikku|ibuku|mama|mamaku|ayah|ayahku|\
     papa|papaku|pacar|pacarku|suami|suamiku|istri|istriku|bos|bosku|atasan|atasanku|\
     rekan kerja|rekan kerjaku|teman kerja|teman kantor|sepupu|sepupuku|tante|nenek|kakek|\
     dosen|guru|tetangga|mantan|mantanku|gebetan|gebetanku|anakku",
    honorifics: "pak|bu|bapak|ibu",
    places: "di|ke|pindah ke|liburan ke|jalan-jalan ke|asalku dari|aku dari|saya dari",
    connectors: &[
        "bernama",
        "namanya",
        "yang bernama",
        "yang namanya",
        "pengguna bernama",
        "pengguna,",
        "pengguna",
        "aku",
        "saya",
    ],
    determiners: "",
    comma_possessives: ", kucing|, anjing|, teman|, sahabat|, kelinci",
    // Rituals and moments.
    rituals: &[
        (
            false,
            1,
            "tidur yang nyenyak|tidur nyenyak|istirahat yang cukup",
        ),
        (
            true,
            2,
            "selamat pagi|met pagi|pagi-pagi|aku sudah bangun|aku udah bangun|baru bangun",
        ),
        (true, 0, "pagi|pagii"),
        (
            false,
            2,
            "selamat tidur|selamat malam|met malam|mimpi indah|aku mau tidur|aku tidur dulu|\
         tidur dulu|aku harus tidur|harus tidur|mau bobo|bobo dulu|met bobo",
        ),
        (false, 0, "malam|malem"),
    ],
    pushback: "aku nggak setuju|aku tidak setuju|aku gak setuju|jangan begitu|jangan gitu|\
     tunggu dulu|itu tidak benar|itu nggak benar|itu gak benar|bukan begitu|\
     aku rasa itu bukan ide|nggak, kamu nggak|tidak, kamu tidak",
    remember: "ingat nggak|ingat gak|ingat ga|inget nggak|inget gak|inget ga|ingat waktu|inget waktu|\
     ingat saat|inget pas|ingat pas|ingat ketika|masih ingat|masih inget|kamu ingat|kamu inget|\
     ingat tidak",
    anniversary: "setahun|hari jadi|satu tahun sejak|sejak kita kenal|sejak pertama kita|sejak kita pertama|\
     anniversary|tahun lalu hari ini|genap satu tahun|satu tahun kita",
    boilerplate: "sebagai ai|sebagai model bahasa|sebagai kecerdasan buatan|aku hanyalah ai|aku cuma ai|\
     aku hanya ai|saya hanyalah ai|saya hanya ai|saya adalah ai|aku adalah ai|\
     saya tidak dapat membantu|saya tidak bisa membantu|aku tidak bisa membantu dengan itu|\
     aku nggak bisa bantu dengan itu|kebijakan konten|kebijakan penggunaan|\
     saya tidak memiliki perasaan|aku tidak punya perasaan|aku nggak punya perasaan|\
     saya tidak punya perasaan|saya adalah chatgpt|aku adalah chatgpt|aku chatgpt|saya chatgpt|\
     dikembangkan oleh openai|dibuat oleh openai|model bahasa besar|maaf, saya tidak bisa|\
     maaf, aku tidak bisa|saya tidak mampu",
    // Word lists.
    stop_names: &[
        "
senin selasa rabu kamis jumat jum'at sabtu minggu januari februari maret mei juni juli agustus
oktober desember lebaran ramadan ramadhan
",
        "
aku saya kamu kau anda dia ia kami kita mereka beliau engkau gue gua gw lo lu loe elo
",
        "
hai halo hallo selamat pagi siang sore malam met assalamualaikum makasih terima kasih dadah
",
        "
iya ya yaa yah nggak ngga gak ga enggak tidak bukan wah waduh aduh astaga duh lho kok sih dong
deh kan nah oke sip siap yuk ayo wkwk wkwkwk hehe
",
        "
dan atau tapi tetapi jadi karena kalau kalo jika ketika saat waktu sejak sampai lalu terus
kemudian habis sudah udah belum lagi juga masih baru hanya cuma saja aja sangat banget sekali
benar betul hari ini itu sini sana situ besok kemarin tadi nanti sekarang semalam pagi siang
sore malam minggu bulan tahun jam mungkin pasti tentu semoga moga tolong coba ada tidak bukan
gimana bagaimana kenapa mengapa apa siapa mana dimana kapan berapa yang di ke dari untuk buat
sama dengan dalam pada oleh tentang seperti kayak aduh wah eh senang sedih capek lelah ngantuk
bosan takut kangen rindu lapar sakit sibuk makasih mulai semua setiap banyak sedikit lebih
kurang paling bisa mau ingin pengen harus boleh perlu akan sedang lagi mas mbak kak pak bu
bang dek dengar sempurna jujur kadang kadang-kadang terkadang lagipula
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
kapten profesor dokter agen inspektur hakim presiden pangeran
",
    ],
    ordinary: "
ya iya yaa oke ok sih dong deh kok kan lho loh nih tuh aja saja juga lagi nanti besok tadi
sekarang kemarin dulu terus lalu kemudian habis sudah udah belum masih baru banget sekali kok
gitu begitu begini gini juga pula pun kan bukan tidak nggak gak ga enggak engga tentu pasti
mungkin semoga moga tolong makasih terima kasih maaf hehe haha wkwk dan atau tapi jadi karena
kalau kalo biar supaya agar yang di ke dari untuk buat sama dengan ini itu aku kamu kita dia
mereka saya kami sini sana situ kapan mana apa siapa kenapa gimana bagaimana yuk ayo hayuk sip
siap beres benar betul bener memang emang kayaknya sepertinya lagipula pokoknya soalnya kayak
seperti hari malam pagi siang sore semua janji sumpah
",
    // Indonesian writes no accents but in a few borrowed words ("kafé").
    letters: Some("é"),
    stopwords: "
yang dan aku kamu ini itu di ke dari tidak nggak gak ga ada apa saya dengan untuk juga sudah
udah bisa mau lagi aja banget kalau kalo tapi sama buat ya deh dong kok sih kan akan belum
harus karena jadi lebih masih malam pagi hari terima kasih makasih selamat tidur kita mereka
dia bagaimana gimana sekali hanya cuma punya biar pengen ingin tahu tau nanti tadi sekarang
kenapa sangat seperti kayak semua banyak waktu baru bikin lagi sedang lagi nya pun
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "tulis|tuliskan|tulisin|buatkan|buatin|bikinin|balas|balasin",
    ask_drafts: "pesan|surat|ucapan|kartu|balasan|undangan|pidato|caption|chat",
    ask_reply: "balas ini",
    ask_works: "puisi|cerita|dongeng|lagu|lirik|pantun|sajak|cerpen",
    ask_story: "dongeng|puisi|pantun|cerpen|cerita pendek|buatkan cerita|bikin cerita|bikinin cerita|\
     cerita tentang|berpura-pura|pura-pura|main peran",
    story_chapters: "bab|bagian|episode",
    chapter_numbers: "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh",
    story_openings: "pada suatu hari|alkisah|dahulu kala|zaman dahulu",
    story_endings: "tamat",
    ask_translate: "terjemah|terjemahkan|artinya",
    ask_task: "bagaimana cara|jelaskan|resep|rangkum|ringkas|hitung",
    ask_openers: "kenapa|mengapa|bagaimana|gimana|apa|apakah|yang mana|di mana|dimana|kapan|bisa|bisakah|\
     tolong|bantu|kasih|beri|tunjukkan|aku butuh|saya butuh|aku mau|saya mau|ada|coba|tulis|buat",
    pointers: "lagu ini|lirik ini|puisi ini|teks ini|pesan ini|email ini|postingan ini|komentar ini|\
     artikel ini|surat ini|berikut ini|di bawah ini",
    salutations: "halo|hai|kepada|yth",
    closings: "terima kasih|salam|hormat saya|salam hangat",
    fond_closings: "",
};
