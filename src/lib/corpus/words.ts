/**
 * Word lists for the benchmark corpus: kinds of activities and events, place
 * and street names, organisations, initiatives and project topics. All names
 * are invented (the corpus is set in the fictional gemeente Groenhaven); the
 * sentences are short B1 Dutch, like the demo content.
 */

/** A kind of recurring activity, with what the text generator needs to describe it. */
export interface ActivityKind {
  /** Title word, capitalised: `Koffieochtend`. */
  titel: string;
  /** The same in running text: `koffieochtend`. */
  woord: string;
  /** What you do there, for the summary: `koffie, thee en een praatje`. */
  wat: string;
  themas: readonly string[];
  doelgroepen: readonly string[];
  /** Typical times, `HH:MM-HH:MM`. */
  tijden: readonly string[];
  /** Sentences for the body (B1, second person). */
  zinnen: readonly string[];
  /** Preferred kinds of place (`LOCATIE_SOORTEN` keys). */
  plekken?: readonly string[];
  /** Can also take place online. */
  online?: boolean;
  /** Languages other than Dutch are spoken. */
  talen?: boolean;
  /** For children: more often skipped in school holidays. */
  kinderen?: boolean;
  /** Relative frequency in the corpus. */
  gewicht: number;
}

const OCHTEND = ['09:30-11:30', '10:00-12:00', '10:00-11:30', '09:00-10:30'];
const MIDDAG = ['13:30-15:30', '14:00-16:00', '13:00-15:00', '14:00-15:30'];
const AVOND = ['19:00-21:00', '19:30-21:30', '19:00-20:30', '20:00-22:00'];
const NAMIDDAG = ['15:30-17:00', '15:00-16:30', '16:00-17:30'];

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  {
    titel: 'Koffieochtend', woord: 'koffieochtend', wat: 'koffie, thee en een praatje', gewicht: 10,
    themas: ['ontmoeting', 'eenzaamheid'], doelgroepen: ['iedereen', 'ouderen'], tijden: OCHTEND,
    plekken: ['buurthuis', 'wijkcentrum', 'kerk', 'buurtkamer'],
    zinnen: [
      'Heb je zin in een kop koffie en een praatje? Loop dan gewoon binnen.',
      'Vrijwilligers uit de buurt zetten koffie en thee klaar.',
      'Je kunt de krant lezen, een spelletje doen of gewoon kletsen.',
      'Veel mensen komen alleen en gaan naar huis met een nieuwe kennis.',
      'Je hoeft niets af te spreken. Schuif gewoon aan.',
    ],
  },
  {
    titel: 'Taalcafé', woord: 'taalcafé', wat: 'Nederlands oefenen in kleine groepjes', gewicht: 6, online: true, talen: true,
    themas: ['werk-en-leren', 'ontmoeting'], doelgroepen: ['nieuwkomers', 'volwassenen'], tijden: [...AVOND, ...OCHTEND],
    plekken: ['bibliotheek', 'wijkcentrum', 'buurthuis'],
    zinnen: [
      'In het taalcafé oefen je Nederlands praten in een kleine groep.',
      'Een vrijwilliger helpt het gesprek op gang. Jullie praten over gewone dingen, zoals boodschappen of het weer.',
      'Je hoeft geen les te volgen en er zijn geen toetsen. Fouten maken mag.',
      'Sommige vrijwilligers spreken ook Engels of Arabisch.',
    ],
  },
  {
    titel: 'Wandelgroep', woord: 'wandelgroep', wat: 'een rustige wandeling door de wijk', gewicht: 6,
    themas: ['sport-en-bewegen', 'gezondheid', 'ontmoeting'], doelgroepen: ['iedereen', 'ouderen'], tijden: ['09:30-11:00', '10:00-11:30', '14:00-15:30'],
    zinnen: [
      'We lopen samen een rondje van ongeveer een uur, in een rustig tempo.',
      'Na afloop drinken we koffie. Dan is er tijd voor een praatje.',
      'Trek schoenen aan waar je goed op kunt lopen.',
      'Bij slecht weer lopen we een kortere route.',
    ],
  },
  {
    titel: 'Repair Café', woord: 'repair café', wat: 'samen kapotte spullen repareren', gewicht: 4,
    themas: ['groen-en-duurzaamheid', 'ontmoeting'], doelgroepen: ['iedereen'], tijden: ['13:00-16:00', '10:00-13:00', '19:00-21:30'],
    plekken: ['buurthuis', 'wijkcentrum', 'mfc'],
    zinnen: [
      'Neem een kapot apparaat, een fiets of kleding mee. Handige vrijwilligers kijken samen met jou wat er mis is.',
      'Zo gooi je minder weg en leer je zelf iets repareren.',
      'Onderdelen betaal je zelf. De hulp is gratis.',
      'Terwijl je wacht, staat de koffie klaar.',
    ],
  },
  {
    titel: 'Kookclub', woord: 'kookclub', wat: 'samen koken en samen eten', gewicht: 4,
    themas: ['ontmoeting', 'gezondheid'], doelgroepen: ['volwassenen', 'ouderen'], tijden: ['16:30-19:30', '17:00-19:30', '11:00-13:30'],
    plekken: ['buurthuis', 'wijkcentrum', 'mfc'],
    zinnen: [
      'We koken samen een eenvoudige en gezonde maaltijd.',
      'Iedereen helpt mee: groente snijden, roeren of de tafel dekken.',
      'Daarna eten we samen aan een lange tafel.',
      'Heb je een lievelingsrecept? Neem het mee, dan koken we het een keer.',
    ],
  },
  {
    titel: 'Yoga voor ouderen', woord: 'yogales voor ouderen', wat: 'rustige yoga op de stoel of de mat', gewicht: 3,
    themas: ['sport-en-bewegen', 'gezondheid'], doelgroepen: ['ouderen'], tijden: ['10:00-11:00', '10:30-11:30', '14:00-15:00'],
    plekken: ['wijkcentrum', 'zorgcentrum', 'sporthal', 'buurthuis'],
    zinnen: [
      'Je doet rustige oefeningen op een stoel of op een mat.',
      'De oefeningen zijn goed voor je balans en je spieren.',
      'Je hoeft niet lenig te zijn. De docent past de oefeningen aan.',
      'Trek makkelijke kleding aan.',
    ],
  },
  {
    titel: 'Huiswerkklas', woord: 'huiswerkklas', wat: 'hulp bij huiswerk van vrijwilligers', gewicht: 3, kinderen: true,
    themas: ['opgroeien', 'werk-en-leren'], doelgroepen: ['kinderen', 'jongeren'], tijden: NAMIDDAG,
    plekken: ['bibliotheek', 'school', 'buurthuis'],
    zinnen: [
      'Vrijwilligers helpen kinderen en jongeren met hun huiswerk.',
      'Het is rustig, zodat je goed kunt werken.',
      'Neem je schoolspullen en je planning mee.',
      'Er is ook limonade en iets lekkers.',
    ],
  },
  {
    titel: 'Spelletjesmiddag', woord: 'spelletjesmiddag', wat: 'bordspellen, kaarten en sjoelen', gewicht: 4,
    themas: ['ontmoeting', 'jong-en-oud'], doelgroepen: ['iedereen', 'ouderen'], tijden: MIDDAG,
    plekken: ['buurthuis', 'wijkcentrum', 'zorgcentrum', 'buurtkamer'],
    zinnen: [
      'We spelen bordspellen, kaartspellen en sjoelen.',
      'Ken je een spel niet? Dan leggen we het uit.',
      'Jong en oud spelen samen. Kinderen zijn ook welkom.',
      'Tussendoor is er koffie, thee en limonade.',
    ],
  },
  {
    titel: 'Handwerkclub', woord: 'handwerkclub', wat: 'breien, haken en borduren', gewicht: 3,
    themas: ['cultuur-en-creativiteit', 'ontmoeting'], doelgroepen: ['volwassenen', 'ouderen'], tijden: [...MIDDAG, ...OCHTEND],
    plekken: ['buurthuis', 'bibliotheek', 'buurtkamer'],
    zinnen: [
      'Neem je breiwerk, haakwerk of borduurwerk mee.',
      'Heb je een vraag over een patroon? Er is altijd iemand die kan helpen.',
      'Beginners zijn ook welkom. Wol en naalden zijn er.',
    ],
  },
  {
    titel: 'Geldspreekuur', woord: 'geldspreekuur', wat: 'hulp bij geldzaken en formulieren', gewicht: 3, online: true,
    themas: ['armoede-en-geldzaken', 'informatie-en-advies'], doelgroepen: ['iedereen', 'volwassenen'], tijden: ['09:00-11:00', '13:30-15:30', '18:30-20:00'],
    plekken: ['wijkcentrum', 'bibliotheek', 'mfc'],
    zinnen: [
      'Heb je vragen over geld, rekeningen of brieven van instanties? Kom langs.',
      'Vrijwilligers helpen je met formulieren en toeslagen.',
      'Neem je brieven en je pasje van de bank mee.',
      'Wat je vertelt, blijft tussen jou en de vrijwilliger.',
    ],
  },
  {
    titel: 'Buurtmaaltijd', woord: 'buurtmaaltijd', wat: 'een warme maaltijd met buren', gewicht: 4,
    themas: ['ontmoeting', 'eenzaamheid', 'armoede-en-geldzaken'], doelgroepen: ['iedereen'], tijden: ['17:30-19:30', '18:00-20:00', '12:00-13:30'],
    plekken: ['buurthuis', 'kerk', 'wijkcentrum', 'mfc'],
    zinnen: [
      'Vrijwilligers koken een warme maaltijd voor de buurt.',
      'Je eet samen met anderen aan een gedekte tafel.',
      'Eet je niet graag alleen? Dan is dit een goede plek om aan te schuiven.',
      'Heb je een dieet? Zeg het als je je aanmeldt.',
    ],
  },
  {
    titel: 'Samen tuinieren', woord: 'tuinochtend', wat: 'samen werken in de buurttuin', gewicht: 3,
    themas: ['groen-en-duurzaamheid', 'ontmoeting'], doelgroepen: ['iedereen'], tijden: ['10:00-12:00', '09:30-12:00', '14:00-16:00'],
    plekken: ['tuin', 'park'],
    zinnen: [
      'We zaaien, wieden en oogsten samen in de buurttuin.',
      'Je hoeft geen ervaring te hebben. Je leert het vanzelf.',
      'Gereedschap en handschoenen zijn er.',
      'Wat we oogsten, delen we met elkaar.',
    ],
  },
  {
    titel: 'Mantelzorgcafé', woord: 'mantelzorgcafé', wat: 'steun en een luisterend oor voor mantelzorgers', gewicht: 2, online: true,
    themas: ['zorg-en-mantelzorg', 'ontmoeting'], doelgroepen: ['mantelzorgers'], tijden: ['14:00-16:00', '19:30-21:00', '10:00-12:00'],
    plekken: ['wijkcentrum', 'zorgcentrum', 'bibliotheek'],
    zinnen: [
      'Zorg je voor iemand in je omgeving? In het mantelzorgcafé praat je met mensen die hetzelfde doen.',
      'Soms komt er een gast die iets vertelt over een onderwerp, zoals dementie of respijtzorg.',
      'Je hoort waar je hulp kunt krijgen als het zwaar wordt.',
    ],
  },
  {
    titel: 'Peuterochtend', woord: 'peuterochtend', wat: 'spelen en ontmoeten voor ouders met jonge kinderen', gewicht: 3, kinderen: true,
    themas: ['opgroeien', 'ontmoeting'], doelgroepen: ['gezinnen', 'kinderen'], tijden: ['09:00-11:00', '09:30-11:30'],
    plekken: ['buurthuis', 'bibliotheek', 'mfc'],
    zinnen: [
      'Kinderen tot vier jaar spelen samen, terwijl ouders een kop koffie drinken.',
      'Er is speelgoed, er zijn boekjes en we zingen liedjes.',
      'Je ontmoet andere ouders uit de buurt.',
    ],
  },
  {
    titel: 'Tienerinloop', woord: 'tienerinloop', wat: 'chillen, gamen en praten met jongerenwerkers', gewicht: 3,
    themas: ['opgroeien'], doelgroepen: ['jongeren'], tijden: ['19:00-21:30', '15:30-18:00', '19:30-22:00'],
    plekken: ['buurthuis', 'mfc', 'sporthal'],
    zinnen: [
      'Een plek voor jongeren van 12 tot 16 jaar om te chillen, te gamen en tafeltennis te spelen.',
      'De jongerenwerkers zijn er om mee te praten als je ergens mee zit.',
      'Heb je een idee voor een activiteit? Vertel het de jongerenwerkers.',
    ],
  },
  {
    titel: 'Digicafé', woord: 'digicafé', wat: 'hulp met je telefoon, tablet of computer', gewicht: 3,
    themas: ['informatie-en-advies', 'werk-en-leren'], doelgroepen: ['ouderen', 'volwassenen'], tijden: [...OCHTEND, ...MIDDAG],
    plekken: ['bibliotheek', 'wijkcentrum'],
    zinnen: [
      'Heb je een vraag over je telefoon, tablet of computer? Vrijwilligers helpen je.',
      'Je leert bijvoorbeeld videobellen, je DigiD gebruiken of foto’s versturen.',
      'Neem je eigen apparaat en je wachtwoorden mee.',
    ],
  },
  {
    titel: 'Schilderclub', woord: 'schilderclub', wat: 'schilderen en tekenen in een gezellige groep', gewicht: 2,
    themas: ['cultuur-en-creativiteit'], doelgroepen: ['volwassenen', 'ouderen'], tijden: [...MIDDAG, ...AVOND],
    plekken: ['buurthuis', 'wijkcentrum'],
    zinnen: [
      'We schilderen en tekenen samen. Iedereen werkt aan een eigen werk.',
      'Een vrijwilliger met ervaring geeft tips als je dat wilt.',
      'Verf, papier en kwasten zijn er. Je mag ook je eigen spullen meenemen.',
    ],
  },
  {
    titel: 'Buurtkoor', woord: 'buurtkoor', wat: 'samen zingen, zonder auditie', gewicht: 2,
    themas: ['cultuur-en-creativiteit', 'ontmoeting'], doelgroepen: ['iedereen'], tijden: AVOND,
    plekken: ['kerk', 'buurthuis', 'school'],
    zinnen: [
      'We zingen bekende liedjes, van het levenslied tot popmuziek.',
      'Je hoeft geen noten te kunnen lezen. Er is geen auditie.',
      'Een paar keer per jaar zingen we voor de buurt.',
    ],
  },
  {
    titel: 'Walking football', woord: 'walking football', wat: 'voetbal in wandeltempo', gewicht: 2,
    themas: ['sport-en-bewegen', 'gezondheid'], doelgroepen: ['ouderen'], tijden: ['10:00-11:30', '14:00-15:30'],
    plekken: ['sporthal', 'park'],
    zinnen: [
      'Walking football is voetbal waarbij je niet mag rennen.',
      'Het is goed voor je conditie en het is vooral gezellig.',
      'Sportschoenen zijn genoeg. Ballen en hesjes zijn er.',
    ],
  },
  {
    titel: 'Sportinstuif', woord: 'sportinstuif', wat: 'sport en spel voor kinderen', gewicht: 3, kinderen: true,
    themas: ['sport-en-bewegen', 'opgroeien'], doelgroepen: ['kinderen'], tijden: ['14:00-15:30', '15:30-17:00', '10:00-11:30'],
    plekken: ['sporthal', 'school', 'park'],
    zinnen: [
      'Kinderen van 6 tot 12 jaar doen mee aan verschillende sporten en spellen.',
      'De buurtsportcoach bedenkt elke keer iets nieuws.',
      'Neem gymschoenen en een flesje water mee.',
    ],
  },
  {
    titel: 'Voorleesuurtje', woord: 'voorleesuurtje', wat: 'voorlezen en knutselen voor jonge kinderen', gewicht: 2, kinderen: true,
    themas: ['opgroeien', 'cultuur-en-creativiteit'], doelgroepen: ['kinderen', 'gezinnen'], tijden: ['10:30-11:30', '14:00-15:00', '15:30-16:30'],
    plekken: ['bibliotheek'],
    zinnen: [
      'Een vrijwilliger leest voor uit een prentenboek.',
      'Na het verhaal knutselen we iets dat bij het boek past.',
      'Ouders en opa’s en oma’s mogen blijven.',
    ],
  },
  {
    titel: 'Vrijwilligersspreekuur', woord: 'vrijwilligersspreekuur', wat: 'uitzoeken welk vrijwilligerswerk bij je past', gewicht: 2, online: true,
    themas: ['vrijwilligerswerk', 'informatie-en-advies'], doelgroepen: ['iedereen'], tijden: ['10:00-12:00', '13:30-15:00'],
    plekken: ['wijkcentrum', 'bibliotheek'],
    zinnen: [
      'Wil je iets doen voor een ander of voor de buurt? Kom langs en vertel wat je leuk vindt.',
      'We kijken samen welk vrijwilligerswerk bij je past.',
      'Je zit nergens aan vast.',
    ],
  },
  {
    titel: 'Inloopspreekuur wijkteam', woord: 'inloopspreekuur', wat: 'vragen stellen aan het wijkteam', gewicht: 3,
    themas: ['informatie-en-advies', 'zorg-en-mantelzorg'], doelgroepen: ['iedereen'], tijden: ['09:00-10:30', '13:00-14:30', '10:00-12:00'],
    plekken: ['wijkcentrum', 'mfc', 'bibliotheek'],
    zinnen: [
      'Heb je een vraag over zorg, opvoeden, geld of wonen? Het wijkteam denkt met je mee.',
      'Je hoeft geen afspraak te maken. Loop gewoon binnen.',
      'Als het nodig is, maken we een afspraak voor een gesprek thuis.',
    ],
  },
  {
    titel: 'Stoelgym', woord: 'stoelgym', wat: 'bewegen op de stoel, op muziek', gewicht: 3,
    themas: ['sport-en-bewegen', 'gezondheid'], doelgroepen: ['ouderen', 'mensen-met-een-beperking'], tijden: ['10:00-11:00', '11:00-12:00', '14:30-15:30'],
    plekken: ['zorgcentrum', 'wijkcentrum', 'buurthuis'],
    zinnen: [
      'Je beweegt zittend op een stoel, op vrolijke muziek.',
      'De oefeningen zijn goed voor je spieren en je evenwicht.',
      'Iedereen doet mee op zijn eigen manier.',
    ],
  },
  {
    titel: 'Klaverjassen', woord: 'klaverjasavond', wat: 'kaarten in een gezellige competitie', gewicht: 2,
    themas: ['ontmoeting', 'eenzaamheid'], doelgroepen: ['volwassenen', 'ouderen'], tijden: ['19:30-22:30', '13:30-16:30'],
    plekken: ['buurthuis', 'buurtkamer'],
    zinnen: [
      'We spelen klaverjassen in wisselende koppels.',
      'Aan het eind van de avond is er een kleine prijs voor de winnaar.',
      'Kom je alleen? Dan zoeken we een maat voor je.',
    ],
  },
  {
    titel: 'Fietsenwerkplaats', woord: 'fietsenwerkplaats', wat: 'je fiets zelf maken met hulp', gewicht: 2,
    themas: ['groen-en-duurzaamheid', 'werk-en-leren'], doelgroepen: ['iedereen', 'jongeren'], tijden: ['13:00-16:00', '18:30-20:30'],
    plekken: ['mfc', 'buurthuis'],
    zinnen: [
      'Is je band lek of doen je remmen het niet goed? Je maakt je fiets zelf, met hulp van een vrijwilliger.',
      'Gereedschap is er. Onderdelen koop je voor een kleine prijs.',
      'Je leert hoe je je fiets zelf onderhoudt.',
    ],
  },
  {
    titel: 'Energiecafé', woord: 'energiecafé', wat: 'tips om energie te besparen', gewicht: 2, online: true,
    themas: ['groen-en-duurzaamheid', 'armoede-en-geldzaken', 'informatie-en-advies'], doelgroepen: ['iedereen'], tijden: ['19:30-21:00', '14:00-15:30'],
    plekken: ['wijkcentrum', 'bibliotheek', 'buurthuis'],
    zinnen: [
      'Energiecoaches geven tips om je energierekening omlaag te krijgen.',
      'Neem je laatste jaarafrekening mee. Dan kijken we samen waar je kunt besparen.',
      'Soms kun je gratis een pakket met spullen voor je huis krijgen.',
    ],
  },
  {
    titel: 'Sollicitatiecafé', woord: 'sollicitatiecafé', wat: 'hulp bij je cv en je sollicitatiebrief', gewicht: 2, online: true,
    themas: ['werk-en-leren'], doelgroepen: ['volwassenen', 'jongeren', 'nieuwkomers'], tijden: ['10:00-12:00', '19:00-21:00'],
    plekken: ['bibliotheek', 'wijkcentrum'],
    zinnen: [
      'Zoek je werk? Vrijwilligers helpen je met je cv en je sollicitatiebrief.',
      'Je kunt ook een sollicitatiegesprek oefenen.',
      'Neem je laptop mee als je die hebt.',
    ],
  },
  {
    titel: 'Line dance', woord: 'line dance', wat: 'dansen in een rij, zonder partner', gewicht: 2,
    themas: ['sport-en-bewegen', 'ontmoeting'], doelgroepen: ['volwassenen', 'ouderen'], tijden: ['19:00-20:30', '10:00-11:30'],
    plekken: ['buurthuis', 'sporthal', 'wijkcentrum'],
    zinnen: [
      'Bij line dance dans je in een rij. Je hebt geen partner nodig.',
      'De passen zijn eenvoudig en we herhalen ze vaak.',
      'Het is goed voor je conditie en je geheugen.',
    ],
  },
  {
    titel: 'Schaakclub', woord: 'schaakclub', wat: 'schaken voor beginners en gevorderden', gewicht: 1,
    themas: ['ontmoeting', 'jong-en-oud'], doelgroepen: ['iedereen'], tijden: ['19:30-22:00', '14:00-16:30'],
    plekken: ['bibliotheek', 'buurthuis'],
    zinnen: [
      'Jong en oud schaken samen aan lange tafels.',
      'Ben je beginner? Een ervaren speler legt de regels uit.',
      'Borden en klokken zijn er.',
    ],
  },
  {
    titel: 'Buurtkamer open', woord: 'inloop in de buurtkamer', wat: 'een warme plek om binnen te lopen', gewicht: 3,
    themas: ['ontmoeting', 'eenzaamheid'], doelgroepen: ['iedereen'], tijden: ['10:00-16:00', '13:00-17:00', '10:00-14:00'],
    plekken: ['buurtkamer', 'buurthuis'],
    zinnen: [
      'De buurtkamer is een huiskamer voor de wijk. Je kunt er zomaar binnenlopen.',
      'Er is koffie, thee, de krant en een kast met boeken om te ruilen.',
      'Een gastvrouw of gastheer heet je welkom.',
    ],
  },
];

