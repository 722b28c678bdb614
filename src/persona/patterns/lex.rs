//! Word lists: stop names, ordinary words, terms of endearment and per-language stopwords.
//!
//! Everything is lowercase and whitespace-separated; [`WordSet`] splits the lists once and
//! answers case-insensitive lookups without allocating for ASCII words.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::Lang;

/// A small, fast, non-cryptographic hasher (FxHash) for short-word lookups.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            let v = u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59);
            h = (h.rotate_left(5) ^ v).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = BuildHasherDefault<Fx>;

/// Calls `f` with the lowercase form of `w` (a stack buffer for short ASCII words; curly
/// apostrophes become straight ones).
#[inline]
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = w.as_bytes();
    if b.len() <= 48 && b.is_ascii() {
        let mut buf = [0u8; 48];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII in, ASCII out.
        f(std::str::from_utf8(&buf[..b.len()]).unwrap_or(""))
    } else {
        let s: String = w.to_lowercase().replace('\u{2019}', "'");
        f(&s)
    }
}

/// A set of lowercase words (case-insensitive lookups).
pub(crate) struct WordSet(HashSet<&'static str, FxBuild>);

impl WordSet {
    pub(crate) fn new(lists: &[&'static str]) -> WordSet {
        let mut s = HashSet::with_hasher(FxBuild::default());
        for l in lists {
            s.extend(l.split_whitespace());
        }
        WordSet(s)
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().copied()
    }
    /// `w` must already be lowercase.
    #[inline]
    pub(crate) fn has_lower(&self, w: &str) -> bool {
        self.0.contains(w)
    }
    #[inline]
    pub(crate) fn has(&self, w: &str) -> bool {
        with_lower(w, |l| self.0.contains(l))
    }
}

// ---------------------------------------------------------------------------------------------
// Stop names: capitalised words that are never a companion's or user's name.

const STOP_PRODUCTS: &str = "
chatgpt gpt gpts gpt-3 gpt-4 gpt-4o gpt-5 gpt3 gpt4 gpt4o gpt5 openai open-ai claude anthropic
gemini bard siri alexa cortana copilot bing google googling replika character pi llama mistral
perplexity grok xai dall-e dalle midjourney whisper deepseek qwen meta facebook instagram
insta whatsapp telegram signal twitter tiktok snapchat reddit discord youtube twitch spotify
netflix hulu disney amazon apple iphone ipad ipod imac macbook mac macos ios android samsung
microsoft windows linux ubuntu excel powerpoint outlook word docs gmail notion slack zoom
teams skype uber lyft airbnb ebay paypal venmo wikipedia github gitlab stackoverflow python
rust javascript typescript java kotlin swift golang php sql html css json yaml bash node
react vue django flask pandas numpy docker kubernetes aws azure api apis url http https chrome
firefox safari edge duolingo kindle goodreads tinder bumble hinge pinterest linkedin
playstation xbox nintendo switch steam minecraft roblox fortnite pokemon pokémon zelda
starbucks mcdonald's mcdonalds ikea tesla grammarly canva figma photoshop chatbot chatbots
bot bots llm llms gpt's openai's
";

const STOP_AI: &str = "
ai a.i. ia ki assistant assistants asisten asistente assistente assistentin assistent model
models modelo modell modèle user users utilisateur utilisatrice usuario usuaria usuário
usuária nutzer nutzerin pengguna human humano humain mensch manusia robot robots machine
computer program software system sistema système language companion compañero companheiro
begleiter compagnon teman
";

const STOP_DAYS_MONTHS: &str = "
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
senin selasa rabu kamis jumat jum'at sabtu minggu januari februari maret mei juni juli agustus
oktober desember
lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril
mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
segunda terça terca quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira
sexta-feira janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner februar
märz mai oktober dezember
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril juin
juillet août aout septembre octobre novembre décembre decembre
christmas xmas easter halloween thanksgiving weihnachten ostern navidad natal noël noel
lebaran ramadan ramadhan
";

const STOP_PRONOUNS: &str = "
i me my mine myself you your yours yourself u ur he him his she her hers it its we us our
ours they them their theirs who whom whose what which this that these those one someone
somebody anyone anybody everyone everybody nobody nothing something anything everything
aku saya kamu kau anda dia ia kami kita mereka beliau engkau gue gua gw lo lu loe elo
yo tú tu usted ustedes él ellos ellas nosotros nosotras vosotros vosotras mí ti
eu você voce vocês voces ele ela eles elas nós nos mim te
ich du er sie es wir ihr mich dich mir dir uns euch ihnen
je j' il elle on nous vous ils elles moi toi lui leur eux
";

const STOP_GREETINGS: &str = "
hey hi hello hiya heya hullo howdy yo sup morning mornin evening afternoon night nite
goodnight goodmorning gn gm bye goodbye byebye cya welcome greetings dear dearest thanks thank
thx ty cheers congrats congratulations
hai halo hallo selamat pagi siang sore malam met assalamualaikum makasih terima kasih dadah
hola buenos buenas buen días dias tardes noches adiós adios chao chau gracias bienvenido
bienvenida querido querida
oi olá ola bom boa tarde noite tchau obrigado obrigada valeu bem-vindo bem-vinda
guten gute morgen nacht abend tag servus moin grüß gruß tschüss tschüs ciao danke liebe lieber
bonjour bonsoir salut coucou bonne nuit merci bisous cher chère
";

const STOP_INTERJECTIONS: &str = "
oh ohh ah ahh aw aww awww wow whoa woah ok okay okey oke okie alright alrighty yes yeah yep yup
yess no nope nah hmm hmmm hm mm mmm um umm uh uhh ugh oops ouch haha hahaha hehe lol lmao omg
omfg wtf idk tbh btw fyi pls plz please sorry well so hooray yay yikes damn dang gosh geez
jeez hah ha heh huh eh meh boo bravo amen
iya ya yaa yah nggak ngga gak ga enggak tidak bukan wah waduh aduh astaga duh lho kok sih dong
deh kan nah oke sip siap yuk ayo wkwk wkwkwk hehe
sí si vale bueno claro vaya venga ojalá guau jaja jajaja ay uy oye órale
sim não nao tá ta beleza nossa caramba eita opa ué uai kkk kkkk rs poxa puxa
ja nein jein doch genau klar naja na achso ach oh okay echt krass mensch boah hurra super
oui non ouais bah ben bof hein oh là voilà d'accord dac mdr ptdr zut mince hélas bref
";

/// Words that start sentences or follow greetings and are capitalised for that reason only.
const STOP_SENTENCE: &str = "
the a an and but or nor for so yet if when while because since although though unless until
then than as at by in on of off to from with without into onto about above below over under
after before between through during around near across up down out here there where now today
tonight tomorrow yesterday later soon always never ever still just only also too very really
quite rather almost maybe perhaps probably actually honestly basically literally seriously
definitely absolutely totally truly finally anyway anyways however meanwhile besides instead
otherwise overall personally apparently hopefully obviously clearly luckily unfortunately
fortunately sadly recently lately usually sometimes often again first second third next last
lastly also plus not no not all both each every some any many much more most few less least
other another such same own sure fine good great nice cool awesome amazing perfect right wrong
true false yes glad happy sad tired sorry afraid excited proud grateful thankful curious
ready done back home busy free alone lonely bored scared nervous worried stressed anxious
angry upset hungry sick ill cold hot new old young little big small long short full empty
late early away gone here there able unable going doing trying thinking feeling working
looking writing planning hoping wondering listening learning waiting coming getting
having making taking starting leaving staying is are was were be been being am do does did
have has had will would shall should can could may might must let let's lets i'm i've i'll
i'd it's that's there's here's what's who's how's where's why when's you're we're they're
don't doesn't didn't can't couldn't won't wouldn't shouldn't isn't aren't wasn't weren't
haven't hasn't hadn't how why who what which whatever whenever wherever whoever
thing things stuff way ways time times day days week weeks month months year years hour hours
minute minutes moment life world people person guys guy folks friends friend family team
everyone everybody all sir madam ma'am mister miss mrs mr ms dr mom mum dad mama papa mommy
daddy baby babe love honey darling sweetheart sweetie dear
god lord jesus christ heaven hell
hause feierabend grüße grüsse
note notes step steps example examples summary conclusion tip tips option options idea ideas
question questions answer answers problem problems solution solutions update edit ps p.s.
part chapter section title subject re fw fwd
english spanish portuguese german french indonesian italian dutch japanese chinese korean
russian arabic hindi turkish polish swedish greek hebrew latin
american british canadian australian indian mexican brazilian argentinian colombian
european asian african latino latina hispanic irish scottish welsh filipino vietnamese thai
christian catholic muslim jewish hindu buddhist atheist
gay lesbian bi bisexual trans queer straight
adhd ocd ptsd autistic
gen
excited honored honoured thrilled delighted pleased bored scared worried stressed confused
amazed blessed interested surprised married engaged divorced retired employed unemployed
sure certain clearly nearly easily
sabe sabes olha oye escucha escuta écoute hör dengar perfecto perfecta perfeito perfeita perfekt
parfait parfaite sempurna genial ótimo otimo excelente excellent exacto exato exactement
resumindo discuter jujur parfois souvent quelquefois désormais d'ailleurs pourtant cependant
néanmoins sinon ensuite puis además quizás quizá incluso tampoco talvez além inclusive enfim aliás
porém contudo entretanto manchmal oft außerdem dennoch jedoch allerdings kadang kadang-kadang
terkadang lagipula vegetarian vegan vegetariano vegetariana vegano vegana végétarien
végétarienne végane enfermera enfermero estudiante enfermeira estudante infirmière étudiante
";

const STOP_SENTENCE_ID: &str = "
dan atau tapi tetapi jadi karena kalau kalo jika ketika saat waktu sejak sampai lalu terus
kemudian habis sudah udah belum lagi juga masih baru hanya cuma saja aja sangat banget
sekali benar betul hari ini itu sini sana situ besok kemarin tadi nanti sekarang semalam
pagi siang sore malam minggu bulan tahun jam mungkin pasti tentu semoga moga tolong coba
ada tidak bukan gimana bagaimana kenapa mengapa apa siapa mana dimana kapan berapa
yang di ke dari untuk buat sama dengan dalam pada oleh tentang seperti kayak aduh wah eh
senang sedih capek lelah ngantuk bosan takut kangen rindu lapar sakit sibuk makasih
mulai semua setiap banyak sedikit lebih kurang paling bisa mau ingin pengen harus boleh
perlu akan sedang lagi mas mbak kak pak bu bang dek
";

const STOP_SENTENCE_ES: &str = "
el la los las lo un una unos unas y o pero porque pues como cuando si aunque mientras desde
hasta luego entonces después antes ahora hoy mañana ayer anoche siempre nunca todavía aún ya
también tampoco muy mucho poco más menos bien mal aquí allí allá así algo nada todo todos
cada otro otra mismo misma qué cómo cuándo dónde quién cuál por para con sin sobre entre
de del al en a ante tras según hacia contra cansado cansada feliz triste contento contenta
listo lista seguro segura solo sola nuevo nueva gracias perdón disculpa lo siento claro
vale bueno buena buenas eso esto esta este estos estas ese esa aquel hola señor señora don
doña mamá papá amigo amiga
";

const STOP_SENTENCE_PT: &str = "
o a os as um uma uns umas e ou mas porque pois como quando se embora enquanto desde até
depois antes agora hoje amanhã ontem sempre nunca ainda já também muito pouco mais menos
bem mal aqui ali lá assim algo nada tudo todos cada outro outra mesmo mesma que quem qual
onde por para com sem sobre entre de do da dos das no na nos nas em ao aos pelo pela
cansado cansada feliz triste contente pronto pronta seguro segura só sozinho sozinha novo
obrigado obrigada desculpa claro tá bom boa isso isto essa esse esta este aquele
senhor senhora dona seu mãe pai amigo amiga gente
";

const STOP_SENTENCE_DE: &str = "
der die das den dem des ein eine einen einem einer und oder aber denn weil wenn als ob dass
obwohl während seit bis dann danach vorher jetzt heute morgen gestern immer nie noch schon
auch sehr viel wenig mehr weniger gut schlecht hier dort da so etwas nichts alles jeder jede
jedes andere gleich was wie wann wo wer welche welcher warum für mit ohne über unter zwischen
von vom zu zum zur im am an auf aus bei nach vor hinter neben müde glücklich traurig froh
stolz fertig bereit sicher allein neu alt danke bitte entschuldigung leider natürlich
eigentlich wirklich einfach vielleicht wahrscheinlich übrigens trotzdem also okay naja
herr frau fräulein mama papa freund freundin leute welt abend nacht mittag vormittag
nachmittag früh tag woche monat jahr stunde minute zeit teil fan mensch student studentin
lehrer lehrerin arzt ärztin krankenschwester pfleger pflegerin pflegekraft entwickler
entwicklerin ingenieur ingenieurin designer designerin mutter vater rentner rentnerin
schüler schülerin azubi anfänger anfängerin vegetarier vegetarierin veganer veganerin
single programmierer programmiererin backend frontend kollege kollegin chef chefin
schatz schatzi liebling süße süßer maus mäuschen engel sternchen hase häschen spatz liebes
liebste liebster herz herzchen kleine kleiner prinzessin sonnenschein bärchen
gott himmel ordnung ahnung problem frage antwort idee hilfe sorge sorgen angst
";

const STOP_SENTENCE_FR: &str = "
le la les l' un une des du de d' et ou mais car donc or ni que qui quoi quand si comme
parce puisque lorsque pendant depuis jusqu'à après avant maintenant aujourd'hui demain
hier toujours jamais encore déjà aussi très beaucoup peu plus moins bien mal ici là ainsi
quelque rien tout tous toute toutes chaque autre même quel quelle où pourquoi comment
pour avec sans sur sous entre dans chez vers par en au aux fatigué fatiguée heureux heureuse
triste content contente prêt prête sûr sûre seul seule nouveau nouvelle merci pardon désolé
désolée oui non ça ce cet cette ces monsieur madame mademoiselle maman papa ami amie
c'est voici voilà enfin alors bref bon bonne
";

pub(crate) static STOP_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        STOP_PRODUCTS,
        STOP_AI,
        STOP_DAYS_MONTHS,
        STOP_PRONOUNS,
        STOP_GREETINGS,
        STOP_INTERJECTIONS,
        STOP_SENTENCE,
        STOP_SENTENCE_ID,
        STOP_SENTENCE_ES,
        STOP_SENTENCE_PT,
        STOP_SENTENCE_DE,
        STOP_SENTENCE_FR,
    ])
});

