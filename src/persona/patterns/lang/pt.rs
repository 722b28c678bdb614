//! Portuguese: trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const PT: LangPack = LangPack {
    lang: Lang::Pt,
    code: "pt",
    // Names.
    instruction: &[(
        Shape::Then,
        "seu nome é|seu nome será|teu nome é|você se chama|você vai se chamar|você é|\
             te chamo de|se chame|se apresente como|seu apelido é|nome:|aja como|você será",
    )],
    user_names: &[(
        Shape::Then,
        "te chamar de|te chamasse de|te chamo de|te chamaria de|chamar você de|\
             chamo você de|vou te chamar de|seu nome é|seu nome vai ser|seu nome será|\
             seu novo nome é|te dar o nome de|te batizar de|te batizo de|você se chama",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "bom dia|boa noite|boa tarde|oi|oii|olá|ola|obrigado|obrigada|valeu|tchau|\
             até amanhã|te amo|saudade|saudades|querida|querido|bons sonhos|durma bem|desculpa|\
             sabe de uma coisa|adivinha|e aí|ei",
    )],
    mid_sentence_greetings: "
obrigado obrigada valeu
",
    assistant_takes: &[
        (
            Shape::Then,
            "me chama de|me chame de|pode me chamar de|ser seu|ser sua|ser o seu|ser a sua|\
             serei seu|serei sua|adoro o nome|gosto do nome|o nome|a partir de agora sou|\
             agora sou|meu novo nome é",
        ),
        (Shape::Before, ", então| então| será"),
    ],
    approval: "gostei adoro amei lindo",
    assistant_self: &[(Shape::Then, "sou|eu sou|me chamo|meu nome é|sou eu,|aqui é")],
    signoff_closings: "com carinho|com amor|beijos|sempre sua|sempre seu|sua|seu|abraços|sempre",
    user_self: &[
        (
            Shape::Then,
            "me chamo|meu nome é|nome:|sou|eu sou|pode me chamar de|me chama de|me chame de|\
             o nome do usuário é|o nome da usuária é|o usuário se chama|a usuária se chama|\
             prefere ser chamado de|prefere ser chamada de|gosta de ser chamado de|\
             gosta de ser chamada de|usuário se chama|usuária se chama",
        ),
        (Shape::Start, "é|aqui é|sou eu,"),
    ],
    the_user: "o usuário|do usuário|ao usuário|a usuária|da usuária|o utilizador|do utilizador",
    profile_owner: "meu",
    persona_roles: "companheira companheiro ia assistente chatbot namorada namorado",
    call_me: "me chama de|me chame de|me chamas de|chama-me de",
    call_me_not: "não nunca",
    joins: "ou e",
    introduces: "chamado|chamada|de nome|que se chamava",
    indefinite: "um uma",
    self_name_tails: "de novo|outra vez",
    non_name_suffixes: "mente",
    // Forms of address.
    presence: "tá aí|ta ai|tá ai|está aí|esta ai|você está aí|voce esta ai|ainda acordada|ainda acordado|tá acordada|tá acordado|ta acordada|ta acordado|tem um minuto",
    greetings: "oi|olá|bom dia|boa noite|boa tarde|durma bem|bons sonhos|obrigado|obrigada|aí está você",
    pronouns: "eu você voce tu estou não nao",
    addressee: "você voce contigo",
    clause_starts: "eu você a gente estou não vamos te quero tenho sou moro trabalho estudo preciso",
    endearments: "