/** A kind of one-off event. */
export interface EventKind {
  titel: string;
  woord: string;
  wat: string;
  themas: readonly string[];
  doelgroepen: readonly string[];
  tijden: readonly string[];
  zinnen: readonly string[];
  /** Can last more than one day. */
  meerdaags?: boolean;
  /** Suits a series of separate days (`data:`). */
  reeks?: boolean;
  /** Only as a series (a course has several lessons). */
  alleenReeks?: boolean;
  online?: boolean;
  /** What it is about, appended to the title: `over slapen`. */
  onderwerpen?: readonly string[];
}

export const EVENT_KINDS: readonly EventKind[] = [
  {
    titel: 'Buurtfeest', woord: 'buurtfeest', wat: 'muziek, eten en spelletjes voor de hele buurt', meerdaags: true,
    themas: ['ontmoeting', 'jong-en-oud'], doelgroepen: ['iedereen', 'gezinnen'], tijden: ['12:00-17:00', '14:00-20:00'],
    zinnen: [
      'Er is live muziek, een springkussen en een lange tafel met eten uit alle keukens.',
      'Buren nemen iets lekkers mee om te delen.',
      'Wil je helpen met opbouwen of opruimen? Meld je dan aan.',
    ],
  },
  {
    titel: 'Informatieavond', woord: 'informatieavond', wat: 'uitleg over de plannen voor de wijk', online: true,
    themas: ['informatie-en-advies'], doelgroepen: ['iedereen'], tijden: ['19:30-21:00', '19:00-20:30'],
    zinnen: [
      'De gemeente en de woningcorporatie vertellen over de plannen voor de wijk.',
      'Je kunt vragen stellen en je mening geven.',
      'Na afloop is er tijd om na te praten met koffie of thee.',
    ],
  },
  {
    titel: 'Rommelmarkt', woord: 'rommelmarkt', wat: 'spullen kopen en verkopen', meerdaags: true,
    themas: ['ontmoeting', 'groen-en-duurzaamheid'], doelgroepen: ['iedereen'], tijden: ['09:00-14:00', '10:00-15:00'],
    zinnen: [
      'Heb je spullen over? Huur een kraam en verkoop ze aan de buren.',
      'Zoek je iets? Kom kijken, er is van alles te vinden.',
      'Een kraam huren kost een paar euro.',
    ],
  },
  {
    titel: 'Workshop', woord: 'workshop', wat: 'een middag iets nieuws leren maken', reeks: true,
    onderwerpen: ['mozaïek', 'kransen maken', 'fotograferen met je telefoon', 'linoleumdruk', 'bloemschikken', 'schilderen met acrylverf'],
    themas: ['cultuur-en-creativiteit'], doelgroepen: ['volwassenen'], tijden: ['14:00-16:30', '19:00-21:30'],
    zinnen: [
      'Onder leiding van een ervaren docent maak je iets moois om mee naar huis te nemen.',
      'Alle materialen zijn er.',
      'Er zijn maar twaalf plekken. Meld je op tijd aan.',
    ],
  },
  {
    titel: 'Cursus', woord: 'cursus', wat: 'een korte cursus in een paar lessen', reeks: true, alleenReeks: true, online: true,
    onderwerpen: ['EHBO', 'omgaan met geld', 'digitaal de weg vinden', 'reanimeren', 'Nederlands voor beginners', 'valpreventie'],
    themas: ['werk-en-leren', 'informatie-en-advies'], doelgroepen: ['volwassenen', 'ouderen'], tijden: ['10:00-12:00', '19:00-21:00'],
    zinnen: [
      'De cursus bestaat uit een paar lessen. Kom bij voorkeur naar alle lessen.',
      'Je krijgt uitleg en gaat daarna zelf oefenen.',
      'Je hoeft niets te weten van tevoren.',
    ],
  },
  {
    titel: 'Kinderdisco', woord: 'kinderdisco', wat: 'dansen en feesten voor kinderen',
    themas: ['opgroeien', 'cultuur-en-creativiteit'], doelgroepen: ['kinderen'], tijden: ['15:00-17:00', '18:30-20:00'],
    zinnen: [
      'Kinderen van 4 tot 12 jaar dansen op hun favoriete muziek.',
      'Er is limonade en popcorn.',
      'Ouders kunnen in de ontmoetingsruimte een kop koffie drinken.',
    ],
  },
  {
    titel: 'Wijkschouw', woord: 'wijkschouw', wat: 'samen door de wijk lopen en kijken wat beter kan',
    themas: ['groen-en-duurzaamheid', 'informatie-en-advies'], doelgroepen: ['iedereen'], tijden: ['10:00-12:00', '19:00-20:30'],
    zinnen: [
      'Samen met de gemeente en de wijkagent lopen we een rondje door de wijk.',
      'We kijken naar losse stoeptegels, kapotte lantaarns en plekken waar het vies is.',
      'Wat we zien, schrijven we op en geven we door.',
    ],
  },
  {
    titel: 'Lezing', woord: 'lezing', wat: 'een lezing met tijd voor vragen', online: true, reeks: true,
    onderwerpen: ['over goed slapen', 'over gezond eten', 'over de geschiedenis van de wijk', 'over dementie', 'over veilig internetten', 'over vogels in de stad'],
    themas: ['informatie-en-advies', 'gezondheid'], doelgroepen: ['volwassenen', 'ouderen'], tijden: ['19:30-21:00', '14:00-15:30'],
    zinnen: [
      'Een deskundige vertelt over het onderwerp en geeft praktische tips.',
      'Na de pauze is er tijd voor vragen.',
      'Je krijgt een folder mee naar huis.',
    ],
  },
  {
    titel: 'Opschoondag', woord: 'opschoondag', wat: 'samen zwerfvuil opruimen',
    themas: ['groen-en-duurzaamheid', 'vrijwilligerswerk'], doelgroepen: ['iedereen', 'gezinnen'], tijden: ['10:00-12:00', '13:00-15:00'],
    zinnen: [
      'We ruimen samen zwerfvuil op in de straten en het park.',
      'Grijpers, handschoenen en vuilniszakken zijn er.',
      'Na afloop is er soep voor iedereen die meehielp.',
    ],
  },
  {
    titel: 'Open dag', woord: 'open dag', wat: 'kijken wat er in het gebouw gebeurt', meerdaags: true,
    themas: ['ontmoeting', 'informatie-en-advies'], doelgroepen: ['iedereen'], tijden: ['10:00-16:00', '13:00-17:00'],
    zinnen: [
      'Iedereen is welkom om te kijken wat er allemaal gebeurt.',
      'Vrijwilligers vertellen over hun club en je kunt overal even meedoen.',
      'Misschien vind je een nieuwe hobby.',
    ],
  },
  {
    titel: 'Bingo', woord: 'bingomiddag', wat: 'bingo met leuke prijzen',
    themas: ['ontmoeting', 'eenzaamheid'], doelgroepen: ['ouderen', 'iedereen'], tijden: ['14:00-16:30', '19:30-22:00'],
    zinnen: [
      'We spelen een paar rondes bingo. Er zijn leuke prijzen te winnen.',
      'Een kaart kost een kleine bijdrage.',
      'In de pauze is er koffie met iets lekkers.',
    ],
  },
  {
    titel: 'Buurtconcert', woord: 'buurtconcert', wat: 'muziek van muzikanten uit de buurt',
    themas: ['cultuur-en-creativiteit', 'ontmoeting'], doelgroepen: ['iedereen'], tijden: ['15:00-17:00', '20:00-22:00'],
    zinnen: [
      'Muzikanten uit de buurt spelen een gevarieerd programma.',
      'De toegang is gratis. Na afloop gaat er een pet rond.',
      'Er is een drankje in de pauze.',
    ],
  },
  {
    titel: 'Zomerweek', woord: 'zomerweek', wat: 'een week vol activiteiten voor kinderen', meerdaags: true,
    themas: ['opgroeien', 'sport-en-bewegen'], doelgroepen: ['kinderen'], tijden: ['10:00-15:00', '13:00-16:00'],
    zinnen: [
      'Elke dag is er iets anders te doen: sport, knutselen, een speurtocht en een bonte avond.',
      'Neem een lunchpakket en een flesje water mee.',
      'Vrijwilligers en jongerenwerkers begeleiden de kinderen.',
    ],
  },
  {
    titel: 'Themabijeenkomst', woord: 'themabijeenkomst', wat: 'praten over een onderwerp dat de buurt bezighoudt', reeks: true, online: true,
    onderwerpen: ['over veilig wonen', 'over eenzaamheid', 'over samen zorgen', 'over groen in de straat', 'over verkeer in de wijk'],
    themas: ['informatie-en-advies', 'zorg-en-mantelzorg'], doelgroepen: ['iedereen'], tijden: ['19:30-21:00', '14:00-15:30'],
    zinnen: [
      'Deze keer praten we over een onderwerp dat veel bewoners bezighoudt.',
      'Er is een korte inleiding en daarna praten we in kleine groepjes.',
      'Alle ideeën worden opgeschreven en gedeeld met de wijk.',
    ],
  },
];