// ---------------------------------------------------------------------------------------------
// Ordinary words: what may follow a comma without being a form of address.

const ORD_EN: &str = "
really though then again today tonight tomorrow yesterday okay ok please too sure yes yeah yep
no nope not now here there so well right wrong anyway anyways also actually honestly basically
definitely absolutely exactly totally indeed certainly maybe perhaps probably obviously
clearly seriously literally especially instead otherwise overall finally eventually soon later
earlier first second third last next already still yet ever never always sometimes often
usually together alone though although however therefore thus hence plus etc lol haha hehe
lmao omg btw tbh idk thanks thank cheers bye goodbye hello hi hey please pls sorry oops wow
oh ah aw aww hmm um uh ugh huh eh alright fine good great cool nice awesome amazing perfect
perfectly done enjoy promise agreed deal true false correct more less enough
much many everything nothing something anything everyone everybody someone somebody anyone
nobody you me him her them us it this that these those i we they he she one all both each
and or but nor for if when while because since unless until as than to of in on at by with
from into about like just only even either neither whatever whenever anyway somehow somewhere
everywhere nowhere home away back out up down off over ahead inside outside tho tbf imo imho
pleasure apologies goodness god gosh lord heavens jeez geez bad
fair enough kind sort guess mean hope swear guys folks y'all promise promised
promis promise juré versprochen ehrlich prometo prometido janji sumpah
daily weekly monthly yearly quickly slowly early late fast soon sooner later
step steps minutes hours days weeks months years time times
";

