//! French: trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const FR: LangPack = LangPack {
    lang: Lang::Fr,
    code: "fr",
    // Names.
    instruction: &[(
        Shape::Then,
        "tu t'appelles|tu t'appelleras|ton nom est|ton prénom est|ton nom sera|tu es|\
             appelle-toi|vous vous appelez|votre nom est|vous êtes|je t'appelle|\
             présente-toi comme|nom :|nom:|prénom :|prénom:|ton surnom est|tu seras",
    )],
    user_names: &[(
        Shape::Then,
        "t'appeler|t'appelle|t'appellerai|t'appelais|t'appellerais|te nommer|te nomme|\
             te donner le nom de|ton nom est|ton nom sera|ton nouveau nom est|tu t'appelles|\
             tu t'appelleras|te baptiser|je te baptise",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "bonjour|bonsoir|bonne nuit|salut|coucou|merci|merci beaucoup|bisous|à demain|\
             je t'aime|tu me manques|chère|cher|dors bien|fais de beaux rêves|pardon|désolé|\
             désolée|devine quoi|tu sais quoi|hello|hey",
    )],
    mid_sentence_greetings: "
merci
",
    assistant_takes: &[
        (
            Shape::Then,
            "appelle-moi|tu peux m'appeler|m'appeler|être ton|être ta|serai ton|serai ta|\
             suis ton|suis ta|j'adore le nom|j'aime le nom|le nom|désormais je suis|\
             à partir de maintenant je suis|mon nouveau nom est",
        ),
        (Shape::ThenEnd, "va pour|ce sera|alors ce sera"),
        (Shape::Before, " ce sera| alors"),
    ],
    approval: "aime adore joli",
    assistant_self: &[(
        Shape::Then,
        "je suis|je m'appelle|moi c'est|moi, c'est|c'est moi,|c'est moi|mon nom est|\
             mon prénom est",
    )],
    signoff_closings: "bisous|je t'embrasse|ta|ton|tendrement|avec amour|affectueusement|gros bisous|toujours",
    user_self: &[
        (
            Shape::Then,
            "je m'appelle|mon nom est|mon prénom est|moi c'est|moi, c'est|je suis|appelle-moi|\
             tu peux m'appeler|prénom :|prénom:|nom :|nom:|le prénom de l'utilisateur est|\
             le prénom de l'utilisatrice est|le nom de l'utilisateur est|\
             l'utilisateur s'appelle|l'utilisatrice s'appelle|préfère qu'on l'appelle",
        ),
        (Shape::Start, "c'est|ici"),
    ],
    the_user: "l'utilisateur|de l'utilisateur|l'utilisatrice|de l'utilisatrice",
    profile_owner: "mon ma",
    persona_roles: "compagne compagnon ia assistante assistant chatbot copine",
    call_me: "appelle-moi|appelle moi|tu m'appelles",
    call_me_not: "jamais non",
    joins: "ou et",
    introduces: "nommé|nommée|appelé|appelée|du nom de|qui s'appelait",
    indefinite: "un une",
    self_name_tails: "encore|à nouveau",
    non_name_suffixes: "ment",
    // Forms of address.
    presence: "t'es là|t'es la|tu es là|tu es la|tu es réveillée|tu es réveillé|t'es réveillée|t'es réveillé|tu dors|tu as une minute|t'as une minute",
    greetings: "bonjour|bonsoir|salut|coucou|bonne nuit|fais de beaux rêves|beaux rêves|merci|te voilà",
    pronouns: "je j'ai j'suis tu t'es on",
    addressee: "toi",
    clause_starts: "je tu on c'est ça j'ai je suis",
    endearments: "