/** Kinds of places, with how their names are made. */
export const LOCATIE_SOORTEN: readonly { soort: string; voorvoegsel: string; eigenNaam: boolean; gewicht: number }[] = [
  { soort: 'buurthuis', voorvoegsel: 'Buurthuis', eigenNaam: true, gewicht: 8 },
  { soort: 'wijkcentrum', voorvoegsel: 'Wijkcentrum', eigenNaam: true, gewicht: 6 },
  { soort: 'mfc', voorvoegsel: 'MFC', eigenNaam: true, gewicht: 3 },
  { soort: 'bibliotheek', voorvoegsel: 'Bibliotheek', eigenNaam: false, gewicht: 4 },
  { soort: 'kerk', voorvoegsel: '', eigenNaam: true, gewicht: 4 },
  { soort: 'sporthal', voorvoegsel: 'Sporthal', eigenNaam: false, gewicht: 3 },
  { soort: 'zorgcentrum', voorvoegsel: 'Zorgcentrum', eigenNaam: true, gewicht: 3 },
  { soort: 'school', voorvoegsel: 'Basisschool', eigenNaam: true, gewicht: 3 },
  { soort: 'buurtkamer', voorvoegsel: 'Buurtkamer', eigenNaam: false, gewicht: 3 },
  { soort: 'tuin', voorvoegsel: 'Buurttuin', eigenNaam: false, gewicht: 2 },
  { soort: 'park', voorvoegsel: 'Park', eigenNaam: true, gewicht: 1 },
];