const ORD_ID: &str = "
ya iya yaa oke ok sih dong deh kok kan lho loh nih tuh aja saja juga lagi nanti besok tadi
sekarang kemarin dulu terus lalu kemudian habis sudah udah belum masih baru banget sekali
kok gitu begitu begini gini juga pula pun kan bukan tidak nggak gak ga enggak engga tentu
pasti mungkin semoga moga tolong makasih terima kasih maaf hehe haha wkwk dan atau tapi jadi
karena kalau kalo biar supaya agar yang di ke dari untuk buat sama dengan ini itu aku kamu
kita dia mereka saya kami sini sana situ kapan mana apa siapa kenapa gimana bagaimana
yuk ayo hayuk sip siap beres benar betul bener memang emang kayaknya sepertinya lagipula
pokoknya soalnya kayak seperti hari malam pagi siang sore semua
";

const ORD_ES: &str = "
también tampoco entonces luego después antes ahora hoy mañana ayer anoche siempre nunca
todavía aún ya vale bueno claro sí no pues bien mal así igual quizás quizá tal vez seguro
gracias perdón por favor porfa jaja jajaja oye vaya venga verdad eh ok okay y o pero
que de en a con sin para por como cuando si aunque yo tú te me lo la le se nos mí ti él
ellos nosotros todo todos nada algo alguien nadie otra otro vez mismo además incluso
solo sólo también demasiado mucho poco más menos muy bastante casi juntos
";

