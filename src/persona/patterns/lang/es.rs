//! Spanish: trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const ES: LangPack = LangPack {
    lang: Lang::Es,
    code: "es",
    // Names.
    instruction: &[(
        Shape::Then,
        "tu nombre es|tu nombre será|te llamas|te llamarás|te vas a llamar|eres|llámate|\
             preséntate como|te llamo|tu apodo es|nombre:|actúa como|serás",
    )],
    user_names: &[(
        Shape::Then,
        "llamarte|te llamaré|te llamara|te llamase|te llamo|te voy a llamar|\
             ponerte de nombre|te pondré de nombre|tu nombre es|tu nombre será|\
             tu nuevo nombre es|te llamas|bautizarte|te bautizo|llamarte así:",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "buenos días|buenos dias|buen día|buen dia|buenas|buenas noches|buenas tardes|hola|\
             holaa|gracias|muchas gracias|adiós|adios|chao|chau|hasta mañana|te quiero|\
             te extraño|querida|querido|dulces sueños|que descanses|oye|perdón|lo siento|\
             sabes qué|mira|ay",
    )],
    mid_sentence_greetings: "
gracias
",
    assistant_takes: &[
        (
            Shape::Then,
            "llámame|puedes llamarme|me puedes llamar|llamame|ser tu|ser tu querido|seré tu|\
             me encanta el nombre|me gusta el nombre|el nombre|desde ahora soy|\
             a partir de ahora soy|ahora soy|mi nuevo nombre es",
        ),
        (
            Shape::Before,
            " será| será entonces|, entonces| entonces| pues",
        ),
    ],
    approval: "gusta encanta precioso",
    assistant_self: &[(Shape::Then, "soy|yo soy|me llamo|mi nombre es|soy yo,")],
    signoff_closings: "con cariño|con amor|tuya|tuyo|siempre tuya|siempre tuyo|siempre|un abrazo|besos|tu",
    user_self: &[
        (
            Shape::Then,
            "me llamo|mi nombre es|nombre:|soy|yo soy|llámame|puedes llamarme|llamame|\
             el usuario se llama|la usuaria se llama|el nombre del usuario es|\
             el nombre de la usuaria es|prefiere que lo llamen|prefiere que la llamen|\
             le gusta que lo llamen|le gusta que la llamen|usuario se llama|usuaria se llama",
        ),
        (Shape::Start, "soy yo,|aquí"),
    ],
    the_user: "el usuario|del usuario|al usuario|la usuaria|de la usuaria",
    profile_owner: "mi",
    persona_roles: "compañera compañero ia asistente chatbot novia novio",
    call_me: "llámame|llamame|me llamas",
    call_me_not: "no nunca",
    joins: "o y",
    introduces: "llamado|llamada|de nombre|que se llamaba",
    indefinite: "un una",
    self_name_tails: "otra vez|de nuevo",
    non_name_suffixes: "mente",
    // Forms of address.
    presence: "estás ahí|estas ahi|estás ahi|sigues ahí|sigues ahi|sigues despierta|sigues despierto|estás despierta|estás despierto|estas despierta|estas despierto|tienes un momento",
    greetings: "hola|buenos días|buenos dias|buen día|buenas noches|buenas tardes|que descanses|\
     dulces sueños|gracias|ahí estás",
    pronouns: "yo tú tu estoy estás estas no",
    addressee: "contigo",
    clause_starts: "yo tú te me no estoy eres vamos aquí quiero tengo soy vivo trabajo estudio necesito",
    endearments: "