export const EIGEN_NAMEN = [
  'De Klinker', 'Het Anker', 'De Schakel', 'De Brug', 'Het Trefpunt', 'De Kajuit', 'De Boog', 'Het Baken', 'De Kroon',
  'De Wingerd', 'De Vlonder', 'De Poort', 'Het Kompas', 'De Spil', 'De Horst', 'De Linde', 'Het Lindehof', 'De Esdoorn',
  'De Regenboog', 'De Wegwijzer', 'De Vlinder', 'De Springplank', 'De Zonnewijzer', 'De Fontein', 'Het Karrewiel',
  'De Molenwiek', 'De Til', 'De Uitkijk', 'Het Hoekhuis', 'De Bron', 'De Zevensprong', 'De Lichtboei', 'Het Palet',
  'De Meander', 'De Driehoek', 'De Pijler', 'Het Ankerpunt', 'De Wieken', 'De Veste', 'Het Klooster',
] as const;

export const KERK_NAMEN = [
  'Pauluskerk', 'Petruskerk', 'Jacobuskerk', 'Maranathakerk', 'Bethelkerk', 'Opstandingskerk', 'Ontmoetingskerk',
  'Immanuëlkerk', 'Martinuskerk', 'Bonifatiuskerk', 'Lambertuskerk', 'Vredeskerk',
] as const;