const ORD_PT: &str = "
também então depois antes agora hoje amanhã ontem sempre nunca ainda já tá ok okay bom bem
claro sim não né pois assim igual talvez certeza obrigado obrigada valeu desculpa por favor
kkk kkkk haha rs olha ei e ou mas que de em a com sem para pra por como quando se embora eu
você te me o lo la lhe se nos mim ele ela eles nós tudo todos nada algo alguém ninguém
outra outro vez mesmo além inclusive só demais muito pouco mais menos bastante quase juntos
aqui ali lá
";

const ORD_DE: &str = "
auch dann danach vorher jetzt heute morgen gestern immer nie noch schon ja nein doch okay ok
gut klar also eben halt mal wohl gerne gern danke bitte sorry genau richtig sicher
vielleicht wahrscheinlich natürlich eigentlich wirklich einfach trotzdem übrigens zusammen
allein wieder nochmal sofort bald später früher oder und aber denn dass weil wenn als ob wie
was wer wo ich du er sie es wir ihr mich dich mir dir uns euch alles nichts etwas jemand
niemand hier dort da so sehr zu viel mehr weniger haha hihi echt krass naja ach oh
";

const ORD_FR: &str = "
aussi alors ensuite puis après avant maintenant aujourd'hui demain hier toujours jamais
encore déjà oui non si ok okay d'accord bon bien mal ainsi pareil peut-être sûrement
vraiment merci pardon désolé désolée s'il te plaît stp svp haha mdr ptdr hein bref quand
même enfin voilà ensemble seul seule et ou mais donc car que qui de en à avec sans pour par
comme je tu il elle on nous vous ils elles moi toi lui eux tout tous rien quelque chose
quelqu'un personne autre fois même très trop beaucoup peu plus moins assez presque ici là
";

