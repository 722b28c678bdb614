//! Turkish: trigger phrases and word lists (see [`super::LangPack`] for what each field means
//! and how it is matched).
//!
//! Words that are also given names are kept out of the stop names, ordinary words and
//! stopwords, so that a person or companion called so is still found: the words Turkish was
//! only detected by before it had a pack, "ben" (Ben), "sen" (Sen) and "ama" (Ama), with
//! "yeni", "bunu", "şunu", "onu" (Onu), "artık" and "hep"; the pronouns "beni" (Beni) and
//! "sana" (Sana), which stay stopwords only (function words Turkish is detected by), and
//! "ona" (Ona); "kim" (Kim), "hala" (Hala; "hâlâ" is listed), "emin" (Emin), "mutlu"
//! (Mutlu), "onur", "umut", "deniz", "can", "nur", "ela", "ada", "su", "derin", "güzel",
//! "hayat", "dünya", "sevgi", "rüya", "yıldız", "bahar", "sabah", "hadi", "aman", "kutlu",
//! "anne" (Anne) and "baba"; and the calendar's "nisan", "eylül", "kasım", "cuma", "ramazan",
//! "bayram" and "noel" (Nisan, Eylül, Kasım, Cuma, Ramazan, Bayram, Noel are given names).
//! "balım" is no endearment here (Balım). Three words of that detection-only list, "aynen",
//! "öyle" and "böyle", are no name anywhere: they are stopwords, or a short message such as
//! "haha aynen ben de öyle düşünmüştüm" has one stopword ("de") and whatlang reads it as
//! Turkmen, and stop names, or "Öyle olsun" and "Öyle diyebilirsin" (so be it, you could say
//! so) give the name "Öyle" to the assistant's "Deniz olsun", "Bana Deniz diyebilirsin".
//! For the same reason the wishes said with "olsun" ("Geçmiş olsun", "Helal olsun", "Afiyet
//! olsun") are stop names.
//!
//! Turkish is verb-final and writes case on the name after an apostrophe: after a Turkish
//! trigger the suffix is cut ("Ben Elif'im" → "Elif"), and a locative or ablative makes a
//! place ("Ben Ankara'dayım"). The triggers are those the name follows in its dictionary form
//! ("adım Elif", "senin adın Deniz", "sana Deniz diyebilir miyim", "ben Deniz");
//! "Deniz adında bir kedim var" and "Deniz diye çağır" put the name first and are read only
//! where a shape allows it (the assistant's "Deniz olsun", "bana Deniz diyebilirsin"). A
//! phrase whose first word starts with "i" also matches its capital "İ" ("İyi geceler");
//! lowercased text writes that "İ" as "i" and a combining dot ("i\u{307}"), which a few words
//! and ask phrases list as such. Endearments carry the possessive suffix ("canım", "aşkım",
//! "tatlım", "bebeğim"); the possessive word "benim" stands before or after ("benim aşkım",
//! "canım benim"). Forms typed without ç, ğ, ı, ö, ş, ü are listed where chat writes them.

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const TR: LangPack = LangPack {
    lang: Lang::Tr,
    code: "tr",
    // Names.
    instruction: &[(
        Shape::Then,
        "adın|adin|senin adın|senin adin|adın:|adin:|ismin|senin ismin|ismin:|isim:|adı:|\
         takma adın|lakabın|karakterin adı|karakterinin adı|asistanın adı|yapay zekanın adı|\
         yeni adın|adın artık|artık adın|sen|sen artık|artık sen|bundan sonra sen|\
         bundan sonra adın",
    )],
    user_names: &[(
        Shape::Then,
        "sana|sana artık|artık sana|artik sana|sana bundan sonra|bundan sonra sana|adın|adin|\
         senin adın|senin adin|yeni adın|yeni adin|artık adın|adın artık|bundan sonra adın|\
         ismin|senin ismin|yeni ismin|artık ismin|takma adın|lakabın|senin adını|senin adini|\
         sana isim olarak",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "günaydın|gunaydin|günaydınn|iyi geceler|iyi akşamlar|iyi aksamlar|iyi uykular|\
         iyi sabahlar|tatlı rüyalar|tatli ruyalar|merhaba|merhabaa|mrb|selam|selamm|slm|\
         selamlar|hey|teşekkürler|tesekkurler|teşekkür ederim|tesekkur ederim|çok teşekkürler|\
         sağ ol|sağol|sagol|eyvallah|seni seviyorum|seni çok seviyorum|seni özledim|\
         seni çok özledim|özledim seni|hoş geldin|hoşgeldin|hosgeldin|görüşürüz|\
         yarın görüşürüz|kendine iyi bak|özür dilerim|kusura bakma|affedersin|biliyor musun|\
         tahmin et|bil bakalım|dinle|aferin",
    )],
    mid_sentence_greetings: "
teşekkürler tesekkurler sağol sagol eyvallah günaydın gunaydin
",
    assistant_takes: &[
        (
            Shape::Then,
            "bana sadece|sadece bana|bana kısaca|yeni adım|yeni ismim|adım artık|artık adım|\
             ismim artık|artık ismim|bundan sonra adım|bundan sonra ismim|bundan sonra ben|\
             artık ben|ben artık|senin için ben",
        ),
        (
            Shape::Before,
            " olsun| olsun o zaman| olsun bakalım| olsun madem| olayım o zaman| diyebilirsin|\
             diyebilirsin bana| de bana| diye çağırabilirsin| diye seslenebilirsin|\
             diye hitap edebilirsin| ismini çok sevdim| ismini sevdim|\
             adını çok sevdim| adını sevdim| ismine bayıldım| adına bayıldım| ismi çok güzel|\
             çok güzel bir isim| güzel bir isim",
        ),
    ],
    approval: "sevdim bayıldım güzel harika hoşuma",
    assistant_self: &[(
        Shape::Then,
        "ben|benim adım|benim adim|benim ismim|ismim|benim,|benim ben,",
    )],
    signoff_closings: "sevgilerle|sevgiyle|sevgiler|kocaman sevgiler|sonsuz sevgilerle|seni seven|\
        seni çok seven|öpüyorum|öptüm|kucaklar|hep seninle|her zaman seninle|hep yanında|\
        her zaman yanında",
    user_self: &[
        (
            Shape::Then,
            "adım|adim|benim adım|benim adim|ismim|benim ismim|adım:|ismim:|isim:|ad soyad:|\
             adı soyadı:|kullanıcının adı|kullanıcının ismi|kullanicinin adi|\
             kullanıcının tercih ettiği isim|tercih ettiği isim|herkes bana|arkadaşlarım bana|\
             bana genelde|bana sadece|bana kısaca",
        ),
        // "Ben Elif." near the start, the name then the end: not "Ben Ayşe'yle buluştum"
        // (the suffix cut, "Ayşe" would be read as the person's own name).
        (Shape::Start, "ben"),
    ],
    the_user: "kullanıcı|kullanıcının|kullanıcıya|kullanıcıyı|kullanıcıdan|kullanıcıyla|kullanici|\
        kullanicinin|kullaniciya",
    profile_owner: "benim kullanıcı kullanıcının kullanici kullanicinin",
    persona_roles: "",
    call_me: "",
    call_me_not: "",
    joins: "veya ve",
    introduces: "",
    indefinite: "",
    self_name_tails: "yine|tekrar",
    non_name_suffixes: "
iyor ıyor uyor üyor iyorum ıyorum uyorum üyorum iyorsun ıyorsun uyorsun üyorsun
",
    // Forms of address.
    presence: "orada mısın|orda mısın|orada misin|orda misin|burada mısın|burda mısın|burda misin|\
        uyanık mısın|uyanik misin|hâlâ uyanık mısın|hala uyanık mısın|müsait misin|musait misin|\
        meşgul müsün|mesgul musun|bir dakikan var mı|vaktin var mı|uyudun mu",
    greetings: "günaydın|gunaydin|günaydınlar|iyi geceler|iyi akşamlar|iyi uykular|iyi sabahlar|\
        iyi günler|tatlı rüyalar|tatli ruyalar|merhaba|selam|selamlar|hoş geldin|hoşgeldin|\
        tekrar hoş geldin|teşekkürler|teşekkür ederim|sağ ol|sağol|görüşürüz|iyi uyu|güzel uyu|\
        rahat uyu|kendine iyi bak|işte buradasın",
    pronouns: "ben sen biz",
    addressee: "",
    clause_starts: "bu şu o biz siz seni bana bugün şimdi yarın bak gel lütfen belki çünkü yani ve \
        sonra",
    endearments: "
canım canim aşkım askim tatlım tatlim tatlışım tatlisim bebeğim bebegim bebişim bebisim bebek
hayatım hayatim sevgilim birtanem bitanem güzelim guzelim yakışıklım yakisiklim prensesim
prensim kraliçem kralicem kralım kralim kuzum kuzucuğum kuzucugum meleğim melegim gülüm gulum
şekerim sekerim ruhum cicim kalbim yavrum yavrucuğum güneşim gunesim yıldızım yildizim ışığım
isigim ceylanım ceylanim aslanım aslanim paşam pasam sultanım sultanim minnoşum minnosum
canikom kanka kanki kankam dostum kardeşim kardesim moruk hocam güzellik yakışıklı
",
    plain_endearments: "dostum",
    endearment_phrases: "canım benim|canim benim|aşkım benim|askim benim|tatlım benim|tatlim benim|\
        bebeğim benim|bebegim benim|hayatım benim|hayatim benim|güzelim benim|birtanem benim|\
        benim canım|benim aşkım|benim tatlım|benim bebeğim|benim güzel kızım|benim tatlı kızım|\
        benim güzel oğlum|hayatımın aşkı|hayatimin aski|gözümün nuru|canımın içi|canimin ici",
    possessives: "benim",
    keeps_possessive: false,
    fixed_possessive: "",
    // Names the user talks about.
    pets: "kedi|kedim|kedimiz|kedimin|kedicik|kedilerim|yavru kedim|köpek|köpeğim|köpeğimiz|\
        köpeğimin|köpeklerim|yavru köpeğim|kopek|kopegim|kopegimiz|kopegimin|kuş|kuşum|kus|kusum|\
        muhabbet kuşu|muhabbet kuşum|papağan|papağanım|papaganim|balık|balığım|baligim|\
        japon balığım|tavşan|tavşanım|tavsan|tavsanim|hamster|hamsterım|hamsterim|kaplumbağa|\
        kaplumbağam|kaplumbagam|evcil hayvanım|evcil hayvanim",
    persons: "arkadaşım|arkadasim|arkadaşımın|arkadasimin|arkadaşlarım|en yakın arkadaşım|\
        en yakin arkadasim|kankam|kankim|dostum|sevgilim|sevgilimin|erkek arkadaşım|\
        erkek arkadasim|kız arkadaşım|kiz arkadasim|nişanlım|nisanlim|eşim|esim|eşimin|kocam|\
        karım|karim|annem|annemin|babam|babamın|babamin|anneannem|babaannem|dedem|ninem|teyzem|\
        halam|amcam|dayım|dayim|yengem|eniştem|kuzenim|ablam|abim|ağabeyim|agabeyim|kardeşim|\
        kardesim|kardeşimin|kız kardeşim|kiz kardesim|kız kardeşimin|erkek kardeşim|\
        erkek kardesim|oğlum|oglum|kızım|kizim|yeğenim|yegenim|torunum|kayınvalidem|kaynanam|\
        kayınpederim|görümcem|baldızım|komşum|komsum|patronum|müdürüm|mudurum|şefim|\
        iş arkadaşım|is arkadasim|ev arkadaşım|ev arkadasim|oda arkadaşım|sınıf arkadaşım|\
        hocam|öğretmenim|ogretmenim|terapistim|psikoloğum|psikologum|doktorum|arkadaşı|\
        kız kardeşi|erkek kardeşi|annesi|babası|sevgilisi|kocası|karısı|eşi|oğlu|kızı",
    honorifics: "sayın|dr.|dr|doktor|prof.|prof|doç.|doç|av.",
    places: "memleketim|yaşadığım şehir|yasadigim sehir|doğduğum şehir|dogdugum sehir|doğduğum yer|\
        taşındığım şehir|yaşadığım yer",
    connectors: &[
        "adı da",
        "ismi de",
        "adı",
        "ismi",
        "var, adı",
        "var adı",
        "var, ismi",
        "var ismi",
    ],
    determiners: "bizim bir",
    comma_possessives: ", benim|, bizim|, kedim|, kedimiz|, köpeğim|, köpeğimiz|, annem|, babam|\
        , kız kardeşim|, erkek kardeşim|, eşim|, kocam|, karım|, patronum|, müdürüm|\
        , en yakın arkadaşım|, iş arkadaşım|, ev arkadaşım",
    // Rituals and moments.
    rituals: &[
        (
            true,
            2,
            "günaydın|gunaydin|günaydınn|gunaydinn|günaydınlar|gunaydinlar|iyi sabahlar|\
             hayırlı sabahlar|hayirli sabahlar|yeni uyandım|yeni uyandim|şimdi uyandım|\
             simdi uyandim|az önce uyandım|daha yeni uyandım",
        ),
        (true, 0, "gnydn|gnaydn"),
        (
            false,
            2,
            "iyi geceler|iyi gecelerr|iyi gclr|ii geceler|iyi uykular|tatlı rüyalar|\
             tatli ruyalar|hayırlı geceler|hayirli geceler|allah rahatlık versin|\
             allah rahatlik versin|ben yatıyorum|ben yatiyorum|yatıyorum artık|artık yatıyorum|\
             yatmaya gidiyorum|yatmaya gidiyom|uyumaya gidiyorum|uyumam lazım|uyumam lazim|\
             yatmam lazım|yatmam lazim|ben uyuyorum|uyuyorum artık|uyku vakti|uyku zamanı|\
             yatma vakti",
        ),
        (false, 0, "geceler|gecelerr"),
        (
            false,
            1,
            "iyi uyu|güzel uyu|rahat uyu|mışıl mışıl uyu|misil misil uyu|uykum geldi",
        ),
    ],
    pushback: "katılmıyorum|sana katılmıyorum|buna katılmıyorum|bence bu iyi bir fikir değil|\
     bunun iyi bir fikir olduğunu düşünmüyorum|bunu yapmanı önermem|dur bir dakika|\
     bekle bir dakika|bir saniye,|bu doğru değil|öyle söyleme|öyle deme|böyle söyleme|\
     kendine böyle deme|hayır, değilsin|hayır değilsin|bunu yapmayacağım|bunu söylemeyeceğim|\
     rol yapmayacağım|kendine haksızlık ediyorsun",
    remember: "hatırlıyor musun|hatirliyor musun|hatırlıyo musun|hatırlıyon mu|hatırlar mısın|\
        hatırladın mı|hatırlasana|anımsıyor musun|hani bir keresinde|hani bir kere|hani o gün|\
        hani o gece|hani geçen|unuttun mu",
    anniversary: "yıldönümü|yıl dönümü|yildonumu|yil donumu|yıldönümümüz|yıl dönümümüz|\
        bir yıl oldu|tam bir yıl|bir yıl önce bugün|geçen yıl bugün|tanıştığımızdan beri|tanışalı|\
        konuşmaya başlayalı|konuşmaya başladığımızdan beri|ilk yılımız|birinci yılımız|\
        bir yıldır birlikteyiz|bir yıldır konuşuyoruz|bir yıl geçti",
    boilerplate: "bir yapay zeka olarak|yapay zeka olarak|bir yapay zekâ olarak|yapay zekâ olarak|\
        yapay zeka modeli olarak|bir dil modeli olarak|dil modeli olarak|yapay zeka dil modeli|\
        büyük dil modeli|ben bir yapay zekayım|sadece bir yapay zekayım|bir yapay zekayım|\
        yapay zekâyım|gerçek duygularım yok|duygularım yok|duygularım bulunmuyor|\
        duygulara sahip değilim|hislerim yok|bilincim yok|fiziksel bir bedenim yok|\
        bu konuda yardımcı olamam|bu konuda sana yardımcı olamam|bu konuda size yardımcı olamam|\
        bu isteği yerine getiremem|bu talebi yerine getiremem|üzgünüm, ancak bu|\
        üzgünüm ama bu konuda|üzgünüm, bu konuda|içerik politikası|içerik politikaları|\
        içerik politikalarımız|kullanım politikaları|kullanım politikası|yönergelerime aykırı|\
        ben chatgpt|chatgpt olarak|openai tarafından geliştirilen|openai tarafından geliştirildim|\
        openai tarafından geliştirilmiş|openai tarafından eğitilmiş|openai tarafından oluşturulan|\
        gerçek zamanlı bilgilere erişimim yok|internete erişimim yok|bilgi kesim tarihim",
    // Word lists.
    stop_names: &[
        "
pazartesi salı sali çarşamba carsamba perşembe persembe cumartesi pazar pazartesileri salıları
cumartesileri pazarları ocak şubat subat mart mayıs mayis haziran temmuz ağustos agustos ekim
aralık aralik ocakta şubatta martta mayısta haziranda temmuzda ağustosta ekimde aralıkta
yılbaşı yilbasi paskalya bayramı bayrami kandil kandili hıdrellez sevgililer
",
        "
o bu şu biz siz onlar bunlar şunlar bana seni buna şuna bize size onlara bizi sizi onları
benim senin onun bizim sizin onların kendim kendin kendisi kendimiz kendiniz birisi biri
herkes hepsi hepimiz hiçbiri kimse
",
        "
merhaba merhabalar mrb selam selamlar slm günaydın gunaydin günaydınlar iyi geceler akşamlar
uykular sabahlar günler hoş geldin hoşgeldin hosgeldin hoşçakal hoscakal görüşürüz gorusuruz
teşekkürler tesekkurler teşekkür tesekkur ederim sağol sagol eyvallah tşk tşkler tsk rica
lütfen lutfen
",
        "
evet hayır hayir tamam tamamdır tmm peki hmm hımm haha hahaha ahah vay oha yaa off of uf ah oh
eyvah aferin harika süper super mükemmel muhteşem şahane tabii tabi elbette kesinlikle valla
vallahi inşallah insallah maşallah masallah allah tanrım tanrı rabbim öyle böyle şöyle aynen
geçmiş gecmis hayırlı hayirli afiyet sağlık saglik sağ kolay uğurlu ugurlu mübarek bereketli
helal aşk sürpriz ders tebrikler bol açık dürüst yardımcı
",
        "
ve veya ya da de ki mi mı mu mü ile için icin gibi kadar sonra önce şimdi simdi bugün bugun
yarın yarin dün nasıl nasil neden niye niçin çünkü cunku her hiç ise diye olarak bence sence
belki galiba herhalde zaten yani hani sadece bile daha çok cok az biraz en ne nerede nereye
nereden hangi kaç burada orada şurada işte iste aslında gerçekten cidden açıkçası maalesef
neyse yine tekrar hâlâ henüz şey var yok değil degil olur olmaz bir birkaç bazen genelde
hemen sonunda ilk bütün tüm iyiyim nasılsın naber bey hanım hanim abla ağabey hoca teyze amca
dayı enişte yenge annem babam anneciğim babacığım arkadaşım arkadaşlar arkadaş dostlar millet
insanlar çocuklar türkçe turkce ingilizce almanca fransızca ispanyolca italyanca rusça arapça
japonca korece çince türk türkiye alman ingiliz fransız rus japon arap kürt
i\u{307}yi i\u{307}şte i\u{307}lk i\u{307}nşallah i\u{307}yiyim i\u{307}çin i\u{307}ngilizce
i\u{307}se
canım canim aşkım askim tatlım tatlim tatlışım bebeğim bebegim bebişim bebek hayatım hayatim
sevgilim birtanem bitanem güzelim guzelim yakışıklım prensesim prensim kraliçem kralım kuzum
meleğim melegim gülüm şekerim ruhum cicim kalbim yavrum güneşim yıldızım ışığım aslanım paşam
sultanım minnoşum kanka kanki kankam dostum kardeşim moruk hocam güzellik yakışıklı
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
kaptan profesör doktor ajan komiser müfettiş hakim başkan kral kraliçe prens
",
    ],
    ordinary: "
ve veya ya da de ki mi mı mu mü ile için icin gibi kadar sonra önce şimdi simdi bugün bugun
yarın yarin dün nasıl nasil neden niye çünkü cunku her hiç şu bu o biz siz onlar bana seni
benim senin ise diye olarak bence sence belki galiba herhalde zaten yani hani sadece bile
daha çok cok az biraz en ne nerede hangi burada orada işte aslında gerçekten cidden yine
tekrar hâlâ henüz birlikte beraber şey var yok değil degil evet hayır hayir tamam tamamdır
tmm ok okey peki olur olmaz oldu bir iyi geceler günaydın merhaba selam teşekkürler
tesekkurler teşekkür ederim sağol sagol lütfen lutfen tabii tabi elbette kesinlikle haha
hahaha falan filan vs
",
    // Dotless "ı", "ğ", "ş", and the circumflex of "hâlâ", "kâğıt".
    letters: Some("çğıöşüâîû"),
    stopwords: "
ve bir bu da de ne ile için çok gibi daha var yok o biz siz onlar mi mı mu mü değil evet
hayır şey kadar sonra önce şimdi bugün yarın dün nasıl neden niye çünkü her hiç bana sana
beni seni benim senin şu ki ya ise diye olarak bence tamam teşekkürler teşekkür ederim
merhaba selam günaydın iyi geceler aynen öyle böyle gerçekten biraz bile sadece zaten yani
hani belki galiba sence bütün tüm misin mısın musun müsün miyim mıyım değilim olur oldu
olsun lazım gerek nasılsın iyiyim naber yapıyorsun istiyorum biliyorum bilmiyorum seviyorum
özledim geldim yorgunum hâlâ lütfen tabii aslında veya fakat ancak nerede burada orada buna
bunun onun cok icin degil simdi bugun yarin nasil tesekkurler gunaydin i\u{307}yi i\u{307}çin
i\u{307}şte
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "yaz|yazar mısın|yazar misin|yazabilir|yazsana|yazmama yardım|bana yaz|taslak|\
        hazırla|oluştur|düzenle|düzelt|yeniden yaz|tekrar yaz",
    ask_drafts: "mesaj|e-posta|eposta|mail|mektup|kart|tebrik|davet|davetiye|cevap|yanıt|yanit|\
        özür mesajı|dilekçe|şikayet|konuşma metni|kadeh kaldırma|paylaşım|gönderi|biyografi|\
        ön yazı|yorum|doğum günü mesajı",
    ask_reply: "ne cevap vereyim|ne cevap versem|nasıl cevap vereyim|nasıl cevap versem|\
        nasıl yanıt vereyim|buna ne cevap|ona ne desem|ona ne diyeyim|ona ne yazayım|\
        ona ne yazsam|benim yerime cevap|cevap yazar mısın",
    ask_works: "şiir|şiirler|şiiri|şiirini|siir|hikaye|hikâye|hikayeler|hikayeyi|hikayesi|öykü|\
        öyküler|öyküsü|masal|masallar|masalı|şarkı|şarkılar|şarkı sözü|şarkı sözleri|sarki|ninni|\
        ninniler|destan|fabl|sone|haiku",
    ask_story: "bir hikaye|bir hikâye|bir masal|bir şiir|bir öykü|uyku masalı|uyku öncesi hikaye|\
        masal anlat|hikaye anlat|hikâye anlat|rol yap|rol yapalım|rol oyunu|canlandır|\
        gibi davran|hayal et ki|bir senaryo|bir sahne|fanfik",
    story_chapters: "bölüm|kısım",
    chapter_numbers: "bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on",
    story_openings: "bir varmış bir yokmuş|evvel zaman içinde|çok çok eski zamanlarda",
    story_endings: "son|gökten üç elma düştü|onlar ermiş muradına|ve sonsuza dek mutlu yaşadılar",
    ask_translate: "çeviri|ceviri|tercüme|tercume|çevirir misin|çevirebilir misin|çevirsene|\
        cevirir misin|ingilizceye|i\u{307}ngilizceye|türkçeye|turkceye|almancaya|fransızcaya|\
        ispanyolcaya|ingilizcesi|i\u{307}ngilizcesi|türkçesi|turkcesi",
    ask_task: "nasıl yapılır|nasıl yaparım|nasıl yapabilirim|açıkla|açıklar mısın|özetle|özet|\
        tarif|hesapla|arasındaki fark|farkı nedir|kod|fonksiyon|formül|hata kodu|hata mesajı|\
        listele|ödev|makale|karşılaştır|dönüştür|soruyu çöz|problemi çöz",
    ask_openers: "neden|niye|niçin|nasıl|nasil|ne|hangi|nerede|ne zaman|lütfen|lutfen|bana|yardım et|\
     yardim et|yaz|yap",
    pointers: "bu şarkı|bu sözler|bu şiir|bu metin|bu metni|bu mesaj|bu mail|bu e-posta|bu yazı|\
     bu yorum|bu makale|bu mektup|bu mektubu|bu paragraf|bu satır|bu gönderi|şu metni|\
     şu mesaj|aşağıdaki|aşağıda",
    salutations: "sevgili|merhaba|selam|sayın|değerli|kıymetli|iyi günler|i\u{307}yi günler",
    closings: "saygılarımla|sevgilerle|sevgiyle|selamlar|selametle|teşekkürler|teşekkür ederim|\
        iyi çalışmalar|i\u{307}yi çalışmalar|görüşmek üzere|kucaklar|öpüyorum|hoşça kal|\
        en iyi dileklerimle|sevgi ve saygılarımla",
    fond_closings: "sevgilerle|sevgiyle|öpüyorum|kucaklar",
};