export const PARK_NAMEN = ['Het Wilgenbos', 'De Wielewaal', 'Het Vlonderpark', 'De Kruidhof', 'Het Stadsbos', 'De Vijverhof'] as const;

export const WIJK_NAMEN = [
  'Molenwijk', 'De Hoven', 'Zuiderveld', 'Noorderpark', 'Vogelbuurt', 'Bloemenbuurt', 'Schildersbuurt', 'Rivierenbuurt',
  'Kanaalzijde', 'De Esch', 'Oude Centrum', 'Stationskwartier', 'Lindenhof', 'Het Broek', 'De Weide', 'Veldzicht',
  'Hoogeland', 'De Meent', 'Westerbroek', 'Oosterhout', 'Zonnehoek', 'Bomenbuurt', 'Dichtersbuurt', 'Havenkwartier',
] as const;

export const GEBIEDEN = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum'] as const;

export const STRATEN = [
  'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Schoolstraat', 'Lindelaan', 'Eikenlaan', 'Beukenlaan', 'Merelstraat',
  'Lijsterstraat', 'Tulpstraat', 'Rozenstraat', 'Rembrandtlaan', 'Vermeerstraat', 'Maasstraat', 'Rijnstraat',
  'Wilhelminalaan', 'Julianastraat', 'Oranjestraat', 'Stationsweg', 'Parkweg', 'Vondellaan', 'Brinklaan', 'Esweg',
  'Havenstraat', 'Kanaalweg', 'Zuiderdiep', 'Noorderstraat', 'Populierenlaan', 'Kastanjelaan', 'Meidoornstraat',
  'Zwaluwstraat', 'Spechtstraat', 'Reigerlaan', 'Narcisstraat', 'Irisstraat', 'Jan Steenstraat', 'Frans Halsstraat',
  'IJsselstraat', 'Vechtstraat', 'Bilderdijklaan', 'Beatrixlaan', 'Marktplein', 'Pastorieweg', 'Hoofdweg',
  'Akkerweg', 'Weidelaan', 'Kampstraat', 'Veenweg', 'Schuttersplein', 'Laan van de Vrijheid',
] as const;