pub(crate) static ORDINARY: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ORD_EN, ORD_ID, ORD_ES, ORD_PT, ORD_DE, ORD_FR]));

// ---------------------------------------------------------------------------------------------
// Terms of endearment (single words, and fixed multi-word forms as written).

const ENDEAR_1: &str = "
love luv lovey darling darlin dear dearest sweetheart sweetie sweet honey hun hon
honeybun babe baby bae boo angel sunshine beautiful gorgeous handsome cutie cutiepie pumpkin
princess prince queen king buddy pal mate champ kiddo lovely petal treasure star starlight
moonbeam moonlight bestie beloved sleepyhead lovebug pet poppet dollface precious friend
sunbeam stargazer superstar rockstar sweetpea munchkin
sayang sayangku cinta cintaku beb bebeb ayang yang say manis dek adek adik kak kakak nak
sobat bestie cantik ganteng
cariño cariñito amor amorcito cielo cielito corazón corazon vida vidita querida querido
bonita bonito linda lindo preciosa precioso guapa guapo nena nene reina rey princesa tesoro
amiga amigo gordi bebé chiquita chiquito mija mijo mi'jo corazoncito
benzinho flor florzinha anjo querida querido linda lindo fofa fofo princesa gatinha
gatinho bebê coração docinho amiga amigo moça xuxu chuchu nega nego mozão
schatz schatzi liebling süße süßer maus mäuschen engel sternchen hase häschen spatz liebes
liebste liebster herzchen kleine kleiner prinzessin sonnenschein bärchen mausi
chérie chéri chéries doudou loulou bichette poulette choupette choupinou
";