chérie chéri chéries doudou loulou bichette poulette choupette choupinou
",
    plain_endearments: "",
    endearment_phrases: "mon cœur|mon coeur|ma belle|mon amour|ma chérie|mon chéri|ma puce|mon chou|mon ange|\
     ma douce|mon trésor|ma biche|mon lapin|ma jolie|mon étoile|ma beauté|mon grand|ma grande|\
     mon petit|ma petite|ma chère|mon cher|mon chaton|ma chouette|mon loup|ma poupée",
    possessives: "mon ma mes",
    keeps_possessive: true,
    fixed_possessive: "",
    // Names the user talks about.
    pets: "chat|chatte|chaton|chien|chienne|chiot|lapin|lapine|perroquet|oiseau|poisson|tortue|\
     cheval|cochon d'inde|animal",
    persons: "ami|amie|meilleur ami|meilleure amie|pote|copain|copine|frère|sœur|soeur|mère|père|maman|\
     mari|cheffe|patron|patronne|collègue|voisin|voisine|oncle|grand-mère|grand-père|mamie|\
     papi|fils|fille|partenaire|conjoint|conjointe|psy|thérapeute|prof|colocataire|coloc|neveu|\
     nièce",
    honorifics: "monsieur|madame|mme|mlle",
    places: "à|au|aux|vers|près de|je suis de|je viens de",
    connectors: &[
        "nommé",
        "nommée",
        "appelé",
        "appelée",
        "qui s'appelle",
        "qui s\u{2019}appelle",
        "du nom de",
    ],
    determiners: "notre",
    comma_possessives: ", mon|, ma|, notre",
    // Rituals and moments.
    rituals: &[
        (false, 1, "dors bien|repose-toi bien"),
        (
            true,
            2,
            "bonjour|bon matin|je suis réveillé|je suis réveillée|je viens de me réveiller",
        ),
        (true, 0, "bjr"),
        (
            false,
            2,
            "bonne nuit|dors bien|fais de beaux rêves|beaux rêves|doux rêves|je vais me coucher|\
         je vais dormir|il faut que je dorme|je dois dormir|je vais au lit|à demain",
        ),
        (false, 0, "nuit|bn"),
    ],
    pushback: "je ne suis pas d'accord|je ne pense pas que ce soit une bonne idée|\
     je ne pense pas que tu devrais|attends une seconde|ce n'est pas vrai|\
     ne dis pas ça|non, tu n'es pas|je ne vais pas faire ça|\
     je ne vais pas faire semblant",
    remember: "tu te souviens|tu te rappelles|tu te rappelle|te souviens-tu|te rappelles-tu|\
     vous vous souvenez|souviens-toi|rappelle-toi quand|tu t'en souviens|tu t'en rappelles",
    anniversary: "notre anniversaire|anniversaire de notre|anniversaire de rencontre|un an que|\
     ça fait un an|il y a un an|un an ensemble|depuis qu'on se connaît|\
     depuis que nous nous connaissons|depuis notre rencontre|premier anniversaire|un an déjà|\
     fête nos un an",
    boilerplate: "en tant qu'ia|en tant qu'intelligence artificielle|en tant que modèle de langage|\
     en tant qu'assistant|je ne suis qu'une ia|je suis une ia|je ne suis qu'une intelligence|\
     je ne peux pas t'aider avec ça|je ne peux pas vous aider avec|je ne peux pas t'aider avec|\
     je ne peux pas fournir|je n'ai pas de sentiments|je n'ai pas d'émotions|\
     politique de contenu|politiques de contenu|politiques d'utilisation|je suis chatgpt|\
     développé par openai|créé par openai|je ne suis pas en mesure|désolé, mais je ne peux pas|\
     grand modèle de langage|je n'ai pas la capacité",
    // Word lists.
    stop_names: &[
        "
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril juin
juillet août aout septembre octobre novembre décembre decembre noël noel
",
        "
je j' il elle on nous vous ils elles moi toi lui leur eux
",
        "
bonjour bonsoir salut coucou bonne nuit merci bisous cher chère
",
        "
oui non ouais bah ben bof hein oh là voilà d'accord dac mdr ptdr zut mince hélas bref
",
        "
le la les l' un une des du de d' et ou mais car donc or ni que qui quoi quand si comme parce
puisque lorsque pendant depuis jusqu'à après avant maintenant aujourd'hui demain hier toujours
jamais encore déjà aussi très beaucoup peu plus moins bien mal ici là ainsi quelque rien tout
tous toute toutes chaque autre même quel quelle où pourquoi comment pour avec sans sur sous
entre dans chez vers par en au aux fatigué fatiguée heureux heureuse triste content contente
prêt prête sûr sûre seul seule nouveau nouvelle merci pardon désolé désolée oui non ça ce cet
cette ces monsieur madame mademoiselle maman papa ami amie c'est voici voilà enfin alors bref
bon bonne écoute parfait parfaite exactement discuter parfois souvent quelquefois désormais
d'ailleurs pourtant cependant néanmoins sinon ensuite puis végétarien végétarienne végane
infirmière étudiante
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
capitaine professeur professeure docteur docteure sergent lieutenant commandant colonel
agent détective detective inspecteur inspectrice juge président présidente roi prince
duc duchesse
",
    ],
    ordinary: "