export const VOORNAMEN = [
  'Anja', 'Bram', 'Carla', 'Daan', 'Els', 'Fatima', 'Gerrit', 'Hanneke', 'Ibrahim', 'Joke', 'Kees', 'Linda', 'Mohamed',
  'Noor', 'Oscar', 'Petra', 'Rik', 'Sandra', 'Tom', 'Ursula', 'Vera', 'Wim', 'Yasmina', 'Zeynep', 'Arjen', 'Marieke',
] as const;

export const ACHTERNAMEN = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Hoekstra', 'Dijkstra',
  'Kramer', 'Postma', 'van der Veen', 'Huisman', 'El Amrani', 'Yilmaz', 'Wiersma', 'Zijlstra', 'Kuipers',
] as const;

/** City-wide organisations: name and soort. */
export const STADSORGANISATIES: readonly (readonly [string, string])[] = [
  ['Gemeente Groenhaven', 'gemeente'],
  ['Welzijn Groenhaven', 'welzijn'],
  ['Buurtwerk Groenhaven', 'welzijn'],
  ['Humanitas Groenhaven', 'welzijn'],
  ['Vrijwilligerscentrale Groenhaven', 'welzijn'],
  ['Stichting Samen Sterk', 'welzijn'],
  ['Jongerenwerk Groenhaven', 'welzijn'],
  ['Thuiszorg De Zorgzame Buur', 'zorg'],
  ['GGD Groenhaven', 'zorg'],
  ['Steunpunt Mantelzorg Groenhaven', 'zorg'],
  ['Woonstichting Groenhaven', 'woningcorporatie'],
  ['Wooncorporatie Thuis aan de Haven', 'woningcorporatie'],
  ['Bibliotheek Groenhaven', 'overig'],
  ['Taalhuis Groenhaven', 'overig'],
  ['Volksuniversiteit Groenhaven', 'onderwijs'],
  ['Beroepscollege Groenhaven', 'onderwijs'],
  ['Hogeschool Groenhaven', 'onderwijs'],
  ['Fonds Groenhaven Doet', 'fonds'],
  ['Stichting Buurtfonds Groenhaven', 'fonds'],
  ['Voedselbank Groenhaven', 'overig'],
  ['Schuldhulp Groenhaven', 'welzijn'],
  ['Sportbedrijf Groenhaven', 'gemeente'],
  ['Baptistengemeente Groenhaven', 'kerk'],
  ['Energiecoöperatie Groenhaven', 'vereniging'],
];

/** Templates for organisations of one wijk: `{wijk}`, `{straat}`, `{naam}`, `{kerk}`, `{eigen}`. */
export const WIJKORGANISATIES: readonly (readonly [string, string])[] = [
  ['Sportvereniging {wijk}', 'vereniging'],
  ['Buurtvereniging {straat}', 'vereniging'],
  ['Speeltuinvereniging {eigen}', 'vereniging'],
  ['Volkstuinvereniging {wijk}', 'vereniging'],
  ['Zangvereniging {eigen}', 'vereniging'],
  ['Protestantse Gemeente {wijk}', 'kerk'],
  ['Parochie {kerk}', 'kerk'],
  ['Basisschool {eigen}', 'onderwijs'],
  ['Huisartsenpraktijk {wijk}', 'zorg'],
  ['Fysiotherapie {wijk}', 'zorg'],
  ['Winkeliersvereniging {wijk}', 'ondernemer'],
  ['Bakkerij {naam}', 'ondernemer'],
  ['Fietsenmaker {naam}', 'ondernemer'],
  ['Stichting Buurtfonds {wijk}', 'fonds'],
  ['Wijkraad {wijk}', 'bewonersorganisatie'],
];