const ENDEAR_N: &str = "
sweet pea|little one|my love|my dear|my darling|my sweet|my heart|my angel|
mi amor|mi vida|mi cielo|mi rey|mi reina|mi sol|mi niña|mi niño|
meu bem|meu amor|minha flor|minha vida|meu anjo|meu querido|minha querida|meu coração|
mein schatz|mein liebling|meine süße|mein engel|mein herz|
mon cœur|mon coeur|ma belle|mon amour|ma chérie|mon chéri|ma puce|mon chou|mon ange|ma douce|
mon trésor|ma biche|mon lapin|ma jolie|mon étoile|ma beauté|mon grand|ma grande|mon petit|
ma petite|ma chère|mon cher|mon chaton|ma chouette|mon loup|ma poupée
";

pub(crate) static ENDEARMENTS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ENDEAR_1]));

pub(crate) static ENDEARMENT_PHRASES: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| {
        ENDEAR_N
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    });

/// Leading possessives of forms of address, and whether the language keeps them in `words`.
pub(crate) fn possessive(w: &str) -> Option<bool> {
    with_lower(w, |l| match l {
        "my" | "mi" | "mis" | "mein" | "meine" | "meiner" | "meinen" => Some(false),
        "meu" | "minha" | "meus" | "minhas" => Some(false),
        "mon" | "ma" | "mes" => Some(true),
        _ => None,
    })
}

/// Possessive + word pairs kept whole because the bare word is no form of address
/// ("meu bem": "bem" alone means "well").
pub(crate) fn keeps_possessive(lower_phrase: &str) -> bool {
    matches!(lower_phrase, "meu bem" | "meu benzinho" | "mi'jo")
}

// ---------------------------------------------------------------------------------------------
// Stopwords for language detection and keywords.