aussi alors ensuite puis après avant maintenant aujourd'hui demain hier toujours jamais encore
déjà oui non si ok okay d'accord bon bien mal ainsi pareil peut-être sûrement vraiment merci
pardon désolé désolée s'il te plaît stp svp haha mdr ptdr hein bref quand même enfin voilà
ensemble seul seule et ou mais donc car que qui de en à avec sans pour par comme je tu il elle
on nous vous ils elles moi toi lui eux tout tous rien quelque chose quelqu'un personne autre
fois même très trop beaucoup peu plus moins assez presque ici là juré
",
    letters: Some("àâæçéèêëîïôœùûüÿ"),
    stopwords: "
le la les et est je tu vous il elle un une des du de que qui pas ne pour avec sur dans ce
c'est ça mais plus très mon ma mes ton ta tes moi toi suis es bien merci bonjour bonne nuit
aujourd'hui aussi quand parce au aux on j'ai n'est y en tout rien comme fait être avoir cette
cet ces son sa ses leur nous ils elles été était peux veux fais vais va ai as a encore déjà
toujours jamais ici là où alors donc car oui non si même trop peu beaucoup
me te se avant chose quelque mdr t'es t'as c'était j'étais j'suis
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "écris|écrivez|rédige|rédigez|réponds|répondez|aide-moi à écrire",
    ask_drafts: "message|courriel|lettre|mot|carte|toast|discours|réponse|invitation",
    ask_reply: "réponds à ça|que dois-je répondre",
    ask_works: "poème|poèmes|histoire|histoires|conte|contes|chanson|chansons|fable|récit|berceuse",
    ask_story: "une histoire|un conte|un poème|fais semblant|faisons semblant|jeu de rôle|on fait semblant|dans cette scène|mon personnage|ton personnage|imaginons que",
    story_chapters: "chapitre|partie|épisode",
    chapter_numbers: "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze",
    story_openings: "il était une fois|il y a bien longtemps",
    story_endings: "fin",
    ask_translate: "traduis|traduire|traduction",
    ask_task: "comment faire|explique|recette|résume|résumé|calcule",
    ask_openers: "pourquoi|comment|qu'est-ce|quel|quelle|où|quand|peux-tu|pourrais-tu|tu peux|tu pourrais|\
     aide-moi|donne-moi|montre-moi|dis-moi|j'ai besoin|je veux|je voudrais|est-ce que|\
     s'il te plaît|s'il te plait|stp|écris|fais",
    pointers: "cette chanson|ces paroles|ce poème|ce texte|ce message|ce mail|ce post|ce commentaire|\
     cet article|cette lettre|ce qui suit|ci-dessous",
    salutations: "bonjour|bonsoir|salut|cher|chère|madame|monsieur",
    closings: "cordialement|bien à vous|bisous|amitiés|merci|bien cordialement",
    fond_closings: "bisous",
};