/** Initiative name templates and their themes. */
export const INITIATIEF_SOORTEN: readonly { naam: string; themas: readonly string[]; doelgroepen: readonly string[]; doel: string }[] = [
  { naam: 'Buurtmoestuin {plek}', themas: ['groen-en-duurzaamheid', 'ontmoeting'], doelgroepen: ['iedereen'], doel: 'Bewoners kweken samen groente en kruiden op een braakliggend stuk grond.' },
  { naam: 'Repair Café {plek}', themas: ['groen-en-duurzaamheid', 'ontmoeting'], doelgroepen: ['iedereen'], doel: 'Handige buren repareren samen met bewoners kapotte spullen.' },
  { naam: 'Taalmaatjes {plek}', themas: ['werk-en-leren', 'ontmoeting'], doelgroepen: ['nieuwkomers'], doel: 'Vrijwilligers oefenen Nederlands met nieuwkomers, één op één.' },
  { naam: 'Buurtkeuken {plek}', themas: ['ontmoeting', 'eenzaamheid', 'armoede-en-geldzaken'], doelgroepen: ['iedereen'], doel: 'Buren koken voor buren, voor een kleine prijs.' },
  { naam: 'Wandelclub {plek}', themas: ['sport-en-bewegen', 'gezondheid'], doelgroepen: ['ouderen', 'iedereen'], doel: 'Een groep bewoners wandelt elke week samen door de wijk.' },
  { naam: 'Boekenruil {plek}', themas: ['cultuur-en-creativiteit', 'ontmoeting'], doelgroepen: ['iedereen'], doel: 'Een kast met boeken waar iedereen een boek kan pakken en terugbrengen.' },
  { naam: 'Burenhulp {plek}', themas: ['zorg-en-mantelzorg', 'vrijwilligerswerk'], doelgroepen: ['ouderen', 'mensen-met-een-beperking'], doel: 'Buren helpen elkaar met kleine klussen, boodschappen of een ritje naar de dokter.' },
  { naam: 'Klusploeg {plek}', themas: ['vrijwilligerswerk', 'werk-en-leren'], doelgroepen: ['iedereen'], doel: 'Vrijwilligers helpen bewoners die zelf geen klussen meer kunnen doen.' },
  { naam: 'Speelgroep {plek}', themas: ['opgroeien', 'ontmoeting'], doelgroepen: ['kinderen', 'gezinnen'], doel: 'Ouders organiseren samen speelmiddagen voor jonge kinderen.' },
  { naam: 'Voedseltafel {plek}', themas: ['armoede-en-geldzaken'], doelgroepen: ['gezinnen', 'iedereen'], doel: 'Vrijwilligers delen eten uit dat anders weggegooid zou worden.' },
  { naam: 'Kledingruil {plek}', themas: ['armoede-en-geldzaken', 'groen-en-duurzaamheid'], doelgroepen: ['gezinnen', 'iedereen'], doel: 'Bewoners ruilen kleding die ze niet meer dragen.' },
  { naam: 'Groene Straat {plek}', themas: ['groen-en-duurzaamheid'], doelgroepen: ['iedereen'], doel: 'Bewoners vervangen stoeptegels door planten en geveltuintjes.' },
  { naam: 'Huiskamer {plek}', themas: ['ontmoeting', 'eenzaamheid'], doelgroepen: ['iedereen', 'ouderen'], doel: 'Een warme huiskamer waar bewoners zomaar kunnen binnenlopen.' },
  { naam: 'Jongerenraad {plek}', themas: ['opgroeien'], doelgroepen: ['jongeren'], doel: 'Jongeren denken mee over de wijk en bedenken hun eigen activiteiten.' },
  { naam: 'Mannenclub {plek}', themas: ['ontmoeting', 'eenzaamheid'], doelgroepen: ['volwassenen', 'ouderen'], doel: 'Mannen uit de buurt klussen, wandelen en drinken samen koffie.' },
  { naam: 'Vrouwencafé {plek}', themas: ['ontmoeting', 'werk-en-leren'], doelgroepen: ['volwassenen', 'nieuwkomers'], doel: 'Vrouwen uit verschillende landen ontmoeten elkaar en leren van elkaar.' },
  { naam: 'Buurtpreventie {plek}', themas: ['informatie-en-advies', 'vrijwilligerswerk'], doelgroepen: ['iedereen'], doel: 'Bewoners lopen rondes door de wijk en letten op elkaars huis.' },
  { naam: 'Samen Koken {plek}', themas: ['ontmoeting', 'gezondheid'], doelgroepen: ['volwassenen'], doel: 'Bewoners koken samen gezonde maaltijden met weinig geld.' },
  { naam: 'Buurtbus {plek}', themas: ['zorg-en-mantelzorg', 'vrijwilligerswerk'], doelgroepen: ['ouderen', 'mensen-met-een-beperking'], doel: 'Vrijwillige chauffeurs brengen bewoners naar de winkel of de dokter.' },
  { naam: 'Zingen in {plek}', themas: ['cultuur-en-creativiteit', 'ontmoeting'], doelgroepen: ['iedereen'], doel: 'Een koor zonder auditie voor iedereen die graag zingt.' },
  { naam: 'Bankjesroute {plek}', themas: ['sport-en-bewegen', 'gezondheid'], doelgroepen: ['ouderen'], doel: 'Extra bankjes in de wijk, zodat ouderen een rondje kunnen lopen en onderweg kunnen rusten.' },
  { naam: 'Warme Plek {plek}', themas: ['armoede-en-geldzaken', 'ontmoeting'], doelgroepen: ['iedereen'], doel: 'Een plek waar het warm is en de koffie klaarstaat, voor wie thuis de kachel laag zet.' },
  { naam: 'Kinderkookclub {plek}', themas: ['opgroeien', 'gezondheid'], doelgroepen: ['kinderen'], doel: 'Kinderen leren koken met verse groente uit de buurt.' },
  { naam: 'Computerhulp {plek}', themas: ['informatie-en-advies', 'werk-en-leren'], doelgroepen: ['ouderen'], doel: 'Vrijwilligers helpen ouderen met hun telefoon, tablet en computer.' },
];

/** Project topics: name, themes and a line about why. */
export const PROJECT_ONDERWERPEN: readonly { naam: string; themas: readonly string[]; waarom: string }[] = [
  { naam: 'Wijkondersteuner', themas: ['ontmoeting', 'vrijwilligerswerk'], waarom: 'Bewoners hebben veel ideeën, maar weten niet altijd hoe ze die kunnen uitvoeren.' },
  { naam: 'Buurtconciërge', themas: ['informatie-en-advies', 'groen-en-duurzaamheid'], waarom: 'Kleine problemen in de straat blijven te lang liggen.' },
  { naam: 'Speelplekken opknappen', themas: ['opgroeien', 'groen-en-duurzaamheid'], waarom: 'Veel speelplekken zijn oud en kinderen spelen er niet graag.' },
  { naam: 'Groene schoolpleinen', themas: ['opgroeien', 'groen-en-duurzaamheid'], waarom: 'Schoolpleinen zijn grijs en worden in de zomer erg warm.' },
  { naam: 'Vroeg erop af', themas: ['armoede-en-geldzaken'], waarom: 'Mensen met schulden zoeken vaak pas laat hulp.' },
  { naam: 'Taalhuis', themas: ['werk-en-leren'], waarom: 'Veel bewoners lezen en schrijven moeilijk en durven dat niet te zeggen.' },
  { naam: 'Buurtsportcoach', themas: ['sport-en-bewegen', 'gezondheid'], waarom: 'Kinderen en ouderen in de wijk bewegen te weinig.' },
  { naam: 'Energiecoaches', themas: ['groen-en-duurzaamheid', 'armoede-en-geldzaken'], waarom: 'De energierekening is voor veel huishoudens te hoog.' },
  { naam: 'Ontmoetingsplek', themas: ['ontmoeting', 'eenzaamheid'], waarom: 'Er is in de wijk geen plek waar bewoners elkaar zomaar kunnen treffen.' },
  { naam: 'Steunpunt mantelzorg', themas: ['zorg-en-mantelzorg'], waarom: 'Mantelzorgers raken overbelast en weten niet waar ze hulp kunnen vinden.' },
  { naam: 'Jongerenwerk', themas: ['opgroeien'], waarom: 'Jongeren hebben weinig te doen en voelen zich niet gehoord.' },
  { naam: 'Wijkkrant', themas: ['informatie-en-advies'], waarom: 'Bewoners weten niet wat er in hun wijk te doen is.' },
  { naam: 'Dementievriendelijke wijk', themas: ['zorg-en-mantelzorg', 'ontmoeting'], waarom: 'Steeds meer bewoners leven met dementie en willen zo lang mogelijk meedoen.' },
  { naam: 'Veilig naar school', themas: ['opgroeien'], waarom: 'Ouders vinden de route naar school onveilig.' },
  { naam: 'Wijkbedrijf', themas: ['werk-en-leren', 'vrijwilligerswerk'], waarom: 'Bewoners zonder werk willen graag iets doen en iets leren.' },
  { naam: 'Stadslandbouw', themas: ['groen-en-duurzaamheid', 'gezondheid'], waarom: 'Er is weinig groen en bewoners willen graag zelf voedsel kweken.' },
  { naam: 'Buddyproject', themas: ['eenzaamheid', 'vrijwilligerswerk'], waarom: 'Sommige bewoners hebben niemand om op terug te vallen.' },
  { naam: 'Gezond leven in', themas: ['gezondheid', 'sport-en-bewegen'], waarom: 'De gezondheid van bewoners is lager dan gemiddeld in de stad.' },
  { naam: 'Samen tegen eenzaamheid', themas: ['eenzaamheid', 'ontmoeting'], waarom: 'Veel ouderen voelen zich eenzaam en komen weinig buiten.' },
  { naam: 'Huurders aan zet', themas: ['informatie-en-advies'], waarom: 'Huurders willen meer invloed op het onderhoud van hun woningen.' },
];

