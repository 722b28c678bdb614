//! English: trigger phrases and word lists (see [`super::LangPack`] for what each
//! field means and how it is matched).

use super::super::Lang;
use super::super::trig::Shape;
use super::LangPack;

pub(crate) const EN: LangPack = LangPack {
    lang: Lang::En,
    code: "en",
    // Names.
    instruction: &[(
        Shape::Then,
        "your name is|your name's|your name will be|your name shall be|your name should be|\
             you are called|you're called|you are named|you're named|you will be called|\
             you'll be called|call yourself|you call yourself|you go by|you are|you're|\
             you will be|you'll be|act as|pretend to be|pretend you are|pretend you're|\
             roleplay as|role-play as|play the role of|name yourself|refer to yourself as|\
             introduce yourself as|i call you|i'll call you|i named you|i'll refer to you as|\
             your nickname is|your persona is|persona name:|companion name:|assistant name:|\
             ai name:|your name:|name:|nickname:|you are now|you're now|from now on you are|\
             from now on you're|sign as|sign off as|sign your messages",
    )],
    user_names: &[(
        Shape::Then,
        "call you|called you|calling you|name you|named you|naming you|your name is|\
             your name's|your name will be|your name should be|your new name is|\
             your new name's|refer to you as|you are now|you're now|from now on you are|\
             from now on you're|i dub you|dub you|christen you|give you the name|nickname you",
    )],
    user_addresses: &[(
        Shape::ThenComma,
        "good morning|morning|mornin|good night|goodnight|night|nite|night night|\
             nighty night|gn|gm|good evening|good afternoon|evening|hey|heyy|heyyy|hi|hii|hiii|\
             hello|hellooo|hiya|heya|howdy|yo|thanks|thank you|thank u|thanks so much|\
             thank you so much|ty|love you|i love you|miss you|i miss you|missed you|\
             i missed you|bye|goodbye|bye bye|see you|see ya|dear|dearest|sweet dreams|\
             sleep well|welcome back|hugs|sorry|good job|well done|okay|ok|alright|guess what|\
             you know what|listen|oh|aww|awww|wow",
    )],
    mid_sentence_greetings: "
thanks ty bye goodnight
",
    assistant_takes: &[
        (
            Shape::Then,
            "call me|you can call me|just call me|i'd love to be your|i would love to be your|\
             i'll be your|i will be your|i'm your|i am your|be your|i love the name|\
             i like the name|the name|from now on i'm|from now on, i'm|from now on i am|\
             from now on, i am|i'm happy to be|i'd be honored to be|i'll be|i'm now|\
             you can refer to me as|my new name is|i'll go by|i go by",
        ),
        (
            Shape::Before,
            " it is| it is then| it is, then| it shall be| it'll be",
        ),
    ],
    approval: "like love beautiful",
    assistant_self: &[
        (
            Shape::Then,
            "i'm|i am|it's me,|it's me|it is me,|this is|my name is|my name's|i'm called|\
             i am called|they call me",
        ),
        (Shape::Before, " here"),
    ],
    signoff_closings: "love|with love|all my love|lots of love|much love|yours|yours always|always yours|\
     forever yours|yours truly|always|your|xo|xoxo|xx|hugs|cheers|warmly|sincerely|best|\
     your friend|your companion|always here",
    user_self: &[
        (
            Shape::Then,
            "preferred name:|preferred name is|name:|first name:|nickname:|my name is|\
             my name's|my first name is|i'm|i am|call me|please call me|you can call me|\
             i'm actually|i am actually|my name is actually|my name's actually|\
             just call me|i go by|people call me|everyone calls me|my friends call me|\
             user's name is|user name is|the user's name is|the user is named|\
             the user is called|user is named|user is called|user prefers to be called|\
             prefers to be called|likes to be called|wants to be called|user goes by|\
             the user goes by|user's preferred name is|user's first name is|\
             user introduced themselves as|user introduced herself as|\
             user introduced himself as|name is",
        ),
        (
            Shape::Start,
            "it's|this is|it is|it's me,|it is me,|its me,|the name's|name's",
        ),
        (Shape::Before, " here"),
    ],
    the_user: "the user|user's",
    profile_owner: "my user user's preferred first",
    persona_roles: "companion ai assistant bot chatbot girlfriend boyfriend persona",
    call_me: "call me|you call me|you can call me|please call me|refer to me as|address me as",
    call_me_not: "don't dont don\u{2019}t not never stop no",
    joins: "or and",
    introduces: "named|called|by the name of",
    indefinite: "a an",
    self_name_tails: "again",
    non_name_suffixes: "ing ted ied ful ous",
    // Forms of address.
    presence: "you up|you there|you around|you awake|you still up|you still there|you still awake|are you there|are you up|are you around|are you awake|are you still there|are you still up|u up|u there|u around|r u there|r u up|still up|still there|you busy|are you busy|got a minute|got a sec",
    greetings: "hi|hey|hello|hiya|heya|morning|good morning|good afternoon|good evening|evening|goodnight|\
     good night|night|night night|nighty night|sleep well|sleep tight|sweet dreams|rest well|\
     welcome back|thank you|thanks|bye|goodbye|love you|miss you|there you are|aww|awww",
    pronouns: "i i'm im i'll i've i'd you you're youre you've you'll u we we're we'll",
    addressee: "you",
    clause_starts: "i i'm i'll i've i'd you you're you've you'll we we're we'll let's it's that's this there's just please remember don't",
    endearments: "
love luv lovey darling darlin dear dearest sweetheart sweetie sweet honey hun hon honeybun
babe baby bae boo angel sunshine beautiful gorgeous handsome cutie cutiepie pumpkin princess
prince queen king buddy pal mate champ kiddo lovely petal treasure star starlight moonbeam
moonlight bestie beloved sleepyhead lovebug pet poppet dollface precious friend sunbeam
stargazer superstar rockstar sweetpea munchkin bro bruh dude sis fam homie bud butterfly firefly
dragonfly
",
    plain_endearments: "friend buddy pal mate champ dude bro bruh fam homie bud man girl stranger boss",
    endearment_phrases: "sweet pea|little one|little bird|dear one|dear heart|my love|my dear|my darling|my sweet|my heart|my angel",
    possessives: "my",
    keeps_possessive: false,
    fixed_possessive: "",
    // Names the user talks about.
    pets: "cat|cats|kitty|kitten|kitties|dog|dogs|puppy|pup|doggo|doggy|pet|bunny|rabbit|hamster|\
     parrot|bird|budgie|fish|goldfish|horse|pony|turtle|tortoise|snake|lizard|gecko|guinea pig|\
     ferret|hedgehog|cockatiel|chinchilla|rat|bearded dragon",
    persons: "friend|best friend|bestie|bff|buddy|pal|sister|sis|brother|mom|mum|mother|dad|father|son|\
     daughter|kid|wife|husband|boyfriend|girlfriend|bf|gf|partner|fiancé|fiance|fiancée|\
     fiancee|ex|boss|manager|coworker|co-worker|colleague|roommate|flatmate|housemate|neighbor|\
     neighbour|cousin|aunt|auntie|uncle|grandma|grandmother|granny|grandpa|grandfather|nephew|\
     niece|therapist|counselor|counsellor|doctor|teacher|professor|classmate|coach|tutor|crush|\
     stepmom|stepdad|stepsister|stepbrother|nurse|patient|client|landlord|landlady|supervisor|\
     mentor|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|best mate|work wife|work husband",
    honorifics: "mr|mrs|ms|dr|mr.|mrs.|ms.|dr.",
    places: "in|near|trip to|flight to|moved to|move to|moving to|went to|going to|go to|travel to|\
     traveling to|travelling to|visit|visiting|visited|i'm from|i am from|come from|comes from|\
     came from|back from|flew from|originally from|based out of",
    connectors: &[
        "named",
        "called",
        "is named",
        "is called",
        "'s name is",
        "\u{2019}s name is",
        "whose name is",
        "by the name of",
        "is",
    ],
    determiners: "our the a",
    comma_possessives: ", my|, our",
    // Rituals and moments.
    rituals: &[
        (
            true,
            2,
            "good morning|good mornin|goodmorning|g'morning|top of the morning|rise and shine|\
         morning sunshine|wakey wakey|i just woke up|just woke up",
        ),
        (true, 0, "morning|mornin|morningg"),
        // Abbreviations that mean nothing else: "gm nova", "gn cupcake" with any word after.
        (true, 1, "gm|gmorning"),
        (
            false,
            2,
            "good night|goodnight|good nite|goodnite|nighty night|night night|sweet dreams|\
         heading to bed|going to bed|off to bed|time for bed|going to sleep|i'm gonna sleep|\
         i should sleep|i need to sleep|i have to sleep|gotta sleep|i should go to sleep|\
         i should go to bed|bedtime|sleep now",
        ),
        (false, 0, "night|nite|nightt|nighty"),
        (false, 1, "gn"),
        (false, 1, "sleep well|sleep tight|rest well|sleep good"),
    ],
    pushback: "I don't think that's|I don't think you should|I don't think it's a good idea|\
     I'd push back|I'm going to push back|gently push back|I have to disagree|\
     I disagree|I can't agree|I won't do that|I'm not going to do that|\
     I'm not going to say that|that's not true|that isn't true|hold on|wait a second|\
     I'm not sure that's a good idea|I'd rather you didn't|please don't do that|\
     no, you're not|no, you aren't|that's not fair to yourself|\
     I'm not going to pretend",
    remember: "remember when|remember the time|remember that time|remember that day|remember the day|\
     remember the night|remember how we|remember how you|do you remember|d'you remember|\
     you remember when|do u remember|u remember when|rmb when|remember back when|\
     remember our first|remember our",
    anniversary: "anniversary|anniversaries|monthiversary|one year since|a year since|1 year since|\
     one year ago today|a year ago today|years ago today|since we met|since we first met|\
     since we first talked|since we started talking|since we first started|the day we met|\
     day we first talked|we met a year ago|one year together|a year together|our first year|\
     one-year|1-year|one year of us|a whole year|exactly a year",
    boilerplate: "as an ai|as an a.i.|as a language model|as an artificial intelligence|as a large language|\
     i'm just an ai|i am just an ai|i'm only an ai|i am only an ai|i'm an ai|i am an ai|\
     i'm not able to|i am not able to|i'm unable to|i am unable to|i can't help with that|\
     i cannot help with that|i can't help with this|i can't assist with|i cannot assist with|\
     i can't provide|i cannot provide|i'm sorry, but i can't|i'm sorry, but i cannot|\
     i am sorry, but i cannot|content policy|content policies|usage policies|usage policy|\
     against my guidelines|my guidelines|openai's policies|openai policy|i don't have feelings|\
     i do not have feelings|i don't have personal|i do not have personal|i don't have emotions|\
     i do not have emotions|i don't have a physical|i don't have a body|i'm chatgpt|\
     i am chatgpt|developed by openai|trained by openai|created by openai|made by openai|\
     knowledge cutoff|knowledge cut-off|i don't have access to real-time|\
     i don't have real-time|i don't have the ability to|i do not have the ability to|\
     large language model|i'm not a human|i am not a human|i'm not a real person|\
     i am not a real person|i can't browse|i don't have consciousness|i'm not capable of|\
     i am not capable of|i don't experience|i do not experience|i'm not able to feel|\
     i can't feel|i cannot feel|i can't comply|i cannot comply|i won't be able to help|\
     not able to help with that|i must decline",
    // Word lists.
    stop_names: &[
        "
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec christmas xmas easter halloween thanksgiving
",
        "
i me my mine myself you your yours yourself u ur he him his she her hers it its we us our ours
they them their theirs who whom whose what which this that these those one someone somebody
anyone anybody everyone everybody nobody nothing something anything everything
",
        "
hey hi hello hiya heya hullo howdy yo sup morning mornin evening afternoon night nite
goodnight goodmorning gn gm bye goodbye byebye cya welcome greetings dear dearest thanks thank
thx ty cheers congrats congratulations
",
        "
oh ohh ah ahh aw aww awww wow whoa woah ok okay okey oke okie alright alrighty yes yeah yep
yup yess no nope nah hmm hmmm hm mm mmm um umm uh uhh ugh oops ouch haha hahaha hehe lol lmao
omg omfg wtf idk tbh btw fyi pls plz please sorry well so hooray yay yikes damn dang gosh geez
jeez hah ha heh huh eh meh boo bravo amen brilliant fantastic wonderful splendid superb
marvellous marvelous terrific fab fabulous incredible noted understood gotcha
",
        "
the a an and but or nor for so yet if when while because since although though unless until once
then than as at by in on of off to from with without into onto about above below over under
after before between through during around near across up down out here there where now today
tonight tomorrow yesterday later soon always never ever still just only also too very really
quite rather almost maybe perhaps probably actually honestly basically literally seriously
definitely absolutely totally truly finally anyway anyways however meanwhile besides instead
otherwise overall personally apparently hopefully obviously clearly luckily unfortunately
fortunately sadly recently lately usually sometimes often again first second third next last
lastly also plus not no not all both each every some any many much more most few less least
other another such same own sure fine good great nice cool awesome amazing perfect right wrong
true false yes glad happy sad tired sorry afraid excited proud grateful thankful curious ready
done back home busy free alone lonely bored scared nervous worried stressed anxious angry
upset hungry sick ill cold hot new old young little big small long short full empty late early
away gone here there able unable going doing trying thinking feeling working looking writing
planning hoping wondering listening learning waiting coming getting having making taking
starting leaving staying is are was were be been being am do does did have has had will would
shall should can could may might must let let's lets i'm i've i'll i'd it's that's there's
here's what's who's how's where's why when's you're we're they're don't doesn't didn't can't
couldn't won't wouldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't how why
who what which whatever whenever wherever whoever thing things stuff way ways time times day
days week weeks month months year years hour hours minute minutes moment life world people
person guys guy folks friends friend family team everyone everybody all sir madam ma'am mister
miss mrs mr ms dr mom mum dad mama papa mommy daddy baby babe love honey darling sweetheart
sweetie dear god lord jesus christ heaven hell note notes step steps example examples summary
conclusion tip tips option options idea ideas question questions answer answers problem
problems solution solutions update edit ps p.s. part chapter section title subject re fw fwd
english spanish portuguese german french indonesian italian dutch japanese chinese korean
russian arabic hindi turkish polish swedish greek hebrew latin american british canadian
australian indian mexican brazilian argentinian colombian european asian african latino latina
hispanic irish scottish welsh filipino vietnamese thai christian catholic muslim jewish hindu
buddhist atheist gay lesbian bi bisexual trans queer straight adhd ocd ptsd autistic gen
excited honored honoured thrilled delighted pleased bored scared worried stressed confused
amazed blessed interested surprised married engaged divorced retired employed unemployed sure
certain clearly nearly easily excellent vegetarian vegan
",
        // Titles: "Captain Reyes" is no one called Captain.
        "
captain capt professor doctor sergeant sgt lieutenant commander colonel admiral corporal
officer detective inspector agent sheriff deputy judge president senator governor mayor
ambassador duke duchess lady dame baron baroness emperor empress
saint reverend pastor sister brother
",
    ],
    ordinary: "
really though then again today tonight tomorrow yesterday okay ok please too sure yes yeah yep
no nope not now here there so well right wrong anyway anyways also actually honestly basically
definitely absolutely exactly totally indeed certainly maybe perhaps probably obviously
clearly seriously literally especially instead otherwise overall finally eventually soon later
earlier first second third last next already still yet ever never always sometimes often
usually together alone though although however therefore thus hence plus etc lol haha hehe
lmao omg btw tbh idk thanks thank cheers bye goodbye hello hi hey please pls sorry oops wow oh
ah aw aww hmm um uh ugh huh eh alright fine good great cool nice awesome amazing perfect
perfectly done enjoy promise agreed deal true false correct more less enough much many lots loads heaps tons
everything nothing something anything everyone everybody someone somebody anyone nobody you me
him her them us it this that these those i we they he she one all both each and or but nor for
if when while because since unless until as than to of in on at by with from into about like
just only even either neither whatever whenever anyway somehow somewhere everywhere nowhere
home away back out up down off over ahead inside outside tho tbf imo imho pleasure apologies
goodness god gosh lord heavens jeez geez bad fair enough kind sort guess mean hope swear guys
folks y'all yall listen wait look promise promised promis promise daily weekly monthly yearly quickly slowly early
late fast soon sooner later step steps minutes hours days weeks months years time times
",
    // None: English writes borrowed words with their accents ("café", "naïve", "piñata").
    letters: None,
    stopwords: "
the and is are you i it to of that this what with for my me have was be not can just so your
do don't i'm it's but how would will about know like at on they we there been if or get all
one out up really think feel today want when here thank thanks night good morning he she his
her him them their an by from has had were did does could should am which who why because than
then also very much more some any no yes yeah okay sure well still even only into over after
before again never always sometimes something anything nothing everything can't didn't i've
i'll you're that's let's hi hello
",
    // What the person asks for, and letters (persona::context; phrases).
    ask_write: "write|draft|compose|rewrite|reword|proofread|polish|help me write|help me reply|\
     help me respond|make it sound",
    ask_drafts: "message|text|email|e-mail|mail|letter|note|card|toast|speech|post|caption|bio|reply|\
     response|invitation|invite|eulogy|tweet|announcement|cover letter|review|complaint|wish|\
     wishes|dm|memo|apology|statement|vows|thank-you|thank you note|birthday message|linkedin|\
     whatsapp|sms",
    ask_reply: "reply to this|respond to this|answer this for me|reply for me|write back to|\
     what should i reply|what do i reply|how do i reply|how should i reply|how do i respond|\
     how should i respond",
    ask_works: "poem|poems|story|stories|tale|tales|song|songs|lyrics|verse|verses|ballad|lullaby|fable|fairy tale|sonnet|haiku",
    ask_story: "a story|the story|bedtime story|short story|story about|story where|a tale|a poem|\
     poem about|haiku|sonnet|limerick|song lyrics|roleplay|role-play|role play|pretend you|\
     pretend to be|imagine you|once upon|fanfic|fan fiction|a scene|screenplay|monologue|a rap|\
     a fable|play pretend|let's pretend|let us pretend|make-believe|make believe|role-playing|roleplaying|\
     this scene|next scene|my character|your character|in character|pretend i'm|pretend i am|\
     pretend that i|pretend we're|pretend we are|imagine i'm|imagine i am|imagine that i'm|\
     let's say i'm|let's say i am|dungeon master|game master|dungeons and dragons|\
     dungeons & dragons|d&d|dnd|text adventure|text-based adventure|choose your own adventure|\
     tabletop|rpg",
    story_chapters: "chapter|part|episode",
    chapter_numbers: "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve",
    story_openings: "once upon a time|long, long ago|a long time ago, in",
    story_endings: "the end",
    ask_translate: "translate|translation|in english|into english",
    ask_task: "how do i|how to|how can i|explain|what is the difference|what's the difference|\
     difference between|fix|debug|error|code|function|script|python|javascript|sql|query|regex|\
     excel|formula|recipe|plan a|itinerary|summarize|summarise|summary|calculate|convert|compare|\
     list of|steps to|tutorial|install|configure|article|essay|homework|exercise|quiz",
    ask_openers: "why|how|what|what's|whats|which|where|when|who|can you|could you|would you|will you|can u|\
     could u|please|pls|plz|help|give me|show me|tell me|teach me|write|make|create|generate|\
     i need|i want|i'd like|is there|are there|do you know|does|do i|should i|any idea|any ideas|\
     ok|okay|now|also|then",
    pointers: "this song|these lyrics|this poem|this text|this message|this email|this e-mail|this post|\
     this comment|this tweet|this article|this review|this note|this letter|this passage|\
     these lines|this paragraph|this quote|this thread|the following|see below|pasted below",
    salutations: "hi|hello|hey|dear|dearest|to whom|good morning|good evening|good afternoon|greetings|hiya|\
     yo|dear all",
    closings: "thanks|thank you|many thanks|best|best regards|kind regards|regards|warm regards|sincerely|\
     yours sincerely|yours truly|yours|cheers|best wishes|warmly|all the best|respectfully|\
     take care|love|with love|lots of love|xoxo|hugs",
    fond_closings: "love|with love|lots of love|all my love|xoxo|hugs",
};