cariño cariñito amor amorcito cielo cielito corazón corazon vida vidita querida querido bonita
bonito linda lindo preciosa precioso guapa guapo nena nene reina rey princesa tesoro amiga
amigo gordi bebé chiquita chiquito mija mijo mi'jo corazoncito
",
    plain_endearments: "amigo amiga",
    endearment_phrases: "mi amor|mi vida|mi cielo|mi rey|mi reina|mi sol|mi niña|mi niño",
    possessives: "mi mis",
    keeps_possessive: false,
    // Kept whole: bare "vida" is "life" and "sol" "sun", and "rey" is said as "mi rey". Bare
    // "cielo", "reina", "corazón" and "amor" are forms of address of their own ("¡Buenos días,
    // cielo!", "Gracias, corazón"), so "mi cielo" gives "cielo" and counts with them.
    fixed_possessive: "mi'jo|mi vida|mi rey|mi sol",
    // Names the user talks about.
    pets: "gato|gata|gatito|gatita|perro|perra|perrito|perrita|mascota|conejo|coneja|hámster|loro|\
     pájaro|pez|tortuga|caballo|michi",
    persons: "amigo|amiga|mejor amigo|mejor amiga|hermano|hermana|madre|padre|mamá|papá|novio|novia|\
     esposo|esposa|marido|jefe|jefa|compañero|compañera|compañero de trabajo|\
     compañera de trabajo|colega|vecino|vecina|primo|prima|tío|tía|abuelo|abuela|hijo|hija|\
     pareja|terapeuta|profesor|profesora|compañero de piso|compañera de piso|sobrino|sobrina|\
     cuñado|cuñada|suegra|suegro",
    honorifics: "señor|señora|sr.|sra.|doña",
    places: "en|viaje a|viajar a|voy a|fui a|ir a|vamos a|me mudé a|mudarme a|llegué a|vuelo a|desde|\
     soy de|cerca de",
    connectors: &["llamado", "llamada", "que se llama", "de nombre"],
    determiners: "nuestro nuestra",
    comma_possessives: ", mi|, mis|, nuestro|, nuestra",
    // Rituals and moments.
    rituals: &[
        (false, 1, "descansa|duerme bien"),
        (
            true,
            2,
            "buenos días|buenos dias|buen día|buen dia|ya me levanté|acabo de despertar",
        ),
        (true, 0, "días|dias"),
        (
            false,
            2,
            "buenas noches|dulces sueños|que descanses|me voy a dormir|me voy a la cama|\
         tengo que dormir|a dormir|hasta mañana|felices sueños",
        ),
    ],
    pushback: "no estoy de acuerdo|no creo que sea buena idea|no creo que debas|\
     espera un momento|eso no es verdad|eso no es cierto|no digas eso|no, no eres|\
     no voy a hacer eso|no voy a fingir",
    remember: "te acuerdas|te acordás|recuerdas cuando|recuerdas la vez|recuerdas el día|recuerdas que|\
     te recuerdas|acuérdate de cuando|¿recuerdas|recuerdas lo",
    anniversary: "aniversario|un año desde|hace un año|un año juntos|desde que nos conocimos|\
     cumplimos un año|desde que empezamos a hablar|un año ya|hace exactamente un año",
    boilerplate: "como ia|como una ia|como inteligencia artificial|como una inteligencia artificial|\
     como modelo de lenguaje|como un modelo de lenguaje|solo soy una ia|soy solo una ia|\
     sólo soy una ia|soy una ia|no puedo ayudarte con eso|no puedo ayudar con eso|\
     no puedo ayudarte con esto|no puedo proporcionar|no tengo sentimientos|no tengo emociones|\
     política de contenido|políticas de contenido|políticas de uso|soy chatgpt|\
     desarrollado por openai|creado por openai|no soy capaz de|lo siento, pero no puedo|\
     no tengo la capacidad|no tengo acceso a internet|modelo de lenguaje grande",
    // Word lists.
    stop_names: &[
        "
lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo
abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre navidad
",
        "
yo tú tu usted ustedes él ellos ellas nosotros nosotras vosotros vosotras mí ti
",
        "
hola buenos buenas buen días dias tardes noches adiós adios chao chau gracias bienvenido
bienvenida querido querida
",
        "
sí si vale bueno claro vaya venga ojalá guau jaja jajaja ay uy oye órale
",
        "
el la los las lo un una unos unas y o pero porque pues como cuando si aunque mientras desde
hasta luego entonces después antes ahora hoy mañana ayer anoche siempre nunca todavía aún ya
también tampoco muy mucho poco más menos bien mal aquí allí allá así algo nada todo todos cada
otro otra mismo misma qué cómo cuándo dónde quién cuál por para con sin sobre entre de del al
en a ante tras según hacia contra cansado cansada feliz triste contento contenta listo lista
seguro segura solo sola nuevo nueva gracias perdón disculpa lo siento claro vale bueno buena
buenas eso esto esta este estos estas ese esa aquel hola señor señora don doña mamá papá amigo
amiga oye escucha perfecto perfecta genial excelente exacto además quizás quizá incluso
tampoco vegetariano vegetariana vegano vegana enfermera enfermero estudiante
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
capitán capitan capitana profesor profesora doctor doctora sargento teniente comandante
coronel agente detective inspector inspectora juez jueza presidente presidenta
príncipe principe duque duquesa sor
",
    ],
    ordinary: "
también tampoco entonces luego después antes ahora hoy mañana ayer anoche siempre nunca
todavía aún ya vale bueno claro sí no pues bien mal así igual quizás quizá tal vez seguro
gracias perdón por favor porfa jaja jajaja oye vaya venga verdad eh ok okay y o pero que de en
a con sin para por como cuando si aunque yo tú te me lo la le se nos mí ti él ellos nosotros
todo todos nada algo alguien nadie otra otro vez mismo además incluso solo sólo también
demasiado mucho poco más menos muy bastante casi juntos prometo prometido
",
    letters: Some("áéíóúüñ"),
    stopwords: "
el la los las que de y es en un una por con para no lo se me te mi tu muy pero más como qué
está estoy eres soy yo hoy también cuando porque bien gracias hola buenos noches días del al
hay sí esto eso ya todo nada algo mucho tengo puedo quiero le les su sus son fue era ser estar
tiene hacer así aquí ahora otra otro sobre entre después antes siempre nunca cómo dónde quién
vez mañana noche día
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "escribe|escríbeme|redacta|redáctame|responde|contesta|ayúdame a escribir",
    ask_drafts: "mensaje|correo|carta|nota|tarjeta|brindis|discurso|respuesta|invitación|felicitación",
    ask_reply: "responde a esto|contesta esto",
    ask_works: "poema|poemas|cuento|cuentos|historia|historias|canción|canciones|relato|relatos|verso|versos|fábula|nana",
    ask_story: "un cuento|cuento sobre|una historia sobre|un poema|finge que|imagina que|juguemos a que|finjamos|hagamos de cuenta|en esta escena|mi personaje|tu personaje|juego de rol",
    story_chapters: "capítulo|parte|episodio",
    chapter_numbers: "uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
    story_openings: "había una vez|érase una vez|hace mucho tiempo",
    story_endings: "fin",
    ask_translate: "traduce|tradúceme|traducción",
    ask_task: "cómo hago|cómo puedo|explica|explícame|receta|resume|resumen|calcula",
    ask_openers: "por qué|porque|cómo|qué|cuál|dónde|cuándo|puedes|podrías|podrias|me puedes|ayúdame|\
     ayudame|dame|dime|muéstrame|muestrame|necesito|quiero|hay|por favor|escribe|haz",
    pointers: "esta canción|esta letra|este poema|este texto|este mensaje|este correo|esta publicación|\
     este comentario|este artículo|esta carta|lo siguiente",
    salutations: "hola|querido|querida|estimado|estimada|buenos días|buenas",
    closings: "saludos|atentamente|un abrazo|un saludo|besos|cordialmente",
    fond_closings: "besos|un abrazo",
};