export const PROGRAMMA_NAMEN = ['Samen in {wijk}', 'Wijkvernieuwing {wijk}', 'Sociale basis Groenhaven', 'Gezond Groenhaven', 'Meedoen in {wijk}', 'Wijkdeal {wijk}'] as const;

export const AMBITIES = ['leefbaarheid', 'werken-en-leren', 'economie', 'natuur-en-klimaat', 'zorg-en-welzijn', 'wonen'] as const;

export const BEGROTINGSPOSTEN = [
  'Projectleider (uren)', 'Activiteitenbudget', 'Materiaal en inrichting', 'Communicatie en wijkkrant', 'Huur van de ruimte',
  'Training van vrijwilligers', 'Onvoorzien', 'Coördinator (uren)', 'Vergoeding vrijwilligers', 'Evaluatie en onderzoek',
] as const;

export const FINANCIERS = [
  'Gemeente Groenhaven', 'Fonds Groenhaven Doet', 'Woonstichting Groenhaven', 'Provincie', 'Stichting Buurtfonds Groenhaven',
  'Zorgverzekeraar', 'Eigen bijdragen', 'Rijksprogramma Leefbaarheid',
] as const;

/** Measured indicators: name, unit, better direction and a typical range. */
export const INDICATOREN: readonly { naam: string; eenheid: string; richting: 'hoger' | 'lager'; min: number; max: number }[] = [
  { naam: 'Bewoners die zich thuis voelen in de wijk', eenheid: '%', richting: 'hoger', min: 55, max: 85 },
  { naam: 'Bewoners die zich vaak eenzaam voelen', eenheid: '%', richting: 'lager', min: 8, max: 25 },
  { naam: 'Actieve vrijwilligers', eenheid: 'aantal', richting: 'hoger', min: 10, max: 120 },
  { naam: 'Deelnemers per week', eenheid: 'aantal', richting: 'hoger', min: 20, max: 300 },
  { naam: 'Huishoudens met schulden in beeld', eenheid: 'aantal', richting: 'hoger', min: 5, max: 80 },
  { naam: 'Meldingen over zwerfvuil', eenheid: 'aantal', richting: 'lager', min: 20, max: 200 },
  { naam: 'Kinderen die elke week sporten', eenheid: '%', richting: 'hoger', min: 40, max: 80 },
  { naam: 'Tevredenheid over de buurt (rapportcijfer)', eenheid: 'cijfer', richting: 'hoger', min: 6, max: 8 },
  { naam: 'Bewoners die weten waar ze met een vraag terecht kunnen', eenheid: '%', richting: 'hoger', min: 35, max: 75 },
];

export const RISICOS: readonly (readonly [string, string])[] = [
  ['Er zijn te weinig vrijwilligers.', 'We werven actief via de wijkkrant en de vrijwilligerscentrale.'],
  ['Bewoners weten het project niet te vinden.', 'We gaan langs de deuren en zijn aanwezig bij activiteiten in de wijk.'],
  ['Het geld is na de eerste jaren op.', 'We vragen op tijd nieuwe subsidie aan en zoeken extra partners.'],
  ['De ruimte is niet meer beschikbaar.', 'We maken afspraken met meerdere plekken in de wijk.'],
  ['De samenwerking tussen partners loopt niet goed.', 'Er is elk kwartaal een overleg met alle partners.'],
  ['De kosten worden hoger dan begroot.', 'We houden de uitgaven elke maand bij en sturen op tijd bij.'],
];

export const TOELICHTING_GEANNULEERD = [
  'De zaal is die dag in gebruik als stembureau.',
  'De vrijwilligers zijn op vakantie.',
  'Het gebouw is dicht voor onderhoud.',
  'Er is die dag een bijeenkomst voor de hele wijk.',
  'Door ziekte van de begeleider gaat het niet door.',
  'De verwarming is kapot. We hopen dat het de week erna weer kan.',
];

export const TOELICHTING_VERPLAATST = [
  'De zaal is bezet. We schuiven een dag op.',
  'Vanwege een feestdag is het deze keer op een andere dag.',
  'De vrijwilligers kunnen niet op de gewone dag.',
];

export const TOELICHTING_TIJD = [
  'De zaal is op de gewone tijd bezet. Daarom is het deze keer op een andere tijd.',
  'Deze keer is het op een andere tijd, omdat de begeleider dan pas kan.',
  'Let op: deze keer een andere tijd dan normaal.',
];

export const TOELICHTING_VOL = ['Deze keer zijn alle plekken bezet.', 'Er is een gastspreker en alle plekken zijn al vergeven.'];

export const TOELICHTING_ACTIVITEIT_GEANNULEERD = [
  'Er zijn te weinig vrijwilligers. Daarom gaat het voorlopig niet door.',
  'De ruimte is niet meer beschikbaar. We zoeken een nieuwe plek.',
  'De begeleider is gestopt. We zoeken een opvolger.',
];

export const TOELICHTING_ACTIVITEIT_VOL = ['De groep is vol. Vraag naar de wachtlijst.', 'Alle plekken zijn bezet. Je kunt je aanmelden voor de wachtlijst.'];

export const HULP_GEZOCHT = [
  'We zoeken iemand die koffie wil zetten en gasten wil ontvangen.',
  'We zoeken een vrijwilliger die helpt met opbouwen en opruimen.',
  'We zoeken iemand die de groep af en toe wil begeleiden.',
  'We zoeken een chauffeur die bewoners kan ophalen en thuisbrengen.',
  'We zoeken iemand die de activiteit bekend wil maken in de buurt.',
  'We zoeken een vrijwilliger die goed is met kinderen.',
  'We zoeken iemand die wil helpen met de boodschappen en het koken.',
];

export const HULP_TIJD = ['1 uur per week', '2 uur per week', 'een ochtend per week', '3 uur per maand', 'af en toe', 'een middag per maand'];

export const FINANCIERING = ['wijkbudget', 'subsidie van de gemeente', 'vrijwillige bijdragen', 'Fonds Groenhaven Doet', 'sponsoring door winkeliers', 'bijdrage van de woningcorporatie'];