benzinho flor florzinha anjo querida querido linda lindo fofa fofo princesa gatinha gatinho
bebê coração docinho amiga amigo moça xuxu chuchu nega nego mozão
",
    plain_endearments: "amigo amiga",
    endearment_phrases: "meu bem|meu amor|minha flor|minha vida|meu anjo|meu querido|minha querida|meu coração",
    possessives: "meu minha meus minhas",
    keeps_possessive: false,
    // Kept whole: bare "bem" is "well", bare "vida" is "life".
    fixed_possessive: "meu bem|meu benzinho|minha vida",
    // Names the user talks about.
    pets: "gatinho|gatinha|cachorro|cachorra|cachorrinho|cachorrinha|cão|cadela|bichinho|coelho|\
     coelha|papagaio|passarinho|peixe|cavalo|calopsita",
    persons: "melhor amigo|melhor amiga|irmão|irmã|mãe|pai|namorado|namorada|chefe|colega de trabalho|\
     vizinho|vizinha|tio|tia|avô|avó|filho|filha|parceiro|parceira|sobrinho|cunhado|cunhada|\
     sogro",
    honorifics: "dona",
    places: "em|viagem para|viagem pra|ir para|ir pra|fui para|fui pra|vou para|vou pra|mudei para|\
     mudei pra|sou de|perto de",
    connectors: &["chamado", "chamada", "que se chama", "de nome"],
    determiners: "nosso nossa",
    comma_possessives: ", meu|, minha|, nosso|, nossa",
    // Rituals and moments.
    rituals: &[
        (false, 1, "durma bem|dorme bem|descansa"),
        (true, 2, "bom dia|bom diaa|acordei|acabei de acordar"),
        (
            false,
            2,
            "boa noite|bons sonhos|vou dormir|preciso dormir|tenho que dormir|vou deitar|até amanhã",
        ),
    ],
    pushback: "não concordo|eu discordo|não acho que seja uma boa ideia|não acho que você deva|\
     espera aí|isso não é verdade|não diga isso|não, você não é|não vou fazer isso|\
     não vou fingir",
    remember: "lembra quando|lembra de quando|lembra daquela vez|lembra da vez|lembra do dia|você lembra|\
     se lembra|tu lembras|lembra que|lembras quando|lembra aquela vez",
    anniversary: "nosso aniversário|aniversário de namoro|aniversário de um ano|um ano desde|faz um ano|\
     há um ano|um ano juntos|desde que a gente se conheceu|desde que nos conhecemos|\
     completamos um ano|um ano de conversa|aniversário da gente",
    boilerplate: "como uma ia|como ia|como um modelo de linguagem|como modelo de linguagem|\
     como uma inteligência artificial|sou apenas uma ia|sou só uma ia|sou uma ia|\
     não posso ajudar com isso|não consigo ajudar com isso|não posso fornecer|\
     não tenho sentimentos|não tenho emoções|política de conteúdo|políticas de conteúdo|\
     políticas de uso|sou o chatgpt|sou chatgpt|desenvolvido pela openai|criado pela openai|\
     não sou capaz de|desculpe, mas não posso|não tenho a capacidade|modelo de linguagem grande",
    // Word lists.
    stop_names: &[
        "
segunda terça terca quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira
sexta-feira janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
natal
",
        "
eu você voce vocês voces ele ela eles elas nós nos mim te
",
        "
oi olá ola bom boa tarde noite tchau obrigado obrigada valeu bem-vindo bem-vinda
",
        "
sim não nao tá ta beleza nossa caramba eita opa ué uai kkk kkkk rs poxa puxa
",
        "
o a os as um uma uns umas e ou mas porque pois como quando se embora enquanto desde até depois
antes agora hoje amanhã ontem sempre nunca ainda já também muito pouco mais menos bem mal aqui
ali lá assim algo nada tudo todos cada outro outra mesmo mesma que quem qual onde por para com
sem sobre entre de do da dos das no na nos nas em ao aos pelo pela cansado cansada feliz
triste contente pronto pronta seguro segura só sozinho sozinha novo obrigado obrigada desculpa
claro tá bom boa isso isto essa esse esta este aquele senhor senhora dona seu mãe pai amigo
amiga gente sabe sabes olha escuta perfeito perfeita ótimo otimo exato resumindo talvez além
inclusive enfim aliás porém contudo entretanto enfermeira estudante
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
capitão capitao capitã professor professora doutor doutora sargento tenente comandante
coronel agente detetive inspetor inspetora juiz juíza presidente rei príncipe
principe duque duquesa
",
    ],
    ordinary: "
também então depois antes agora hoje amanhã ontem sempre nunca ainda já tá ok okay bom bem
claro sim não né pois assim igual talvez certeza obrigado obrigada valeu desculpa por favor
kkk kkkk haha rs olha ei e ou mas que de em a com sem para pra por como quando se embora eu
você te me o lo la lhe se nos mim ele ela eles nós tudo todos nada algo alguém ninguém outra
outro vez mesmo além inclusive só demais muito pouco mais menos bastante quase juntos aqui ali
lá prometo prometido
",
    letters: Some("áàâãçéêíóôõúü"),
    stopwords: "
o a os as que de e é em um uma por com para não você eu meu minha seu sua muito mas mais como
está estou isso isto hoje também quando porque bem obrigado obrigada oi bom dia noite do da no
na dos das tem ao já tudo nada ainda só pra vou sou ele ela gente tá foi era ser estar fazer
assim aqui agora outra outro sobre depois antes sempre nunca onde quem vez amanhã você vocês
nós pelo pela num numa também então
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "escreva|escreve|redija|responda|responde|me ajuda a escrever",
    ask_drafts: "mensagem|e-mail|carta|bilhete|cartão|brinde|discurso|resposta|convite",
    ask_reply: "responda isso|responde isso",
    ask_works: "poema|poemas|poesia|poesias|história|histórias|conto|contos|canção|música|verso|versos|fábula",
    ask_story: "um conto|uma história sobre|um poema|finja que|imagine que|vamos fingir|faz de conta|nesta cena|meu personagem|minha personagem|seu personagem|sua personagem|roleplay",
    story_chapters: "capítulo|parte|episódio",
    chapter_numbers: "um|dois|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze",
    story_openings: "era uma vez|há muito tempo",
    story_endings: "fim",
    ask_translate: "traduz|traduza|tradução",
    ask_task: "como faço|explique|receita|resuma|resumo",
    ask_openers: "por que|porque|como|o que|qual|onde|quando|você pode|voce pode|pode|podes|me ajuda|\
     ajude-me|me dá|me da|me mostra|me diz|preciso|quero|tem como|por favor|escreva|faça|faca",
    pointers: "esta música|essa música|esta letra|este poema|este texto|esta mensagem|essa mensagem|\
     este e-mail|este post|este comentário|este artigo|esta carta|o seguinte",
    salutations: "olá|oi|prezado|prezada",
    closings: "abraços|atenciosamente|beijos|obrigado|obrigada",
    fond_closings: "beijos|abraços",
};