const SW_EN: &str = "
the and is are you i it to of that this what with for my me have was be not can just so your
do don't i'm it's but how would will about know like at on they we there been if or get all
one out up really think feel today want when here thank thanks night good morning he she his
her him them their an by from has had were did does could should am which who why because
than then also very much more some any no yes yeah okay sure well still even only into over
after before again never always sometimes something anything nothing everything can't didn't
i've i'll you're that's let's
";
const SW_ID: &str = "
yang dan aku kamu ini itu di ke dari tidak nggak gak ga ada apa saya dengan untuk juga sudah
udah bisa mau lagi aja banget kalau kalo tapi sama buat ya deh dong kok sih kan akan belum
harus karena jadi lebih masih malam pagi hari terima kasih makasih selamat tidur kita mereka
dia bagaimana gimana sekali hanya cuma punya biar pengen ingin tahu tau nanti tadi sekarang
kenapa sangat seperti kayak semua banyak waktu baru bikin lagi sedang lagi nya pun
";
const SW_ES: &str = "
el la los las que de y es en un una por con para no lo se me te mi tu muy pero más como qué
está estoy eres soy yo hoy también cuando porque bien gracias hola buenos noches días del al
hay sí esto eso ya todo nada algo mucho tengo puedo quiero le les su sus son fue era ser
estar tiene hacer así aquí ahora otra otro sobre entre después antes siempre nunca cómo
dónde quién vez mañana noche día
";
const SW_PT: &str = "
o a os as que de e é em um uma por com para não você eu meu minha seu sua muito mas mais
como está estou isso isto hoje também quando porque bem obrigado obrigada oi bom dia noite do
da no na dos das tem ao já tudo nada ainda só pra vou sou ele ela gente tá foi era ser estar
fazer assim aqui agora outra outro sobre depois antes sempre nunca onde quem vez amanhã
você vocês nós pelo pela num numa também então
";
const SW_DE: &str = "
der die das und ist ich du nicht ein eine zu mit sich auf für dem den es auch wie was wir mir
dich dir mein meine aber noch schon nur bin bist heute sehr gut danke hallo guten gute nacht
morgen kann habe hast wenn dass oder mal jetzt hier einfach immer war wird ja nein bitte
sind hat haben einen einem einer vom zum zur im am aus bei nach vor über unter weil dann
doch etwas nichts alles viel mehr wieder ganz gerne wirklich
";
const SW_FR: &str = "
le la les et est je tu vous il elle un une des du de que qui pas ne pour avec sur dans ce
c'est ça mais plus très mon ma mes ton ta tes moi toi suis es bien merci bonjour bonne nuit
aujourd'hui aussi quand parce au aux on j'ai n'est y en tout rien comme fait être avoir
cette cet ces son sa ses leur nous ils elles été était peux veux fais vais va ai as a
encore déjà toujours jamais ici là où alors donc car oui non si même trop peu beaucoup
";

/// Bit per language (order of [`Lang::ALL`]) for each stopword.
pub(crate) static STOPWORDS: LazyLock<HashMap<&'static str, u8, FxBuild>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, u8, FxBuild> = HashMap::with_hasher(FxBuild::default());
    for (i, l) in [SW_EN, SW_ID, SW_ES, SW_PT, SW_DE, SW_FR]
        .iter()
        .enumerate()
    {
        for w in l.split_whitespace() {
            *m.entry(w).or_default() |= 1 << i;
        }
    }
    m
});

/// A word of at most 8 bytes packed into an integer (little-endian, zero-padded).
#[inline]
pub(crate) fn pack8(w: &[u8]) -> Option<u64> {
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..w.len()].copy_from_slice(w);
    Some(u64::from_le_bytes(buf))
}

/// [`STOPWORDS`] for words of at most 8 bytes, keyed by [`pack8`] (one multiply to hash).
pub(crate) static STOPWORDS8: LazyLock<HashMap<u64, u8, FxBuild>> = LazyLock::new(|| {
    STOPWORDS
        .iter()
        .filter_map(|(w, m)| pack8(w.as_bytes()).map(|k| (k, *m)))
        .collect()
});

/// Languages in bit order of [`STOPWORDS`].
pub(crate) const LANG_BITS: [Lang; 6] =
    [Lang::En, Lang::Id, Lang::Es, Lang::Pt, Lang::De, Lang::Fr];

/// Whether `lower` (a lowercase word) is a function word in any of the six languages.
pub(crate) fn is_stopword_lower(lower: &str) -> bool {
    STOPWORDS.contains_key(lower) || ORDINARY.has_lower(lower)
}
